import type {Paragraph, Root, Sentence} from 'nlcst'

/**
 * English words that retext-english takes for abbreviations ("in." for inches, "sat." for
 * Saturday) and so never ends a sentence after: "the archives I am working in. I apologise..."
 * came out as one sentence. After these, and after a figure ("in section 4."), a full stop and a
 * capitalised word start a new sentence.
 */
const ordinaryWords = /^(?:in|sat|wed)\.$/i

type Positioned = {position?: {start: {offset?: number}; end: {offset?: number}}}

/** The text a node covers. */
function sourceIn(text: string): (node: Positioned) => string {
  return (node) => text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0)
}

/** Split, in place, the sentences retext-english joined after an ordinary word or a figure and a full stop. */
export function splitJoinedSentences(tree: Root, text: string): void {
  const source = sourceIn(text)
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (let index = 0; index < paragraph.children.length; index++) {
      const node = paragraph.children[index]
      if (node.type === 'SentenceNode') paragraph.children.splice(index, 1, ...split(node, source))
    }
  }
}

/**
 * Join, in place, the sentences retext-english cut where no sentence ends: inside a quotation
 * (`You said "let me know ASAP!! 😊", so I have decided...`, `"no worries if it's a no!! 😊 just
 * let me know", so...`: the first part leaves a double quote open and the second closes it soon,
 * on the same line), or after an abbreviation that a figure follows
 * ("my salary to Rs. 165,000 per month").
 */
export function joinFalseBreaks(tree: Root, text: string): void {
  const source = sourceIn(text)
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (let index = 0; index + 2 < paragraph.children.length; index++) {
      const [first, space, second] = paragraph.children.slice(index, index + 3)
      if (first.type !== 'SentenceNode' || space.type !== 'WhiteSpaceNode' || second.type !== 'SentenceNode') continue
      if (!cutInsideQuote(source(first), source(second)) && !cutBeforeFigure(source(first), source(second))) continue
      const joined: Sentence = {type: 'SentenceNode', children: [...first.children, space, ...second.children], position: first.position && second.position && {start: first.position.start, end: second.position.end}}
      paragraph.children.splice(index, 3, joined)
      index--
    }
  }
}

/** How far into the next part a quotation cut by "!!" or "?" may still close. */
const quoteReach = 120

function cutInsideQuote(first: string, second: string): boolean {
  const straightOpen = (first.match(/"/g) ?? []).length % 2 === 1
  const curlyOpen = (first.match(/“/g) ?? []).length > (first.match(/”/g) ?? []).length
  if (!straightOpen && !curlyOpen) return false
  const close = second.indexOf(straightOpen ? '"' : '”')
  return close >= 0 && close <= quoteReach && !/[\r\n]/.test(second.slice(0, close))
}

/** Abbreviations a figure follows: rupees, a number, "approximately". */
const beforeFigure = /\b(?:Rs|No|Nos|approx|ca|Ref|Tel|ph)\.$/i

function cutBeforeFigure(first: string, second: string): boolean {
  return beforeFigure.test(first) && /^\d/.test(second)
}

/** The sentence cut at each full stop it wrongly swallowed, with the whitespace between the parts. */
function split(sentence: Sentence, source: (node: Sentence['children'][number]) => string): Paragraph['children'] {
  const children = sentence.children
  for (let at = 0; at < children.length - 2; at++) {
    const [word, space, next] = children.slice(at, at + 3)
    if (word.type !== 'WordNode' || space.type !== 'WhiteSpaceNode' || next.type !== 'WordNode') continue
    const period = word.children.at(-1)
    // A figure that ends a sentence ("the clause in section 4. I am sorry...") is no list number
    // unless it opens the sentence or its line ("...a week;\n2. I am hoping...").
    const endsOnFigure = at > 0 && /^\d+\.$/.test(source(word)) && !source(children[at - 1]).includes('\n')
    if (period?.type !== 'PunctuationNode' || !(ordinaryWords.test(source(word)) || endsOnFigure) || !/^\p{Lu}/u.test(source(next))) continue
    word.children.pop()
    if (word.position && period.position) word.position.end = period.position.start
    const first: Sentence = {type: 'SentenceNode', children: [...children.slice(0, at + 1), period], position: sentence.position && period.position && {start: sentence.position.start, end: period.position.end}}
    const rest: Sentence = {type: 'SentenceNode', children: children.slice(at + 2), position: sentence.position && next.position && {start: next.position.start, end: sentence.position.end}}
    return [first, space, ...split(rest, source)]
  }
  return [sentence]
}
