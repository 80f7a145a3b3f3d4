import type {Document} from '../src/document/document.js'
import type {AcrossFiles, FileFinding, RuleContext} from '../src/engine/rule.js'
import {findPlaceholders, groupOf, templateSyntaxes, type Placeholder} from './placeholders.scan.js'

/** A file's spelling for one thing ("[Company Name]" for the company), with every place it is used. */
interface Spelling {
  key: string
  text: string
  uses: Placeholder[]
}

const note =
  'The guidance: "Use professional templates." A team fills its templates in by one search and replace: a placeholder spelled one way in one template and another way in the next gets sent unfilled.'

/**
 * Each template's spelling of each thing, in its first placeholder's syntax (other spellings in
 * the same file are the per-file check's business). Nothing in draft mode. An allowed list may
 * hold two names for one thing ("Company", "Company Name"), so the check runs with one too.
 */
function collect(doc: Document, context: RuleContext<object>): Spelling[] | undefined {
  if (context.mode !== 'template') return undefined
  const placeholders = findPlaceholders(doc).filter((placeholder) => templateSyntaxes.includes(placeholder.syntax))
  const spellings = new Map<string, Spelling>()
  for (const placeholder of placeholders) {
    const key = `${placeholder.syntax} ${groupOf(doc, placeholder)}`
    const spelling = spellings.get(key) ?? {key, text: placeholder.text, uses: []}
    if (spelling.text === placeholder.text) spelling.uses.push(placeholder)
    spellings.set(key, spelling)
  }
  return [...spellings.values()]
}

/**
 * One spelling per thing across the repository: the one most templates use (the earlier file's
 * on a tie) wins, and every use of another spelling is reported in its file.
 */
function check(files: Array<{filePath: string; data: unknown}>): FileFinding[] {
  const byKey = new Map<string, Array<{filePath: string; spelling: Spelling}>>()
  for (const {filePath, data} of files) {
    for (const spelling of data as Spelling[]) byKey.set(spelling.key, [...(byKey.get(spelling.key) ?? []), {filePath, spelling}])
  }
  const findings: FileFinding[] = []
  for (const entries of byKey.values()) {
    const count = (text: string) => entries.filter(({spelling}) => spelling.text === text).length
    const winner = entries.reduce((best, entry) => (count(entry.spelling.text) > count(best.spelling.text) ? entry : best)).spelling.text
    for (const {filePath, spelling} of entries) {
      if (spelling.text === winner) continue
      const reason = `"${spelling.text}" is spelled "${winner}" in ${count(winner)} other template${count(winner) === 1 ? '' : 's'}; spell it one way across the repository`
      for (const use of spelling.uses) {
        const fix = {range: [use.start, use.end] as [number, number], text: winner}
        findings.push({
          filePath,
          finding: {reason, note, start: use.start, end: use.end, actual: use.text, expected: [winner], suggestions: [{desc: `Use "${winner}"`, fix}]}
        })
      }
    }
  }
  return findings
}

/** The placeholders rule's run-level check: one spelling of each placeholder across a repository. */
export const acrossTemplates: AcrossFiles = {collect: collect as AcrossFiles['collect'], check}
