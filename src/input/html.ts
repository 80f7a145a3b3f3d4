import {fromHtml} from 'hast-util-from-html'
import type {Element, Nodes, Text} from 'hast'
import {readControl, toRegions, type Control} from './disable.js'
import {blank, type Draft, type Span} from './draft.js'

/** Elements whose text is not the writer's prose: code, styling, quoted replies. */
const skipped = new Set(['script', 'style', 'template', 'noscript', 'head', 'blockquote', 'pre', 'code'])

/** Elements that end a line when rendered: their tags become line breaks in the prose. */
const blocks = new Set([
  'p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'section', 'article',
  'header', 'footer', 'hr', 'center', 'address', 'body'
])

/** An entity or character reference as written: "&amp;", "&#8217;", "&#x1F600;", "&nbsp". */
const reference = /^&(?:#[0-9]+;?|#x[0-9a-f]+;?|[a-z][a-z0-9]*;?)/i

/**
 * The prose of an HTML document at the offsets of the original: tags, comments and skipped
 * elements are blanked, block tags become line breaks, and each character reference is
 * replaced by the character it stands for, padded with spaces, so that every word stays where
 * it is written. The text comes from hast-util-from-html (parse5), so markup is read as a browser would.
 */
export function htmlProse(html: string): {prose: string; title?: Span; controls: Control[]} {
  const tree = fromHtml(html)
  let prose = blank(html, 0, html.length)
  let title: Span | undefined
  const controls: Control[] = []
  const put = (at: number, text: string) => {
    prose = prose.slice(0, at) + text + prose.slice(at + text.length)
  }
  const walk = (node: Nodes, skip: boolean) => {
    if (node.type === 'text') {
      if (!skip && node.position) put(node.position.start.offset!, alignText(html, node))
      return
    }
    if (node.type === 'comment' && node.position) {
      const {start, end} = node.position
      const control = readControl(html.slice(start.offset, end.offset), start.offset!, end.offset!)
      if (control) controls.push(control)
    }
    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      if (node.tagName === 'title') title = titleSpan(html, node)
      const {start, end} = node.position ?? {}
      if (blocks.has(node.tagName) && start && end) {
        if (prose[start.offset!] === ' ') put(start.offset!, '\n')
        if (prose[end.offset! - 1] === ' ') put(end.offset! - 1, '\n')
      }
    }
    const skipChildren = skip || (node.type === 'element' && skipped.has(node.tagName))
    for (const child of node.children) walk(child as Nodes, skipChildren)
  }
  walk(tree, false)
  return {prose, title: title?.text ? title : undefined, controls}
}

/** The title's text where it is written as is (a 0-0 span when references make it differ). */
function titleSpan(html: string, title: Element): Span | undefined {
  const [text] = title.children
  if (!text || text.type !== 'text') return undefined
  const value = text.value.trim()
  const start = text.position!.start.offset! + text.value.indexOf(value)
  return html.slice(start, start + value.length) === value ? {start, end: start + value.length, text: value} : {start: 0, end: 0, text: value}
}

/**
 * A text node's characters laid over its source: literal characters stay where they are; a
 * reference becomes the character(s) it stands for, and the spaces that make up the difference
 * in length are put at the next white space, so that a word stays whole ("I&rsquo;m" is "I’m")
 * and the next word starts where it is written. Where the two cannot be lined up the rest is
 * left blank rather than guessed.
 */
function alignText(html: string, node: Text): string {
  const raw = html.slice(node.position!.start.offset!, node.position!.end.offset!)
  const value = node.value
  let out = ''
  let pending = 0
  let j = 0
  for (let i = 0; i < raw.length; ) {
    const ref = raw[i] === '&' ? reference.exec(raw.slice(i)) : null
    if (ref) {
      const length = ref[0].length
      // Most references stand for one UTF-16 unit; astral ones ("&#x1F600;") for two.
      const units = value[j + 1] !== raw[i + length] && value[j + 2] === raw[i + length] ? 2 : 1
      const decoded = value.slice(j, j + units)
      out += decoded
      pending += length - decoded.length
      i += length
      j += units
    } else if (raw[i] === value[j] || raw[i] === '\r') {
      if (/\s/.test(raw[i])) {
        out += ' '.repeat(pending)
        pending = 0
      }
      out += raw[i]
      i++
      if (raw[i - 1] !== '\r') j++
    } else {
      break
    }
  }
  return (out + raw.slice(out.length).replace(/[^\r\n]/g, ' ')).replace(/\u00A0/g, ' ')
}

/** Read an HTML email template: its text only; the `<title>` is the subject; disable comments work. */
export function readHtml(text: string): Draft {
  const {prose, title, controls} = htmlProse(text)
  return {
    format: 'html',
    // Rules read the words around a finding: they are to see text, not tags and references.
    text: prose,
    prose,
    subject: title,
    meta: title === undefined ? {} : {subject: title.text},
    disabled: toRegions(controls, text)
  }
}
