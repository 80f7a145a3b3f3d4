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

/** Run the checkers over the tree's sentences, leaving out those known to give no message. */
export function runRetextCheckers(tree: Root, file: VFile): void {
  const checked: Array<{node: SentenceNode; key: string}> = []
  const paragraphs: Paragraph[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    const children = paragraph.children.filter((node) => {
      if (node.type !== 'SentenceNode') return false
      const key = tokensOf(node)
      if (clean.get(key)) return false
      checked.push({node, key})
      return true
    })
    if (children.length > 0) paragraphs.push({...paragraph, children: children.map((node) => withoutPossessives(node as SentenceNode))})
  }
  if (paragraphs.length === 0) return
  const before = file.messages.length
  checkers.runSync({type: 'RootNode', children: paragraphs}, file)
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
