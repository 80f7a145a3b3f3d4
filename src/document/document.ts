import type nlp from 'compromise'
import type {VFileMessage} from 'vfile-message'
import type {Draft, Span} from '../input/draft.js'
import type {Facts} from './facts.js'
import type {Greeting, SignOff} from './parts.js'
import type {Target} from './targets.js'

export type {Facts, Greeting, SignOff, Target}

/** compromise's parse of a piece of text. */
export type View = ReturnType<typeof nlp>

/** A word of a sentence with its sentiment. */
export interface Word extends Span {
  /** AFINN polarity of the word alone (decline words set to 0); 0 when unknown. */
  polarity: number
}

/** A clause of a sentence, with what it is about. */
export interface Clause extends Span {
  /** Sum of word polarities, with a word after "not"/"no"/"never" counting the other way. */
  polarity: number
  /** Whether a negation ("not", "no", "never", "n't") appears in it. */
  negated: boolean
  about: Set<Target>
}

/** A sentence of the body, tagged. */
export interface Sentence extends Span {
  index: number
  /** Index of the paragraph (block separated by blank lines) it is in. */
  paragraph: number
  /** retext-sentiment's polarity of the whole sentence. */
  polarity: number
  words: Word[]
  /** Split when first read, then the same on every read. */
  clauses: Clause[]
  /** Whether the sentence ends with a question mark. */
  question: boolean
  /**
   * compromise's parse of the sentence; offsets in it are relative to `start`. Kept for the
   * sentence's text and shared with every draft that holds it: read it, never tag or change it.
   */
  view: View
}

/** A phrase found in the draft. */
export interface Match extends Span {
  sentence: Sentence
}

/** Where missing pieces go: offsets in the original text, and the text's line ending. */
export interface InsertionPoints {
  /** Start of the first body sentence (thanks go here). */
  afterGreeting: number
  /** End of the last body sentence (apology and future-contact lines go here). */
  beforeSignOff: number
  /** Where a greeting goes: the start of the prose. */
  start: number
  /** Where a sign-off goes: after the last prose line. */
  end: number
  newline: '\n' | '\r\n' | '\r'
}

/** Everything rules may ask about a draft, built once. */
export interface Document {
  draft: Draft
  /** The original text. */
  text: string
  subject?: Span
  greeting?: Greeting
  signOff?: SignOff
  /** Body sentences in order (greeting and sign-off lines are not sentences). */
  sentences: Sentence[]
  facts: Facts
  insertion: InsertionPoints
  /** Number of words in the body. */
  wordCount: number
  /** Findings of the retext checkers (retext-equality, retext-profanities), run when first read. */
  retextMessages: VFileMessage[]
  /**
   * Find compromise match patterns ("thank you", "(appreciate|grateful)", "#Negative") in the
   * body's sentences; returns absolute spans in text order. Give a list rather than joining
   * patterns into one alternation: compromise cannot nest groups inside an alternation. A list's
   * matches are kept with each sentence's parse for that list object, so pass a list that never
   * changes (a rule's constant), not one rebuilt or altered between drafts.
   */
  match(patterns: string | readonly string[], sentences?: readonly Sentence[]): Match[]
  /** Find a regular expression (needs the `g` flag) in the body's sentences. */
  search(pattern: RegExp, sentences?: readonly Sentence[]): Match[]
}
