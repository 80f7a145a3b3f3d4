/**
 * Score decline-lint on the labeled corpus in fixtures/corpus: lint every draft with the options
 * its manifest entry gives, compare the rules that fired with the rules a careful reader expects,
 * and print per-rule and micro-averaged precision, recall and F1 for the dev part, the held-out
 * part and both, as Markdown (or JSON with --json).
 *
 * Usage: npm run eval [-- --json]
 * Exit: 0 with a report (whatever the scores), 2 on a broken manifest or an unknown flag.
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {rules} from '../rules/index.js'
import {lintAsync} from '../src/engine/lint-async.js'
import {readManifest, splits, type CorpusDraft} from './eval-manifest.js'
import {evaluate, type Outcome, type Report, type Scores} from './eval-metrics.js'

const usage = 'usage: node dist/scripts/eval.js [--json]'

/** The nearest folder upward holding package.json: the same from scripts/ and dist/scripts/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir)
  return dir
}

/**
 * Lint one draft as the command line does (lintAsync reads a MIME email's parts); a throw is
 * recorded on the draft rather than ending the report.
 */
async function run(corpus: string, draft: CorpusDraft): Promise<Outcome> {
  const path = join(corpus, draft.file)
  const fired = new Map<string, string>()
  const fatal: string[] = []
  try {
    const {messages} = await lintAsync(readFileSync(path, 'utf8'), {...draft.options, filePath: path})
    for (const message of messages) {
      if (message.fatal) fatal.push(message.reason)
      else if (!fired.has(message.ruleId)) fired.set(message.ruleId, `${message.line}:${message.column} ${message.reason}`)
    }
  } catch (error) {
    fatal.push(`lint() threw: ${(error as Error).message}`)
  }
  return {file: draft.file, note: draft.note, expect: draft.expect, fired, fatal}
}

const ratio = (value: number | null) => (value === null ? '–' : value.toFixed(2))
const cell = (text: string) => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|')
const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`

function scoreRow(name: string, s: Scores): string {
  return row([name, s.tp, s.fp, s.fn, ratio(s.precision), ratio(s.recall), ratio(s.f1)])
}

/** One part of the corpus as Markdown: the scores table, the clean share, then every miss. */
function section(title: string, report: Report): string {
  const lines = [`## ${title} (${report.drafts} drafts)`, '']
  lines.push(row(['rule', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1']), row(['---', '---:', '---:', '---:', '---:', '---:', '---:']))
  for (const [id, s] of Object.entries(report.perRule)) lines.push(scoreRow(`\`${id}\``, s))
  lines.push(scoreRow('**micro-average**', report.micro), '')
  const {total, silent} = report.clean
  const share = total === 0 ? '' : ` (${Math.round((100 * silent) / total)}%)`
  lines.push(`Drafts that should raise nothing and raised no message at all: ${silent} of ${total}${share}.`, '')
  if (report.misses.length === 0) lines.push('No false positives or false negatives.', '')
  else {
    lines.push(row(['', 'draft', 'rule', 'first message (FP) or what the draft is (FN)']), row(['---', '---', '---', '---']))
    for (const miss of report.misses) lines.push(row([miss.kind, miss.file, `\`${miss.rule}\``, cell(miss.detail)]))
    lines.push('')
  }
  for (const {file, message} of report.fatal) lines.push(`- fatal in ${file}: ${cell(message)}`)
  if (report.fatal.length > 0) lines.push('')
  return lines.join('\n')
}

async function main(args: string[]): Promise<void> {
  const unknown = args.filter((arg) => arg !== '--json')
  if (unknown.length > 0) {
    console.error(`eval: unknown argument ${unknown[0]}\n${usage}`)
    process.exitCode = 2
    return
  }
  const ruleIds = rules.map((rule) => rule.id)
  const corpus = join(packageRoot(), 'fixtures', 'corpus')
  const {drafts, problems} = readManifest(corpus, ruleIds)
  if (problems.length > 0) {
    console.error(`eval: the corpus manifest is broken:\n${problems.map((problem) => `  ${problem}`).join('\n')}`)
    process.exitCode = 2
    return
  }
  const outcomes: Array<{split: string; outcome: Outcome}> = []
  for (const draft of drafts) outcomes.push({split: draft.split, outcome: await run(corpus, draft)})
  const parts: Record<string, Report> = {}
  for (const split of splits) {
    parts[split] = evaluate(outcomes.filter((item) => item.split === split).map((item) => item.outcome), ruleIds)
  }
  parts.all = evaluate(outcomes.map((item) => item.outcome), ruleIds)

  if (args.includes('--json')) {
    console.log(JSON.stringify({rules: ruleIds, parts}, null, 2))
    return
  }
  const counts = splits.map((split) => `${parts[split].drafts} ${split}`).join(', ')
  console.log(`# decline-lint on the labeled corpus\n\n${drafts.length} drafts (${counts}) in fixtures/corpus, ${ruleIds.length} rules.\n`)
  for (const [name, report] of Object.entries(parts)) console.log(section(name, report))
}

await main(process.argv.slice(2))
