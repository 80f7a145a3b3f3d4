import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'

/** The parts a corpus draft can belong to: tune on `dev`, report `heldout` untouched. */
export const splits = ['dev', 'heldout'] as const
export type Split = (typeof splits)[number]

/** Lint options a draft may carry in the manifest (a send date for promptness, template mode). */
export interface DraftOptions {
  date?: string
  received?: string
  interview?: string
  mode?: 'draft' | 'template'
}

/** One labeled draft of the corpus. */
export interface CorpusDraft {
  file: string
  split: Split
  options?: DraftOptions
  /** Exactly the rule ids that must fire on this draft; every other rule must stay silent. */
  expect: string[]
  note: string
}

/** The manifest read from disk, with every problem found in it (empty when it is sound). */
export interface Manifest {
  drafts: CorpusDraft[]
  problems: string[]
}

const optionKeys = new Set(['date', 'received', 'interview', 'mode'])

/**
 * Read `<dir>/manifest.json` and check it against the folder and the known rule ids: every
 * entry's file exists, every draft in the folder is listed once, splits, options and rule ids
 * are valid. Problems are collected, not thrown, so a reader sees them all at once.
 */
export function readManifest(dir: string, ruleIds: readonly string[]): Manifest {
  const path = join(dir, 'manifest.json')
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    return {drafts: [], problems: [`${path}: ${(error as Error).message}`]}
  }
  const entries = (data as {drafts?: unknown})?.drafts
  if (!Array.isArray(entries)) return {drafts: [], problems: [`${path}: expected {"drafts": [...]}`]}

  const problems: string[] = []
  const known = new Set(ruleIds)
  const seen = new Set<string>()
  for (const [index, entry] of (entries as CorpusDraft[]).entries()) {
    const where = `${path}: drafts[${index}]${typeof entry?.file === 'string' ? ` (${entry.file})` : ''}`
    if (typeof entry?.file !== 'string') {
      problems.push(`${where}: "file" must be a string`)
      continue
    }
    if (seen.has(entry.file)) problems.push(`${where}: listed twice`)
    seen.add(entry.file)
    if (!existsSync(join(dir, entry.file))) problems.push(`${where}: file not found`)
    if (!splits.includes(entry.split)) problems.push(`${where}: "split" must be one of ${splits.join(', ')}`)
    if (typeof entry.note !== 'string' || entry.note === '') problems.push(`${where}: "note" must describe the draft`)
    if (!Array.isArray(entry.expect)) problems.push(`${where}: "expect" must be a list of rule ids`)
    else {
      for (const id of entry.expect) if (!known.has(id)) problems.push(`${where}: unknown rule id "${id}" in expect`)
      if (new Set(entry.expect).size !== entry.expect.length) problems.push(`${where}: a rule id is repeated in expect`)
    }
    problems.push(...optionProblems(entry.options).map((problem) => `${where}: ${problem}`))
  }
  for (const file of readdirSync(dir)) {
    if (file !== 'manifest.json' && !seen.has(file)) problems.push(`${path}: ${file} is in the folder but not in the manifest`)
  }
  return {drafts: entries as CorpusDraft[], problems}
}

function optionProblems(options: unknown): string[] {
  if (options === undefined) return []
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return ['"options" must be an object']
  const {mode} = options as DraftOptions
  const problems = Object.keys(options).filter((key) => !optionKeys.has(key)).map((key) => `unknown option "${key}"`)
  for (const key of ['date', 'received', 'interview'] as const) {
    const value = (options as DraftOptions)[key]
    if (value !== undefined && (typeof value !== 'string' || Number.isNaN(Date.parse(value)))) problems.push(`"${key}" must be an ISO date`)
  }
  if (mode !== undefined && mode !== 'draft' && mode !== 'template') problems.push(`"mode" must be "draft" or "template"`)
  return problems
}
