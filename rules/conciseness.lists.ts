import type {Document, Match} from '../src/document/document.js'
import {inlineReasons, listItem, ordinalOpener, reasonLeadIn, thingsLeadIn} from './conciseness.data.js'

/** A run of reasons in the draft: where it is, how many it gives, and what a rewrite replaces. */
export interface ReasonList {
  start: number
  end: number
  count: number
  /** The range a brief explanation replaces: the list, with the sentence announcing it if any. */
  replace: [number, number]
  /** Whether that range takes in the sentence that announces the list (and may state the decision). */
  announced: boolean
}

/**
 * Lists of more than `maxReasons` reasons: bullet or numbered lines after a sentence that
 * announces reasons, "First, ... Second, ..." runs, and "for these reasons: a, b, c and d".
 */
export function reasonLists(doc: Document, maxReasons: number): ReasonList[] {
  return [...bulletLists(doc), ...ordinalRuns(doc), ...inlineLists(doc)]
    .filter((list) => list.count > maxReasons)
    .sort((a, b) => a.start - b.start)
}

/** Bullet lines grouped into lists: items follow each other with nothing but blank lines between. */
function bulletLists(doc: Document): ReasonList[] {
  const items = doc.search(listItem).map((match) => ({...match, start: match.start + match.text.search(/[^\s]/)}))
  const groups: Array<typeof items> = []
  for (const item of items) {
    const group = groups.at(-1)
    const last = group?.at(-1)
    const between = last ? doc.text.slice(last.end, item.start).split(/\r?\n/).slice(1) : []
    if (group && last && between.length > 0 && between.every((line) => line.trim() === '')) group.push(item)
    else groups.push([item])
  }
  return groups.flatMap((group) => {
    const leadIn = announcement(doc, group[0])
    if (leadIn === undefined) return []
    const end = lineEnd(doc.text, group.at(-1)!.start)
    return [{start: group[0].start, end, count: group.length, replace: [leadIn, end], announced: leadIn < group[0].start}]
  })
}

/**
 * Where the words announcing a list of reasons start: the sentence before its first item ("for
 * these reasons:"), or the start of the item's own sentence. Undefined when nothing announces reasons.
 */
function announcement(doc: Document, first: Match): number | undefined {
  const own = doc.text.slice(first.sentence.start, first.start)
  if (thingsLeadIn.test(own)) return undefined
  if (reasonLeadIn.test(own)) return first.sentence.start
  const before = doc.sentences[first.sentence.index - 1]
  return before && reasonLeadIn.test(before.text) && !thingsLeadIn.test(before.text) ? before.start : undefined
}

function lineEnd(text: string, from: number): number {
  const newline = text.slice(from).search(/\r?\n/)
  return newline === -1 ? text.length : from + newline
}

/** "First, ... Second, ... Third, ... Finally, ...": one run per draft, if it counts in order. */
function ordinalRuns(doc: Document): ReasonList[] {
  const openers = doc.search(ordinalOpener)
  if (!openers.some((match) => /first/i.test(match.text))) return []
  const start = openers[0].sentence.start
  const end = openers.at(-1)!.sentence.end
  return [{start, end, count: openers.length, replace: [start, end], announced: false}]
}

/** "I am declining for several reasons: the commute, the hours, the travel and the pay." */
function inlineLists(doc: Document): ReasonList[] {
  return doc.search(inlineReasons).map((match) => {
    const colon = match.text.indexOf(':')
    const listed = match.text.slice(colon + 1)
    const items = listed.split(/,|;|\band\b|\bor\b/).filter((item) => item.trim())
    const start = match.start + colon + 1 + (listed.length - listed.trimStart().length)
    return {start, end: match.end, count: items.length, replace: [match.sentence.start, match.sentence.end], announced: true}
  })
}
