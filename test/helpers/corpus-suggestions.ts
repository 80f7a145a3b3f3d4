import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {readManifest} from '../../scripts/eval-manifest.js'
import {lintAsync} from '../../src/engine/lint-async.js'
import type {LintMessage, Suggestion} from '../../src/types.js'
import {fixturesRoot} from './fixtures.js'

/**
 * A message without its position, counts, quoted words or the detail in parentheses: what is left
 * of it once the text around it has changed. "311 words; aim for under 250" is the same message at
 * 298 words; a remark is the same remark once another fix has reworded "tbh" inside it; and "The
 * reply is late ("12 January" was 21 days ago)" is the same message as "The reply is late (the
 * invitation is 21 days old)" once a shorter version has dropped the date from the body. Nor whom
 * a remark is about: "That wasn't a good look" takes its target from the sentence before, which a
 * fix rewrites.
 */
const key = (message: LintMessage) =>
  `${message.ruleId}: ${message.reason.replace(/"[^"]*"/g, '"…"').replace(/\([^()]*\)/g, '(…)').replace(/\d+/g, '#').replace(/^Negative remark about [^:]+:/, 'Negative remark:')}`

function tally(messages: readonly LintMessage[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const message of messages) counts.set(key(message), (counts.get(key(message)) ?? 0) + 1)
  return counts
}

/** A name for the blanks a suggestion leaves to the writer. */
const writersName = 'Sam Taylor'

/**
 * Apply a suggestion as the writer would: where it asks them to write in what only they know
 * ("Add ..., with your name for "[Your Name]"", "Take it out, and write in what it stands for"),
 * they write in their name.
 */
function apply(text: string, {desc, fix}: Suggestion): string {
  const {range: [start, end]} = fix
  let insert = fix.text.replace('[Your Name]', writersName)
  if (/write in what it stands for/.test(desc)) insert = `${text.charAt(start) === ' ' ? ' ' : ''}${writersName}`
  return text.slice(0, start) + insert + text.slice(end)
}

/**
 * Every suggestion (and every fix) of every message on every corpus draft, applied on its own:
 * the message it answers must go away, and no message may appear that was not there before.
 * Only messages the manifest expects are checked: a false alarm (counted by `npm run eval`) has
 * no problem for its suggestion to answer, and a fresh held-back round is not tuned to pass here.
 * So drafts that expect nothing (clean drafts, most traps) have nothing to check and are skipped.
 */
/**
 * The check takes most of the suite's time, so it runs as two test files, each taking every other
 * draft (`part` 0 or 1 of 2), which the two workers run side by side.
 */
export function describeCorpusSuggestions(part: 0 | 1): void {
  describe(`corpus: each suggestion, applied, answers its message and raises no new one (part ${part + 1} of 2)`, () => {
    const corpus = join(fixturesRoot, 'corpus')
    const {drafts} = readManifest(corpus, rules.map((rule) => rule.id))
    const checked = drafts.filter((entry) => entry.expect.length > 0).filter((_, index) => index % 2 === part)
    for (const draft of checked) {
      it(draft.file, async () => {
        const filePath = join(corpus, draft.file)
        const text = readFileSync(filePath, 'utf8')
        const options = {...draft.options, filePath}
        const before = (await lintAsync(text, options)).messages
        const counts = tally(before)
        const problems: string[] = []
        for (const message of before.filter((found) => draft.expect.includes(found.ruleId))) {
          const fixes: Suggestion[] = [...(message.fix ? [{desc: 'fix', fix: message.fix}] : []), ...(message.suggestions ?? [])]
          for (const suggestion of fixes) {
            const after = tally((await lintAsync(apply(text, suggestion), options)).messages)
            const what = `${key(message)} <- ${JSON.stringify(suggestion.fix.text)}`
            if ((after.get(key(message)) ?? 0) >= (counts.get(key(message)) ?? 0)) problems.push(`still there: ${what}`)
            for (const [added, count] of after) if (count > (counts.get(added) ?? 0)) problems.push(`new "${added}" after ${what}`)
          }
        }
        expect(problems).toEqual([])
      })
    }
  })
}
