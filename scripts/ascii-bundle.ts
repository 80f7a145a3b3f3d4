/**
 * Rewrite a JavaScript bundle so that it is pure ASCII and means the same. V8 keeps a script's
 * source in the heap (for functions compiled later), and one character above U+00FF anywhere
 * makes it a two-byte string: the startup snapshot then carries the bundle twice over, and every
 * cold start deserialises it. esbuild leaves such characters in regular expressions, templates and
 * comments; comments go with minifyWhitespace, and the literals are rewritten here.
 */
import ts from 'typescript'

/** What could not be rewritten: a character above ASCII outside the literals handled here. */
export interface Leftover {
  line: number
  text: string
}

const nonAscii = /[^\x00-\x7f]/

const unicodeEscape = (char: string) =>
  [...char].map((unit) => '\\u' + unit.charCodeAt(0).toString(16).padStart(4, '0')).join('')

/**
 * Escape every non-ASCII UTF-16 unit in a regular expression, a string or a template (cooked),
 * where `\u` + four hex digits means that unit. An identity escape of such a character ("\’")
 * means the character itself in each, so its backslash goes too.
 */
function escapeUnits(body: string): string {
  let out = ''
  for (let at = 0; at < body.length; at++) {
    const char = body[at]
    if (char === '\\' && at + 1 < body.length) {
      const next = body[at + 1]
      out += nonAscii.test(next) ? unicodeEscape(next) : char + next
      at++
    } else {
      out += nonAscii.test(char) ? unicodeEscape(char) : char
    }
  }
  return out
}

/**
 * A String.raw template's raw text as cooked template text with the same value: backslashes,
 * backticks and dollar signs escaped, the rest escaped as in escapeUnits.
 */
function cookRaw(raw: string): string {
  return raw.replace(/[\\`$]/g, (char) => '\\' + char).replace(/[^\x00-\x7f]/g, unicodeEscape)
}

/** Where a template part's text lies, between its delimiters (`...${, }...${, }...`). */
function templatePart(node: ts.TemplateLiteralLikeNode, source: ts.SourceFile): {start: number; end: number} {
  const start = node.getStart(source) + 1
  const closing = node.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || node.kind === ts.SyntaxKind.TemplateTail ? 1 : 2
  return {start, end: node.getEnd() - closing}
}

function isStringRaw(tag: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(tag) && ts.isIdentifier(tag.expression) && tag.expression.text === 'String' && tag.name.text === 'raw'
}

/** The bundle rewritten to ASCII, and where characters above ASCII are left (none, normally). */
export function asciiBundle(code: string): {code: string; leftovers: Leftover[]} {
  if (!nonAscii.test(code)) return {code, leftovers: []}
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  const edits: Array<{start: number; end: number; text: string}> = []
  // Every part of an untagged String.raw is cooked, ASCII or not; other templates change only where needed.
  const rewriteTemplate = (template: ts.TemplateLiteral, rewrite: (text: string) => string, everyPart = false) => {
    const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)]
    for (const part of parts) {
      const {start, end} = templatePart(part, source)
      const text = code.slice(start, end)
      if (everyPart || nonAscii.test(text)) edits.push({start, end, text: rewrite(text)})
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node) || ts.isStringLiteral(node)) {
      const text = node.getText(source)
      if (nonAscii.test(text)) edits.push({start: node.getStart(source), end: node.getEnd(), text: escapeUnits(text)})
      return
    }
    if (ts.isTaggedTemplateExpression(node)) {
      ts.forEachChild(node.tag, visit)
      // String.raw`…` becomes an untagged template of the same value; another tag sees the raw
      // text, which an escape would change, so it is left (and reported).
      if (isStringRaw(node.tag) && nonAscii.test(node.template.getText(source))) {
        edits.push({start: node.tag.getStart(source), end: node.tag.getEnd(), text: ''})
        rewriteTemplate(node.template, cookRaw, true)
      }
      if (!ts.isNoSubstitutionTemplateLiteral(node.template)) for (const span of node.template.templateSpans) visit(span.expression)
      return
    }
    if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      rewriteTemplate(node, escapeUnits)
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression)
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  let rewritten = ''
  let from = 0
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    rewritten += code.slice(from, edit.start) + edit.text
    from = edit.end
  }
  rewritten += code.slice(from)
  return {code: rewritten, leftovers: leftoversIn(rewritten)}
}

function leftoversIn(code: string): Leftover[] {
  return code.split('\n').flatMap((text, index) => (nonAscii.test(text) ? [{line: index + 1, text: text.trim().slice(0, 120)}] : []))
}
