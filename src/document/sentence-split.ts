import type {Paragraph, Root, Sentence} from 'nlcst'

/**
 * English words that retext-english takes for abbreviations ("in." for inches, "sat." for
 * Saturday) and so never ends a sentence after: "the archives I am working in. I apologise..."
 * came out as one sentence. After these, a full stop and a capitalised word start a new sentence.
 */
const ordinaryWords = /^(?:in|sat|wed)\.$/i

/** Split, in place, the sentences retext-english joined after an ordinary word and a full stop. */
export function splitJoinedSentences(tree: Root, text: string): void {
  const source = (node: {position?: {start: {offset?: number}; end: {offset?: number}}}) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (let index = 0; index < paragraph.children.length; index++) {
      const node = paragraph.children[index]
      if (node.type === 'SentenceNode') paragraph.children.splice(index, 1, ...split(node, source))
    }
  }
}

/** The sentence cut at each full stop it wrongly swallowed, with the whitespace between the parts. */
function split(sentence: Sentence, source: (node: Sentence['children'][number]) => string): Paragraph['children'] {
  const children = sentence.children
  for (let at = 0; at < children.length - 2; at++) {
    const [word, space, next] = children.slice(at, at + 3)
    if (word.type !== 'WordNode' || space.type !== 'WhiteSpaceNode' || next.type !== 'WordNode') continue
    const period = word.children.at(-1)
    if (period?.type !== 'PunctuationNode' || !ordinaryWords.test(source(word)) || !/^\p{Lu}/u.test(source(next))) continue
    word.children.pop()
    if (word.position && period.position) word.position.end = period.position.start
    const first: Sentence = {type: 'SentenceNode', children: [...children.slice(0, at + 1), period], position: sentence.position && period.position && {start: sentence.position.start, end: period.position.end}}
    const rest: Sentence = {type: 'SentenceNode', children: children.slice(at + 2), position: sentence.position && next.position && {start: next.position.start, end: sentence.position.end}}
    return [first, space, ...split(rest, source)]
  }
  return [sentence]
}
