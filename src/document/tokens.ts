import type {Nodes, Sentence as SentenceNode} from 'nlcst'

const keys = new WeakMap<SentenceNode, string>()

/**
 * A sentence node's tokens: each child's kind and text. What retext's sentiment and checkers make
 * of a sentence depends on these alone, so work on a sentence is kept by this key.
 */
export function tokensOf(sentence: SentenceNode): string {
  let key = keys.get(sentence)
  if (key === undefined) keys.set(sentence, (key = sentence.children.map((child) => `${child.type}\u0001${textOf(child)}`).join('\u0002')))
  return key
}

function textOf(node: Nodes): string {
  return 'value' in node ? node.value : 'children' in node ? node.children.map(textOf).join('') : ''
}
