import type {Collected, LintResult} from './lint.js'

/**
 * The run-level step: give each rule with an `acrossFiles` check what it collected from every
 * file, and add its findings to the files they are about. Pure, like `lint()`: the command line
 * calls it once all files are linted; a library user linting a repository can too.
 */
export function lintAcrossFiles(results: LintResult[]): LintResult[] {
  const byRule = new Map<string, Array<{result: LintResult; collected: Collected}>>()
  for (const result of results) {
    for (const collected of result.collected ?? []) {
      const id = collected.active.rule.id
      byRule.set(id, [...(byRule.get(id) ?? []), {result, collected}])
    }
  }
  const added = new Map<LintResult, LintResult['messages']>()
  for (const entries of byRule.values()) {
    const check = entries[0].collected.active.rule.acrossFiles!.check
    const fileFindings = check(entries.map(({result, collected}) => ({filePath: result.filePath, data: collected.data})))
    for (const {filePath, finding} of fileFindings) {
      const entry = entries.find(({result}) => result.filePath === filePath)
      const message = entry?.collected.place(finding)
      if (entry && message) added.set(entry.result, [...(added.get(entry.result) ?? []), message])
    }
  }
  return results.map((result) => {
    const more = added.get(result)
    if (!more) return result
    return {...result, messages: [...result.messages, ...more].sort((a, b) => a.start - b.start || a.end - b.end)}
  })
}
