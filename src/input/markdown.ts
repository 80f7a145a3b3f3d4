import {unified} from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import {visit} from 'unist-util-visit'
import {readControl, toRegions, type Control} from './disable.js'
import {blank, type Draft, type DraftMeta} from './draft.js'
import {readFrontMatter} from './front-matter.js'

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
  let problem: string | undefined
  const controls: Control[] = []

  visit(tree, (node) => {
    if (!notProse.has(node.type) || !node.position) return
    if (node.type === 'html' && anglePlaceholder.test((node as {value: string}).value)) return
    const start = node.position.start.offset ?? 0
    const end = node.position.end.offset ?? start
    prose = blank(prose, start, end)
    if (node.type === 'yaml') ({meta, problem} = readFrontMatter((node as {value: string}).value, filePath))
    if (node.type === 'html') {
      const item = readControl((node as {value: string}).value, start, end)
      if (item) controls.push(item)
    }
  })

  const subject = meta.subject === undefined ? undefined : {start: 0, end: 0, text: meta.subject}
  return {format: 'markdown', text, prose, subject, meta, disabled: toRegions(controls, text), ...(problem ? {problems: [problem]} : {})}
}
