/**
 * Telling a name or a title from a word by its capital, for professional-tone and
 * inclusive-language: "Mr. Hooker", "Ya Li", "the Chairman", "Women in Engineering".
 */

/** Titles and abbreviations whose full stop does not end a sentence ("Dr. Hooker"). */
const abbreviation = /\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Sr|Jr|St|Capt|Col|Gen|Hon|No|vs|etc)\.["”’)]*[ \t]+[ \t"“‘(]*$/

/**
 * Whether `offset` starts a sentence or a line: nothing before it but the end of a sentence, a
 * line break, a list marker, space and opening marks.
 */
export function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 80), offset)
  return /(?:^|[\r\n][ \t]*(?:(?:[-*•]|\d+[.)])[ \t]+)?|[.!?]["”’)]*[ \t]+)[ \t"“‘(*_]*$/.test(before) && !abbreviation.test(before)
}

/**
 * Whether the capitalised word at [start, end) reads as a name or a title rather than a word:
 * capitalised inside its sentence ("Mr. Hooker", "the Chairman", "Women in Engineering"), or
 * first in it and followed by another capitalised word ("Dick Hooker called", "Ya Li said").
 * Words in capitals are not names: they are acronyms or shouting.
 */
export function isProperName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end)
  if (!/^\p{Lu}/u.test(word) || word === word.toUpperCase()) return false
  return !startsSentence(text, start) || /^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end))
}

/**
 * Whether the lower-case word at [start, end) joins a name of several capitalised words, as "in"
 * joins "Women in Engineering": a capitalised word before it, and after it a capitalised word
 * that the name goes on from ("Nafasi ya Mhudumu wa Afya"). "See ya Monday" is no name.
 */
export function joinsName(text: string, start: number, end: number): boolean {
  const before = /(?:^|[\s"“‘(])\p{Lu}\p{Ll}[\p{L}'’-]*[ \t]+$/u.test(text.slice(Math.max(0, start - 40), start))
  return before && /^[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Ll}{1,4})?[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 60))
}
