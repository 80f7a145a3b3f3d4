import type {Paragraph, Root, Sentence as SentenceNode, Word} from 'nlcst'
import retextEquality from 'retext-equality'
import retextProfanities from 'retext-profanities'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {BoundedCache} from './bounded-cache.js'
import {tokensOf} from './tokens.js'

/** The retext checkers: they only add messages, never change the tree. */
const checkers = unified().use(retextEquality).use(retextProfanities).freeze()

/**
 * Sentences, by their tokens, in which the checkers found nothing. What they report in a sentence
 * depends on its tokens alone: their phrases match within a sentence, retext-equality
 * as configured here (not `binary`) reports every match, and retext-profanities (sureness 0) too.
 * So a sentence that gave no message matched nothing, and leaving it out of a later run changes
 * neither the messages nor their order.
 */
const clean = new BoundedCache<string, true>(4000)

/**
 * Run the checkers over the tree's sentences, leaving out those known to give no message. The
 * sentences left go to the checkers as one paragraph: nlcst-search indexes its whole phrase list
 * on every call, and retext-equality searches paragraph by paragraph, so a draft's six paragraphs
 * cost six indexings of some two thousand phrases where one paragraph costs one. Nothing either
 * checker reports depends on the paragraph (see `clean`).
 */
export function runRetextCheckers(tree: Root, file: VFile): void {
  const checked: Array<{node: SentenceNode; key: string}> = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const node of (paragraph as Paragraph).children) {
      if (node.type !== 'SentenceNode') continue
      const key = tokensOf(node)
      if (!clean.get(key)) checked.push({node, key})
    }
  }
  if (checked.length === 0) return
  const before = file.messages.length
  const sentences = checked.map(({node}) => withoutPossessives(node))
  checkers.runSync({type: 'RootNode', children: [{type: 'ParagraphNode', children: sentences}]}, file)
  const offsets = file.messages.slice(before).map((message) => (message.place && 'start' in message.place ? message.place.start.offset : undefined))
  if (offsets.includes(undefined)) return
  for (const {node, key} of checked) {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    if (!offsets.some((offset) => offset! >= start && offset! < end)) clean.set(key, true)
  }
}

/**
 * The sentence with "layman's" read as "layman": retext-equality normalises a possessive to
 * "laymans" and so misses it. Only the copy the checkers read changes, and a finding then covers
 * the word without its "'s", so a replacement keeps it ("civilian's terms"). Short words are left
 * alone: "he's" and "it's" are contractions, not possessives.
 */
function withoutPossessives(sentence: SentenceNode): SentenceNode {
  return {...sentence, children: sentence.children.map((child) => (child.type === 'WordNode' ? stem(child) : child))}
}

function stem(word: Word): Word {
  const [text, mark, ending] = word.children
  const possessive =
    word.children.length === 3 &&
    text.type === 'TextNode' &&
    text.value.length >= 4 &&
    mark.type === 'PunctuationNode' &&
    /^['’]$/.test(mark.value) &&
    ending.type === 'TextNode' &&
    /^s$/i.test(ending.value)
  if (!possessive || !word.position || !text.position) return word
  return {...word, children: [text], position: {start: word.position.start, end: text.position.end}}
}
