import nlp from 'compromise'
import type {Paragraph, Root, Sentence as SentenceNode} from 'nlcst'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextProfanities from 'retext-profanities'
import retextSentiment from 'retext-sentiment'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import {blank, type Draft} from '../input/draft.js'
import type {Clause, Document, InsertionPoints, Match, Sentence, Word} from './document.js'
import {readFacts} from './facts.js'
import {findGreeting, findSignOff, proseLines} from './parts.js'
import {negation} from './negation.js'
import {splitAfterOrdinaryWords} from './sentence-split.js'
import {polarityOverrides} from './sentiment.js'
import {targetsOf} from './targets.js'

/** One retext pipeline for every draft: tokenise, score sentiment, run the retext checkers. */
const retext = unified()
  .use(retextEnglish)
  .use(splitAfterOrdinaryWords)
  // retext-sentiment still types itself against unified 10; the plugin itself works with 11.
  .use(retextSentiment as unknown as Plugin<[Record<string, number>]>, polarityOverrides)
  .use(retextEquality)
  .use(retextProfanities)
  .freeze()

/** Parse and tag a draft once; every rule reads the result. */
export function buildDocument(draft: Draft): Document {
  const lines = proseLines(draft.prose)
  const greeting = draft.meta.script ? undefined : findGreeting(lines)
  const signOff = draft.meta.script ? undefined : findSignOff(lines, greeting ? 1 : 0)
  let bodyProse = draft.prose
  if (greeting) bodyProse = blank(bodyProse, greeting.start, greeting.end)
  if (signOff) bodyProse = blank(bodyProse, signOff.start, signOff.end)

  const file = new VFile(bodyProse)
  const tree = retext.parse(file)
  retext.runSync(tree, file)

  // Words are read from the prose: where a reader decoded text in place (HTML references), the
  // prose holds the characters and the original their source.
  const sentences = collectSentences(tree as unknown as Root, draft.prose)
  const facts = readFacts(draft.meta, sentences.map((sentence) => sentence.text), greeting?.name?.text, signOff?.name?.text)
  for (const sentence of sentences) {
    for (const clause of sentence.clauses) clause.about = targetsOf(clause.text, clauseWords(sentence, clause), facts)
  }

  const first = sentences[0]
  const last = sentences.at(-1)
  // With no prose at all, a greeting still goes after a byte order mark, never before it.
  const proseStart = lines[0]?.start ?? (draft.text.startsWith('\uFEFF') ? 1 : 0)
  const proseEnd = lines.at(-1)?.end ?? draft.text.length
  return {
    draft,
    text: draft.text,
    subject: draft.subject,
    greeting,
    signOff,
    sentences,
    facts,
    wordCount: sentences.reduce((sum, sentence) => sum + sentence.words.length, 0),
    retextMessages: file.messages,
    insertion: {
      afterGreeting: first?.start ?? (greeting ? greeting.end : proseStart),
      beforeSignOff: last?.end ?? (greeting ? greeting.end : proseStart),
      start: proseStart,
      end: proseEnd,
      newline: lineEnding(draft.text)
    },
    match: (patterns, within = sentences) =>
      within.flatMap((sentence) => (typeof patterns === 'string' ? [patterns] : patterns).flatMap((pattern) => matchIn(sentence, pattern)))
        .sort((a, b) => a.start - b.start || b.end - a.end),
    search: (pattern, within = sentences) => within.flatMap((sentence) => searchIn(sentence, pattern))
  }
}

/** The draft's line ending, so that inserted lines match the file: CRLF wins, CR only in old Mac files. */
function lineEnding(text: string): InsertionPoints['newline'] {
  if (text.includes('\r\n')) return '\r\n'
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n'
}

function collectSentences(tree: Root, text: string): Sentence[] {
  const sentences: Sentence[] = []
  tree.children.forEach((paragraph, paragraphIndex) => {
    if (paragraph.type !== 'ParagraphNode') return
    for (const node of (paragraph as Paragraph).children) {
      if (node.type !== 'SentenceNode') continue
      sentences.push(toSentence(node, text, sentences.length, paragraphIndex))
    }
  })
  return sentences
}

function toSentence(node: SentenceNode, text: string, index: number, paragraph: number): Sentence {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const sentenceText = text.slice(start, end)
  const words: Word[] = []
  for (const child of node.children) {
    if (child.type !== 'WordNode' || !child.position) continue
    const wordStart = child.position.start.offset ?? 0
    const wordEnd = child.position.end.offset ?? wordStart
    const polarity = (child.data as {polarity?: number} | undefined)?.polarity ?? 0
    words.push({start: wordStart, end: wordEnd, text: text.slice(wordStart, wordEnd), polarity})
  }
  const view = nlp(sentenceText)
  const sentence: Sentence = {
    index,
    paragraph,
    start,
    end,
    text: sentenceText,
    polarity: (node.data as {polarity?: number} | undefined)?.polarity ?? 0,
    words,
    clauses: [],
    question: /\?["”'’)]*$/.test(sentenceText.trimEnd()),
    view
  }
  sentence.clauses = toClauses(sentence)
  return sentence
}

/** compromise's clauses, scored with the sentence's word polarities. */
function toClauses(sentence: Sentence): Clause[] {
  const parts = sentence.view.clauses().json({offset: true}) as Array<{offset: {start: number; length: number}}>
  const spans = parts.length > 0
    ? parts.map((part) => [sentence.start + part.offset.start, sentence.start + part.offset.start + part.offset.length])
    : [[sentence.start, sentence.end]]
  return spans.map(([start, end]) => {
    const words = sentence.words.filter((word) => word.start >= start && word.end <= end)
    let polarity = 0
    let negated = false
    let flip = false
    for (const word of words) {
      polarity += flip ? -word.polarity : word.polarity
      flip = negation.test(word.text) ? true : word.polarity !== 0 ? false : flip
      if (negation.test(word.text)) negated = true
    }
    return {start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start), polarity, negated, about: new Set()}
  })
}

function clauseWords(sentence: Sentence, clause: Clause): string[] {
  return sentence.words
    .filter((word) => word.start >= clause.start && word.end <= clause.end)
    .map((word) => word.text.toLowerCase())
}

/**
 * compromise parses a match pattern on every call; rules ask the same patterns of every sentence
 * of every draft, so each is parsed once (a 300-word draft's matching went from 62 to 8 ms).
 */
const parsedPatterns = new Map<string, ReturnType<typeof nlp.parseMatch>>()

function parsedPattern(pattern: string): ReturnType<typeof nlp.parseMatch> {
  let parsed = parsedPatterns.get(pattern)
  if (!parsed) parsedPatterns.set(pattern, (parsed = nlp.parseMatch(pattern)))
  return parsed
}

function matchIn(sentence: Sentence, pattern: string): Match[] {
  type Offset = {start: number; length: number}
  type Found = {offset: Offset; terms: Array<{text: string; offset: Offset}>}
  const matched = sentence.view.match(parsedPattern(pattern))
  if (!matched.found) return []
  const found = matched.json({offset: true}) as Found[]
  return found.map((item) => {
    let from = item.offset.start
    const to = Math.max(...item.terms.map((term) => term.offset.start + term.offset.length))
    // A match that starts on the hidden half of a contraction ("would" in "I'd") starts at the
    // end of that word in compromise's offsets: take the whole contraction instead.
    if (item.terms[0]?.text === '') while (from > 0 && !/\s/.test(sentence.text[from - 1])) from--
    // compromise counts the punctuation after a match as part of it; the span is the words.
    const text = sentence.text.slice(from, to).replace(/[\s.,;:!?"”’)]+$/u, '')
    const start = sentence.start + from
    return {start, end: start + text.length, text, sentence}
  })
}

function searchIn(sentence: Sentence, pattern: RegExp): Match[] {
  return [...sentence.text.matchAll(pattern)].map((found) => ({
    start: sentence.start + found.index,
    end: sentence.start + found.index + found[0].length,
    text: found[0],
    sentence
  }))
}
