import type {Document} from '../src/document/document.js'
import type {Span} from '../src/input/draft.js'
import type {Finding, Suggestion} from '../src/types.js'
import {groupOf, placeholderTexts, type Placeholder, type Syntax} from './placeholders.scan.js'

const note =
  'The guidance: "Use professional templates: Well-crafted email templates can help you communicate your decision clearly and courteously." A template is filled in by search and replace: a placeholder that is broken or spelled two ways gets sent unfilled.'

const closers: Record<string, string> = {'[': ']', '{': '}', '{{': '}}'}
const openers: Record<string, string> = {']': '[', '}': '{', '}}': '{{'}
/** Words next to a stray bracket: "[Company" -> "Company", "[Hiring Manager, " -> "Hiring Manager". */
const wordsAfter = /^[\p{L}\p{N}_'’-]+(?:\s+\p{Lu}[\p{L}\p{N}_'’-]*)*/u
/**
 * The words before a stray closer ("Hiring Manager]"), in group 1. They are read in a lookbehind,
 * which runs right to left from the end: the same pattern searched forwards was tried from every
 * position of the line, and a long line of capitalised words took quadratic time.
 */
const wordsBefore = /(?<=((?:\p{Lu}[\p{L}\p{N}_'’-]*\s+)*[\p{L}\p{N}_'’-]+))$/u

function finding(reason: string, span: Span, suggestions: Suggestion[]): Finding {
  return {reason, note, start: span.start, end: span.end, actual: span.text, expected: suggestions.map((item) => item.fix.text), suggestions}
}

function spanOf(text: string, offset: number, start: number, end: number): Span {
  return {start: offset + start, end: offset + end, text: text.slice(start, end)}
}

/** Brackets that do not pair up on a line: "[Company", "Company]", "{{company}", "[]". */
function malformedIn(text: string, offset: number): Finding[] {
  const findings: Finding[] = []
  for (const line of text.matchAll(/[^\r\n]+/g)) {
    const at = line.index
    const stack: Array<{token: string; index: number}> = []
    for (const token of line[0].matchAll(/\{\{|\}\}|[[\]{}]/g)) {
      const index = at + token.index
      if (token[0] in closers) {
        stack.push({token: token[0], index})
        continue
      }
      const open = stack.pop()
      const end = index + token[0].length
      if (!open) {
        const words = wordsBefore.exec(text.slice(at, index))?.[1]
        if (!words) continue
        const span = spanOf(text, offset, index - words.length, end)
        const fix = {range: [span.start, span.start] as [number, number], text: openers[token[0]]}
        findings.push(finding(`Placeholder "${span.text}" is not opened`, span, [{desc: `Open it: "${fix.text}${span.text}"`, fix}]))
      } else if (closers[open.token] !== token[0]) {
        const span = spanOf(text, offset, open.index, end)
        const fix = {range: [offset + index, offset + end] as [number, number], text: closers[open.token]}
        findings.push(finding(`Placeholder "${span.text}" has mismatched brackets`, span, [{desc: `Close it with "${fix.text}"`, fix}]))
      } else if (!text.slice(open.index + open.token.length, index).trim() && !/^\s*(?:[-*+]|\d+[.)])\s*$/.test(text.slice(at, open.index))) {
        // "- [ ]" is a Markdown task list item, not an empty placeholder.
        const span = spanOf(text, offset, open.index, end)
        findings.push(finding(`Empty placeholder "${span.text}"`, span, [{desc: 'Remove it', fix: {range: [span.start, span.end], text: ''}}]))
      }
    }
    for (const open of stack) {
      const words = wordsAfter.exec(text.slice(open.index + open.token.length, at + line[0].length))
      if (!words) continue
      const span = spanOf(text, offset, open.index, open.index + open.token.length + words[0].length)
      const fix = {range: [span.end, span.end] as [number, number], text: closers[open.token]}
      findings.push(finding(`Placeholder "${span.text}" is not closed`, span, [{desc: `Close it: "${span.text}${fix.text}"`, fix}]))
    }
  }
  return findings
}

/** A name in a syntax: write("square", "Company") is "[Company]". */
function write(syntax: Syntax, name: string): string {
  return {'double-curly': `{{${name}}}`, curly: `{${name}}`, angle: `<${name}>`}[syntax as string] ?? `[${name}]`
}

function replaceWith(placeholder: Placeholder, text: string): Suggestion {
  return {desc: `Use "${text}"`, fix: {range: [placeholder.start, placeholder.end], text}}
}

/** Allowed names that stand for the same thing as a placeholder ("Company" for "Company Name"). */
function allowedAlternatives(doc: Document, placeholder: Placeholder, allowed: readonly string[]): Suggestion[] {
  const group = groupOf(doc, placeholder)
  return allowed
    .filter((name) => name.toLowerCase() === placeholder.name.toLowerCase() || groupOf(doc, {...placeholder, name}) === group)
    .map((name) => replaceWith(placeholder, write(placeholder.syntax, name)))
}

/**
 * A broken placeholder repaired in the file's syntax: closing "{{Company}" as "{{Company}}" in a
 * file of "[Job Title]"s would only trade one finding for another, so it becomes "[Company]".
 */
function repairedInSyntax(broken: Finding, syntax: Syntax | undefined): Finding {
  const name = broken.actual?.replace(/[[\]{}]/g, '').trim()
  const fix = broken.suggestions?.[0]?.fix
  if (!syntax || !name || !fix || broken.actual === undefined) return broken
  const repaired = broken.actual.slice(0, fix.range[0] - broken.start) + fix.text + broken.actual.slice(fix.range[1] - broken.start)
  const written = write(syntax, name)
  if (repaired === written) return broken
  const suggestion = {desc: `Use "${written}"`, fix: {range: [broken.start, broken.end] as [number, number], text: written}}
  return {...broken, expected: [written], suggestions: [suggestion]}
}

/**
 * Template mode: placeholders are expected, so they are checked for form. Each one must be
 * well-formed, written in the file's syntax (that of its first placeholder), spelled the same
 * way as others standing for the same thing, and one of the allowed names when a team set them.
 */
export function checkTemplate(doc: Document, placeholders: Placeholder[], allowed?: readonly string[]): Finding[] {
  const malformed = placeholderTexts(doc).flatMap(({text, offset}) => malformedIn(text, offset))
  const broken = (placeholder: Placeholder) => malformed.some((item) => placeholder.start < item.end && item.start < placeholder.end)
  const wellFormed = placeholders.filter((placeholder) => !broken(placeholder))
  const fileSyntax = wellFormed[0]?.syntax
  const findings = malformed.map((item) => repairedInSyntax(item, fileSyntax))
  // The first spelling in the file's syntax is the one others standing for the same thing follow.
  const first = new Map<string, Placeholder>()
  for (const placeholder of wellFormed.filter((item) => item.syntax === fileSyntax).reverse()) first.set(groupOf(doc, placeholder), placeholder)
  for (const placeholder of wellFormed) {
    const group = groupOf(doc, placeholder)
    if (allowed && !allowed.includes(placeholder.name)) {
      const reason = `"${placeholder.text}" is not one of the allowed placeholders (${allowed.join(', ')})`
      findings.push(finding(reason, placeholder, allowedAlternatives(doc, placeholder, allowed)))
    } else if (placeholder.syntax !== fileSyntax) {
      const usual = wellFormed[0]
      const text = first.get(group)?.text ?? write(usual.syntax, placeholder.name)
      const reason = `"${placeholder.text}" is written in another syntax than the file's first placeholder, "${usual.text}"`
      findings.push(finding(reason, placeholder, [replaceWith(placeholder, text)]))
    } else if (!allowed && first.get(group)!.text !== placeholder.text) {
      const earlier = first.get(group)!.text
      const reason = `"${placeholder.text}" and "${earlier}" stand for the same thing; spell it one way`
      findings.push(finding(reason, placeholder, [replaceWith(placeholder, earlier)]))
    }
  }
  return findings
}
