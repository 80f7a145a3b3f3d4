import {parse as parseYaml} from 'yaml'
import type {DraftMeta} from './draft.js'
import {InputError} from './errors.js'

/** Front matter read into metadata, and a problem with it that did not stop it being read. */
export interface FrontMatter {
  meta: DraftMeta
  problem?: string
}

/**
 * A top-level `key: value` line whose bare value holds ": ", the usual slip in a reply's subject
 * ("subject: Re: Your offer"): YAML reads the second colon as a nested mapping and fails.
 */
const bareValueWithColon = /^([A-Za-z_][\w-]*):[ \t]+([^\s"'[{|>&*!#%@`][^\r\n]*?:(?:[ \t][^\r\n]*)?)[ \t]*$/

/**
 * Read YAML front matter into metadata. Values that hold ": " without quotes are read as if they
 * were quoted, so the draft is still checked, and the problem says how to write them; any other
 * problem is an InputError naming the file.
 */
export function readFrontMatter(value: string, filePath: string): FrontMatter {
  try {
    return {meta: toMeta(parseYaml(value), filePath)}
  } catch (error) {
    if (error instanceof InputError) throw error
    // The parser's first line ends in a colon that introduced its excerpt of the YAML.
    const reason = `front matter is not valid YAML: ${(error as Error).message.split('\n')[0].replace(/:\s*$/, '')}`
    const quoted = quoteBareValues(value)
    if (quoted.lines.length === 0) throw new InputError(filePath, reason)
    let data: unknown
    try {
      data = parseYaml(quoted.text)
    } catch {
      throw new InputError(filePath, reason)
    }
    const example = quoted.lines[0]
    return {meta: toMeta(data, filePath), problem: `${reason} (a value that holds ": " needs quotes: ${example}); checked as if it were quoted`}
  }
}

/** The front matter with each bare value that holds ": " quoted, and those lines as rewritten. */
function quoteBareValues(value: string): {text: string; lines: string[]} {
  const lines: string[] = []
  const text = value.replace(/[^\r\n]+/g, (line) => {
    const bare = bareValueWithColon.exec(line)
    if (!bare) return line
    const rewritten = `${bare[1]}: ${JSON.stringify(bare[2])}`
    lines.push(rewritten)
    return rewritten
  })
  return {text, lines}
}

function toMeta(data: unknown, filePath: string): DraftMeta {
  if (data === null || data === undefined) return {}
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(filePath, 'front matter must be a mapping of keys to values')
  }
  const meta: DraftMeta = {}
  const record = data as Record<string, unknown>
  for (const key of ['subject', 'company', 'role', 'recipient', 'sender', 'invited', 'interview', 'date'] as const) {
    const field = record[key]
    if (field instanceof Date) meta[key] = field.toISOString()
    else if (field !== undefined && field !== null) meta[key] = String(field)
  }
  if (record.mode === 'draft' || record.mode === 'template') meta.mode = record.mode
  if (record.script === true) meta.script = true
  return meta
}
