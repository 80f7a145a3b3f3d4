import type {Document} from '../src/document/document.js'
import {subjectSpan} from '../src/document/subject.js'
import type {Span} from '../src/input/draft.js'
import {editorialMarks, htmlTags, instructionWords, placeholderGroups, placeholderWords, statementBeforeMarker} from './placeholders.data.js'

/** How a placeholder is written: the four template syntaxes first, then mail-merge and informal ones. */
export type Syntax = 'square' | 'double-curly' | 'curly' | 'angle' | 'double-angle' | 'guillemet' | 'percent' | 'instruction' | 'marker'

/** The syntaxes a template may use (design: "[Company]", "{{company}}", "{company}", "<Company>"). */
export const templateSyntaxes: readonly Syntax[] = ['square', 'double-curly', 'curly', 'angle']

/** A placeholder found in the draft: its whole span, its syntax and its name as written inside. */
export interface Placeholder extends Span {
  syntax: Syntax
  name: string
}

// One alternative per syntax, in the order of `syntaxes`; each captures the name inside, spaces
// and all (it is trimmed): a "\s*" on each side of a capture that can hold spaces too splits a
// long run of spaces three ways, which takes cubic time ("{{" and 4,000 spaces took 25 s).
const syntaxes: Syntax[] = ['double-curly', 'curly', 'square', 'double-angle', 'guillemet', 'angle', 'percent', 'instruction', 'marker']
const pattern = new RegExp(
  [
    String.raw`\{\{([^{}\r\n]*)\}\}`,
    String.raw`\$?\{\s*([\p{L}_][\p{L}\p{N}_ .-]{0,40}?)\s*\}`,
    // Not a Markdown link "[text](url)", reference "[text][ref]", definition "[ref]: url" or image.
    String.raw`(?<![\]!\\])\[([^[\]\r\n]{0,64})\](?![(\[:])`,
    String.raw`<<([^<>\r\n]{1,44})>>`,
    String.raw`«([^«»\r\n]{1,44})»`,
    // No "@": "<jo@example.com>" is an address.
    String.raw`<([^<>@\r\n]{1,44})>`,
    String.raw`%(\p{Lu}[\p{Lu}\p{N}_]{1,30})%`,
    // "(insert date)", "(your name)", "(new employer's name)", "(name of current school)", "(name of school)", "(company name here)"
    String.raw`\(\s*((?:insert|enter|fill in)\b[^()\r\n]{1,40}?|(?:your|company|recipient|hiring manager|first|last|full|job|(?:(?:new|current|other|previous|former) )?(?:employer|company|firm|school|organisation|organization))(?:['’]s)? (?:full )?(?:name|title)(?: (?:goes )?here)?|(?:name|title) of (?:the |your |my |current |new |other |previous )*[\p{L}'’ -]{1,30}?)\s*\)`,
    String.raw`(?<![\p{L}\p{N}])(x{3,}|X{3,}|_{3,}|TBD|TBC|TBA|TODO|FIXME)(?![\p{L}\p{N}])`
  ].join('|'),
  'gu'
)

const lower = (text: string) => text.toLowerCase()
const hasWord = (text: string, words: readonly string[]) =>
  words.some((word) => new RegExp(String.raw`(?<![\p{L}])${word}(?![\p{L}])`, 'u').test(text))

/** "first_name", "jobTitle", "FirstName": names written the way code and mail merges write them. */
const identifier = /^(?:\p{L}+(?:_[\p{L}\p{N}]+)+|\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}\p{Ll}+\p{Lu}[\p{L}\p{N}]*)$/u

/** "Company", "Job Title", "HIRING MANAGER", "Name of the Hiring Manager". */
const titleCase = /^\p{Lu}[\p{L}'’]*(?:\s+(?:of|the|for|and|or|to|\p{Lu}[\p{L}'’]*))*$/u

const pronoun = String.raw`(?:he|she|they|him|her|them|his|its|their|we|us|our|you|your|me|my|it)`

/** One lower-case word in square brackets, "the Portsmouth–[route] ferry", not a pronoun put into a quotation ("[she]"). */
const loneSlot = new RegExp(String.raw`^(?!${pronoun}$)\p{Ll}{3,}$`, 'u')

/** Lower-case words where a workplace's name goes: "a staff position at [other post house]", "join [agency]", "at <other resort>". */
const placeSlot = new RegExp(String.raw`^(?!${pronoun}\b)\p{Ll}{3,}(?:\s+\p{Ll}+){0,3}$`, 'u')
const beforePlace = /\b(?:at|with|join|joining|joined)\s*$/i

/** Whether the words inside brackets name something to fill in, for a syntax, after the text `before`. */
function namesABlank(syntax: Syntax, name: string, before: string): boolean {
  // "{{ }}" is a blank in any draft; whether it is a well-formed one is template mode's question.
  if (syntax === 'double-curly') return true
  const words = lower(name).replace(/[_-]+/g, ' ')
  if (!name || editorialMarks.includes(lower(name)) || !/\p{L}{2}/u.test(name) || name.split(/\s+/).length > 6) return false
  // "they said [the role] was filled": words put into a quotation, not a blank.
  if (/^(?:the|a|an|this|that|his|her|their|our|its)\s/.test(name)) return false
  const named = identifier.test(name) || hasWord(words, placeholderWords) || instructionWords.some((word) => words.startsWith(word + ' '))
  switch (syntax) {
    case 'percent':
    case 'instruction':
      return true
    case 'curly':
      return named || /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)
    case 'guillemet':
      // « » are also French quotation marks: only mail-merge names count.
      return named && !/\s/.test(name)
    case 'angle':
      return !htmlTags.includes(lower(name)) && !/[/=:.]/.test(name) && (named || titleCase.test(name) || (placeSlot.test(name) && beforePlace.test(before)))
    case 'square':
      return named || titleCase.test(name) || loneSlot.test(name) || (placeSlot.test(name) && beforePlace.test(before))
    default:
      return named || titleCase.test(name)
  }
}

/** "TBD" after "is"/"still" is a plain statement ("the start date is still TBD"). */
function isStatement(text: string, at: number, marker: string): boolean {
  if (!/^TB[DCA]$/.test(marker)) return false
  const before = /([\p{L}]+)\W*$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1]
  return before !== undefined && statementBeforeMarker.includes(lower(before))
}

/** Placeholders in one text whose offset 0 is `offset` in the draft. */
function scan(text: string, offset: number): Placeholder[] {
  const found: Placeholder[] = []
  for (const match of text.matchAll(pattern)) {
    const index = match.slice(1).findIndex((group) => group !== undefined)
    const syntax = syntaxes[index]
    const name = match[index + 1].trim()
    if (syntax === 'marker') {
      // A line of underscores alone is a Markdown rule or a mail separator; "TBD" after "is" is a statement.
      const line = text.slice(text.lastIndexOf('\n', match.index) + 1).split(/\r?\n/)[0].trim()
      if ((name.startsWith('_') && line === name) || isStatement(text, match.index, name)) continue
    } else if (!namesABlank(syntax, name, text.slice(Math.max(0, match.index - 12), match.index))) {
      continue
    }
    found.push({start: offset + match.index, end: offset + match.index + match[0].length, text: match[0], syntax, name})
  }
  return found
}

/**
 * The texts placeholders are looked for in: the draft's prose (greeting and sign-off included;
 * quoted replies, code and front matter blanked) and its subject as written.
 */
export function placeholderTexts(doc: Document): Array<{text: string; offset: number}> {
  const subject = subjectSpan(doc)
  const texts = [{text: doc.draft.prose, offset: 0}]
  return subject && subject.end > subject.start ? [{text: subject.text, offset: subject.start}, ...texts] : texts
}

/** Every placeholder of the draft, in text order. */
export function findPlaceholders(doc: Document): Placeholder[] {
  return placeholderTexts(doc).flatMap(({text, offset}) => scan(text, offset)).sort((a, b) => a.start - b.start)
}

/**
 * What a placeholder stands for: by its name ("[Company Name]" is the company), else by where
 * it is ("[Name]" or "{first_name}" in the greeting is the recipient, in the sign-off the sender),
 * else its name.
 */
export function groupOf(doc: Document, placeholder: Placeholder): string {
  const key = lower(placeholder.name.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .replace(/['’]s\b/g, '')
    .replace(/[_.-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:insert|enter|the) /, '')
    .replace(/(?:^| )name$/, '')
  const group = placeholderGroups.find(([, names]) => names.includes(key))
  if (group) return group[0]
  const within = (span?: Span) => span !== undefined && placeholder.start >= span.start && placeholder.end <= span.end
  if (/^(?:|first|last|full)$/.test(key) && within(doc.greeting)) return 'recipient'
  if (/^(?:|first|last|full)$/.test(key) && within(doc.signOff)) return 'sender'
  return key || 'name'
}
