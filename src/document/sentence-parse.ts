import nlp from 'compromise'
import {BoundedCache} from './bounded-cache.js'
import type {View} from './document.js'
import {mayMatch, requirementOf, termsOf, type ParsedPattern, type Requirement} from './prefilter.js'

/** A match of a pattern or expression in a sentence, at offsets relative to the sentence's start. */
export interface SentenceMatch {
  from: number
  text: string
}

/**
 * The work on one sentence that depends on its text alone: compromise's tagging, clause split and
 * pattern matches, and where regular expressions match in it. Nothing here may read the draft
 * around the sentence (names, facts, neighbours): the same parse serves that text in every draft.
 */
export interface SentenceParse {
  /** Shared with every draft holding this sentence: read it, never tag or change it. */
  view: View
  /** Clause spans [start, end) relative to the sentence's start; empty when compromise finds none. */
  clauseSpans(): ReadonlyArray<readonly [number, number]>
  match(pattern: string): readonly SentenceMatch[]
  /**
   * The matches of every pattern of a list, in the list's order. The answer is kept for the
   * list object: pass a list that never changes (a rule's constant), as rules do.
   */
  matchList(patterns: readonly string[]): readonly SentenceMatch[]
  /** Where a regular expression (with the `g` flag) matches in the sentence. */
  search(pattern: RegExp): readonly SentenceMatch[]
}

/**
 * Sentences kept parsed, most recently used first. An editor re-lints the whole draft on every
 * change while the user edits one sentence of it; a batch of drafts repeats stock sentences. An
 * entry holds a compromise document (about 15 KiB on the heap): a thousand of them hold an
 * editor's drafts and a batch's stock sentences for some 15 MiB.
 */
const parsed = new BoundedCache<string, SentenceParse>(1000)

/** The parse of a sentence's text: from the cache when it was seen lately, else made now. */
export function parseSentence(text: string): SentenceParse {
  let parse = parsed.get(text)
  if (!parse) parsed.set(text, (parse = newParse(text)))
  return parse
}

function newParse(text: string): SentenceParse {
  const view = nlp(text)
  let spans: Array<readonly [number, number]> | undefined
  let terms: Set<string> | undefined
  const matches = new Map<string, readonly SentenceMatch[]>()
  const lists = new WeakMap<readonly string[], readonly SentenceMatch[]>()
  // By the expression itself: one a rule makes afresh for a draft goes when the rule drops it.
  const searches = new WeakMap<RegExp, readonly SentenceMatch[]>()
  const match = (pattern: string): readonly SentenceMatch[] => {
    const {parsed, requirement} = compiled(pattern)
    // Telling a sentence out is cheaper than keeping the answer: only compromise's are kept.
    if (!mayMatch((terms ??= termsOf(view)), requirement)) return none
    let found = matches.get(pattern)
    if (!found) matches.set(pattern, (found = matchesOf(view, text, parsed)))
    return found
  }
  return {
    view,
    clauseSpans: () => (spans ??= clauseSpansOf(view)),
    match,
    matchList(patterns) {
      // An editor re-lints a draft whose other sentences are unchanged: one lookup answers a
      // whole list there, where asking pattern by pattern made the list's arrays on every lint.
      let found = lists.get(patterns)
      if (!found) {
        const all: SentenceMatch[] = []
        for (const pattern of patterns) all.push(...match(pattern))
        lists.set(patterns, (found = all.length > 0 ? all : none))
      }
      return found
    },
    search(pattern) {
      // An expression left part-way through a string by its owner starts from there: not reusable.
      if (pattern.lastIndex !== 0) return searchesOf(text, pattern)
      let found = searches.get(pattern)
      if (!found) searches.set(pattern, (found = searchesOf(text, pattern)))
      return found
    }
  }
}

function searchesOf(text: string, pattern: RegExp): readonly SentenceMatch[] {
  const found = [...text.matchAll(pattern)]
  return found.length === 0 ? none : found.map((item) => ({from: item.index, text: item[0]}))
}

/** No match, shared: most patterns find nothing in most sentences. */
const none: readonly SentenceMatch[] = Object.freeze([])

function clauseSpansOf(view: View): Array<readonly [number, number]> {
  const parts = view.clauses().json({offset: true}) as Array<{offset: {start: number; length: number}}>
  return parts.map((part) => [part.offset.start, part.offset.start + part.offset.length] as const)
}

/**
 * compromise parses a match pattern on every call; rules ask the same patterns of every sentence
 * of every draft, so each is parsed once (a 300-word draft's matching went from 62 to 8 ms), with
 * what a sentence must hold to match it.
 */
const compiledPatterns = new Map<string, {parsed: ParsedPattern; requirement: Requirement}>()

function compiled(pattern: string): {parsed: ParsedPattern; requirement: Requirement} {
  let entry = compiledPatterns.get(pattern)
  if (!entry) {
    const parsed = nlp.parseMatch(pattern)
    compiledPatterns.set(pattern, (entry = {parsed, requirement: requirementOf(parsed)}))
  }
  return entry
}

function matchesOf(view: View, text: string, pattern: ParsedPattern): readonly SentenceMatch[] {
  type Offset = {start: number; length: number}
  type Found = {offset: Offset; terms: Array<{text: string; offset: Offset}>}
  const matched = view.match(pattern)
  if (!matched.found) return none
  const found = matched.json({offset: true}) as Found[]
  return found.map((item) => {
    let from = item.offset.start
    const to = Math.max(...item.terms.map((term) => term.offset.start + term.offset.length))
    // A match that starts on the hidden half of a contraction ("would" in "I'd") starts at the
    // end of that word in compromise's offsets: take the whole contraction instead.
    if (item.terms[0]?.text === '') while (from > 0 && !/\s/.test(text[from - 1])) from--
    // compromise counts the punctuation after a match as part of it; the span is the words.
    return {from, text: text.slice(from, to).replace(/[\s.,;:!?"”’)]+$/u, '')}
  })
}
