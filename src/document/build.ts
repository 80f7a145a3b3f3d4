import type {Node, Paragraph, Root, Sentence as SentenceNode} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {blank, type Draft} from '../input/draft.js'
import type {Clause, Document, InsertionPoints, Match, Sentence, Word} from './document.js'
import {readFacts, type Facts} from './facts.js'
import {findGreeting, findSignOff, proseLines} from './parts.js'
import {emphatic, negation} from './negation.js'
import {runRetextCheckers} from './retext-checks.js'
import {parseSentence, type SentenceMatch, type SentenceParse} from './sentence-parse.js'
import {joinFalseBreaks, splitJoinedSentences} from './sentence-split.js'
import {scoreSentences, type SentenceSentiment} from './sentiment-scores.js'
import {targetsOf} from './targets.js'

/** retext's tokeniser, for every draft. */
const retext = unified().use(retextEnglish).freeze()

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
  splitJoinedSentences(tree as unknown as Root, bodyProse)
  joinFalseBreaks(tree as unknown as Root, bodyProse)

  // Words are read from the prose: where a reader decoded text in place (HTML references), the
  // prose holds the characters and the original their source.
  const nodes = sentenceNodes(tree as unknown as Root)
  const facts = readFacts(draft.meta, nodes.map(({node}) => textOf(node, draft.prose)), greeting?.name?.text, signOff?.name?.text)
  const scores = scoreSentences(nodes.map(({node}) => node))
  const sentences = nodes.map(({node, paragraph}, index) => toSentence(node, draft.prose, index, paragraph, facts, scores.get(node)!))

  const first = sentences[0]
  const last = sentences.at(-1)
  // With no prose at all, a greeting still goes after a byte order mark, never before it.
  const proseStart = lines[0]?.start ?? (draft.text.startsWith('\uFEFF') ? 1 : 0)
  const proseEnd = lines.at(-1)?.end ?? draft.text.length
  return Object.assign(new RetextOnDemand(tree as unknown as Root, file), {
    draft,
    text: draft.text,
    subject: draft.subject,
    greeting,
    signOff,
    sentences,
    facts,
    wordCount: sentences.reduce((sum, sentence) => sum + sentence.words.length, 0),
    insertion: {
      afterGreeting: first?.start ?? (greeting ? greeting.end : proseStart),
      beforeSignOff: last?.end ?? (greeting ? greeting.end : proseStart),
      start: proseStart,
      end: proseEnd,
      newline: lineEnding(draft.text)
    },
    match: (patterns: string | readonly string[], within: readonly Sentence[] = sentences) =>
      placedIn(within, (parse) => (typeof patterns === 'string' ? parse.match(patterns) : parse.matchList(patterns)))
        .sort((a, b) => a.start - b.start || b.end - a.end),
    search: (pattern: RegExp, within: readonly Sentence[] = sentences) => placedIn(within, (parse) => parse.search(pattern))
  })
}

/*
 * What a Document or Sentence works out only when a rule first asks is read through a getter on a
 * class, never one written into an object literal: on Node 20, what a literal's getter closes over
 * (here a draft's whole syntax tree) was kept through every young-generation GC until a full one,
 * so each of those GCs copied the trees of the lints since the last, pausing a language server's
 * re-lint by about 10 ms every tenth edit (p95 14 -> 10 ms once the getters moved to classes).
 */

/** retext's checkers, run on the draft's tree only when a rule reads their messages. */
class RetextOnDemand {
  #tree: Root | undefined
  readonly #file: VFile

  constructor(tree: Root, file: VFile) {
    this.#tree = tree
    this.#file = file
  }

  get retextMessages(): VFileMessage[] {
    if (this.#tree) runRetextCheckers(this.#tree, this.#file)
    this.#tree = undefined
    return this.#file.messages
  }
}

/** A sentence's clauses, split when a rule first asks: with those rules off, a new sentence skips compromise's chunker. */
class ClausesOnDemand {
  #clauses: Clause[] | undefined
  readonly #parse: SentenceParse
  readonly #facts: Facts

  constructor(parse: SentenceParse, facts: Facts) {
    this.#parse = parse
    this.#facts = facts
  }

  get clauses(): Clause[] {
    return (this.#clauses ??= toClauses(this as unknown as Sentence, this.#parse.clauseSpans(), this.#facts))
  }
}

/** The draft's line ending, so that inserted lines match the file: CRLF wins, CR only in old Mac files. */
function lineEnding(text: string): InsertionPoints['newline'] {
  if (text.includes('\r\n')) return '\r\n'
  return text.includes('\r') && !text.includes('\n') ? '\r' : '\n'
}

/** The body's sentence nodes in order, with the index of the paragraph each is in. */
function sentenceNodes(tree: Root): Array<{node: SentenceNode; paragraph: number}> {
  const nodes: Array<{node: SentenceNode; paragraph: number}> = []
  tree.children.forEach((paragraph, paragraphIndex) => {
    if (paragraph.type !== 'ParagraphNode') return
    for (const node of (paragraph as Paragraph).children) {
      if (node.type === 'SentenceNode') nodes.push({node, paragraph: paragraphIndex})
    }
  })
  return nodes
}

function spanOf(node: Node): [number, number] {
  const start = node.position?.start.offset ?? 0
  return [start, node.position?.end.offset ?? start]
}

function textOf(node: Node, text: string): string {
  return text.slice(...spanOf(node))
}

/** Each Sentence's parse, for its matches. */
const parses = new WeakMap<Sentence, SentenceParse>()

function toSentence(node: SentenceNode, text: string, index: number, paragraph: number, facts: Facts, score: SentenceSentiment): Sentence {
  const [start, end] = spanOf(node)
  const sentenceText = text.slice(start, end)
  const words: Word[] = []
  node.children.filter((child) => child.type === 'WordNode').forEach((child, wordIndex) => {
    if (!child.position) return
    const [wordStart, wordEnd] = spanOf(child)
    words.push({start: wordStart, end: wordEnd, text: text.slice(wordStart, wordEnd), polarity: score.words[wordIndex]})
  })
  const parse = parseSentence(sentenceText)
  const sentence: Sentence = Object.assign(new ClausesOnDemand(parse, facts), {
    index,
    paragraph,
    start,
    end,
    text: sentenceText,
    polarity: score.polarity,
    words,
    question: /\?["”'’)]*$/.test(sentenceText.trimEnd()),
    view: parse.view
  })
  parses.set(sentence, parse)
  return sentence
}

/** compromise's clauses, scored with the sentence's word polarities, with what each is about. */
function toClauses(sentence: Sentence, relative: ReadonlyArray<readonly [number, number]>, facts: Facts): Clause[] {
  const spans = relative.length > 0
    ? relative.map(([from, to]) => [sentence.start + from, sentence.start + to])
    : [[sentence.start, sentence.end]]
  return spans.map(([start, end]) => {
    const words = sentence.words.filter((word) => word.start >= start && word.end <= end)
    let polarity = 0
    let negated = false
    let flip = false
    for (const word of words) {
      polarity += flip ? -word.polarity : word.polarity
      // As in negationAt: "could not have been more supportive" is praise, the "more" ends the flip.
      flip = negation.test(word.text) ? true : word.polarity !== 0 || emphatic.test(word.text) ? false : flip
      if (negation.test(word.text)) negated = true
    }
    const clauseText = sentence.text.slice(start - sentence.start, end - sentence.start)
    const about = targetsOf(clauseText, words.map((word) => word.text.toLowerCase()), facts)
    return {start, end, text: clauseText, polarity, negated, about}
  })
}

/**
 * What `find` finds in each sentence's parse, at offsets in the text. Asked for every list of
 * patterns of every rule on every lint: most sentences match nothing, and make no array.
 */
function placedIn(sentences: readonly Sentence[], find: (parse: SentenceParse) => readonly SentenceMatch[]): Match[] {
  const placed: Match[] = []
  for (const sentence of sentences) {
    for (const {from, text} of find(parses.get(sentence)!)) {
      const start = sentence.start + from
      placed.push({start, end: start + text.length, text, sentence})
    }
  }
  return placed
}
