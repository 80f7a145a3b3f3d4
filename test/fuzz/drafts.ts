import {existsSync, readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'

/**
 * Generated drafts for the property tests and `npm run fuzz`: real decline sentences from the
 * labeled corpus mixed with the noise a linter meets in the wild (any Unicode, lone surrogates,
 * control characters, huge lines and words, every line ending, a BOM, Markdown and email shapes).
 */

/** The corpus, from the source tree (vitest) or from beside dist/ (the compiled `npm run fuzz`). */
const corpus = ['../../fixtures/corpus/', '../../../fixtures/corpus/']
  .map((path) => new URL(path, import.meta.url))
  .find((url) => existsSync(url))!

/** Every non-blank line of the corpus: greetings, decline sentences, sign-offs, headers. */
const realLines = readdirSync(corpus)
  .filter((name) => /\.(txt|md|eml)$/.test(name))
  .flatMap((name) => readFileSync(new URL(name, corpus), 'utf8').split(/\r?\n/))
  .filter((line) => line.trim() !== '')

const codeUnit = (from: number, to: number) => fc.integer({min: from, max: to}).map((code) => String.fromCharCode(code))

/** Characters that break naive code: lone surrogates, controls, combining marks, emoji, RTL, odd spaces. */
const hostileChar = fc.oneof(
  codeUnit(0xd800, 0xdfff),
  codeUnit(0x00, 0x1f),
  fc.constantFrom('\u007f', '\u0085', '\u2028', '\u2029', '\u200b', '\u200d', '\u202e', '\u2066', '\ufeff', '\ufffd', '\u00a0'),
  codeUnit(0x0300, 0x036f),
  fc.constantFrom('👋', '🙏🏽', '👩‍💻', '🇬🇧', '😀', '❤️'),
  fc.constantFrom('שלום', 'مرحبا', 'السلام عليكم', 'ありがとう', 'Ünïcödé', 'İstanbul', 'ß', 'ﬁ'),
  fc.string({unit: 'binary', maxLength: 4})
)

/** Markdown and email structure, including the syntax decline-lint reads itself. */
const structure = fc.constantFrom(
  '---', 'subject: Declining the offer', 'company: Acme', '# Heading', '> quoted line', '- item', '1. item',
  '```', '`code`', '<!-- decline-lint-disable -->', '<!-- decline-lint-enable gratitude -->',
  '<!-- decline-lint-disable-next-line apology -->', '<div>', '</div>', '[link](http://x)', '![img](x.png)',
  '| a | b |', '|---|---|', '***', 'Subject: Re: Interview', 'From: a@b.c', 'To: "Sam" <sam@x.y>',
  'Date: Mon, 9 Mar 2026 10:00:00 +0000', 'On Mon, Sam wrote:', '-----Original Message-----', '--', '',
  '{{Company}}', '[Your Name]', '<Job Title>', 'Dear', ',', 'Thanks', 'Best,', 'P.S.', '...', '!!!', '??'
)

const longRun = fc.tuple(fc.constantFrom('a', 'x ', ' ', '-', '.', 'thank you ', 'ü', '\t', '*', '#', '[', '{{'), fc.integer({min: 500, max: 8000}))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)))

/** One line of a draft. */
const line = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...realLines)},
  {weight: 2, arbitrary: structure},
  {weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...realLines), hostileChar, fc.string()), {maxLength: 6}).map((parts) => parts.join(''))},
  {weight: 1, arbitrary: fc.array(hostileChar, {maxLength: 12}).map((chars) => chars.join(''))},
  {weight: 1, arbitrary: longRun}
)

const newline = fc.constantFrom('\n', '\r\n', '\r')

/** A draft: lines joined by one line ending (sometimes mixed), maybe a BOM, maybe a final newline. */
export const draftText = fc
  .record({
    lines: fc.array(line, {maxLength: 40}),
    ending: newline,
    mixed: fc.boolean(),
    endings: fc.array(newline, {minLength: 40, maxLength: 40}),
    bom: fc.boolean(),
    finalNewline: fc.boolean()
  })
  .map(({lines, ending, mixed, endings, bom, finalNewline}) => {
    const body = lines.map((text, index) => (index === 0 ? '' : mixed ? endings[index] : ending) + text).join('')
    return (bom ? '\uFEFF' : '') + body + (finalNewline ? ending : '')
  })

/** A long draft of `min` to `max` real lines (thousands in `npm run fuzz`), for the bound on work per character. */
export const longDraftText = (min: number, max: number) => fc
  .record({count: fc.integer({min, max}), seed: fc.integer({min: 0, max: realLines.length - 1}), ending: newline})
  .map(({count, seed, ending}) => Array.from({length: count}, (_, index) => realLines[(seed + index * 7) % realLines.length]).join(ending))

/** The readers: the file name's ending picks plain text, Markdown or email. */
export const filePath = fc.constantFrom('draft.txt', 'draft.md', 'draft.eml', 'draft')

/** A draft with its file name. */
export const namedDraft = fc.record({text: draftText, filePath})
