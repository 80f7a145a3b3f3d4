import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {visit} from 'unist-util-visit'
import {parse as parseYaml} from 'yaml'
import {readControl, toRegions, type Control} from './disable.js'
import {blank, type Draft, type DraftMeta} from './draft.js'
import {InputError} from './errors.js'

/** Node types whose text is not the writer's prose (a blockquote quotes someone else). */
const notProse = new Set(['yaml', 'code', 'inlineCode', 'html', 'blockquote'])

/**
 * Template placeholders that CommonMark reads as HTML tags ("<Company>", "<Hiring Manager>",
 * "<your name>", "<first_name>", "<company name>"): they are the writer's text, so they stay prose.
 */
const anglePlaceholder = /^<(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]*)*|[Yy]our [\p{L} ]+|\p{L}+(?:_\p{L}+)+|\p{Ll}+(?: \p{Ll}+)* (?:name|title|date|manager|company|role|position|employer))>$/u

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])


/** Read a Markdown draft: only prose is checked; front matter gives metadata. */
export function readMarkdown(text: string, filePath: string): Draft {
  const tree = parser.parse(text)
  let prose = text
  let meta: DraftMeta = {}
  const controls: Control[] = []

  visit(tree, (node) => {
    if (!notProse.has(node.type) || !node.position) return
    if (node.type === 'html' && anglePlaceholder.test((node as {value: string}).value)) return
    const start = node.position.start.offset ?? 0
    const end = node.position.end.offset ?? start
    prose = blank(prose, start, end)
    if (node.type === 'yaml') meta = readFrontMatter((node as {value: string}).value, filePath)
    if (node.type === 'html') {
      const item = readControl((node as {value: string}).value, start, end)
      if (item) controls.push(item)
    }
  })

  const subject = meta.subject === undefined ? undefined : {start: 0, end: 0, text: meta.subject}
  return {format: 'markdown', text, prose, subject, meta, disabled: toRegions(controls, text)}
}

/** Read YAML front matter into metadata; a problem is an InputError naming the file. */
export function readFrontMatter(value: string, filePath: string): DraftMeta {
  let data: unknown
  try {
    data = parseYaml(value)
  } catch (error) {
    // The usual cause is a reply's subject written bare: "subject: Re: Your offer".
    const hint = (error as {code?: string}).code === 'BLOCK_AS_IMPLICIT_KEY' ? ' (a value that holds ": " needs quotes: subject: "Re: Your offer")' : ''
    throw new InputError(filePath, `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}${hint}`)
  }
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
