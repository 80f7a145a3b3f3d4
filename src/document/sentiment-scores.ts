import type {Root, Sentence as SentenceNode} from 'nlcst'
import retextSentiment from 'retext-sentiment'
import {unified, type Plugin} from 'unified'
import {BoundedCache} from './bounded-cache.js'
import {polarityOverrides} from './sentiment.js'
import {tokensOf} from './tokens.js'

// retext-sentiment still types itself against unified 10; the plugin itself works with 11.
const sentiment = unified().use(retextSentiment as unknown as Plugin<[Record<string, number>]>, polarityOverrides).freeze()

/** retext-sentiment's polarity of a sentence and of each of its words, in order. */
export interface SentenceSentiment {
  polarity: number
  words: number[]
}

/**
 * Scores by sentence tokens: retext-sentiment scores a word by its text and a sentence by its
 * own words, so a sentence seen lately needs no new run.
 */
const scored = new BoundedCache<string, SentenceSentiment>(4000)

/** The scores of each sentence; retext-sentiment runs once over those not seen lately. */
export function scoreSentences(sentences: readonly SentenceNode[]): Map<SentenceNode, SentenceSentiment> {
  const scores = new Map<SentenceNode, SentenceSentiment>()
  const fresh = sentences.filter((node) => {
    const known = scored.get(tokensOf(node))
    if (known) scores.set(node, known)
    return !known
  })
  if (fresh.length === 0) return scores
  const root: Root = {type: 'RootNode', children: [{type: 'ParagraphNode', children: fresh}]}
  sentiment.runSync(root)
  for (const node of fresh) {
    const score = {polarity: polarityOf(node), words: node.children.filter((child) => child.type === 'WordNode').map(polarityOf)}
    scored.set(tokensOf(node), score)
    scores.set(node, score)
  }
  return scores
}

function polarityOf(node: {data?: unknown}): number {
  return (node.data as {polarity?: number} | undefined)?.polarity ?? 0
}
