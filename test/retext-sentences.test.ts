import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextProfanities from 'retext-profanities'
import retextSentiment from 'retext-sentiment'
import type {Root} from 'nlcst'
import {unified, type Plugin} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {polarityOverrides} from '../src/document/sentiment.js'
import {readDraft} from '../src/input/index.js'

/** The whole pipeline run over each draft, as it was before work was kept per sentence. */
const reference = unified()
  .use(retextEnglish)
  .use(retextSentiment as unknown as Plugin<[Record<string, number>]>, polarityOverrides)
  .use(retextEquality)
  .use(retextProfanities)
  .freeze()
const summary = (messages: VFile['messages']) => messages.map((message) => `${message.place && 'start' in message.place ? message.place.start.offset : '?'} ${message.source} ${message.reason}`)

const texts = [
  'The chairman was kind. I was not happy with the pay. That was a damn long process.',
  'I was not happy with the pay. The chairman was kind.\n\nThat was a damn long process. Thank you.',
  'Thank you. I was not happy with the pay.',
  'Thank you. The chairman was kind. I was not happy with the pay.'
]

describe('retext work kept per sentence', () => {
  it('gives the checkers’ messages a full run gives, once sentences come back in and out of their old places', () => {
    for (const text of texts) {
      const file = new VFile(text)
      reference.runSync(reference.parse(file), file)
      expect(summary(buildDocument(readDraft(text, 'a.txt')).retextMessages), text).toEqual(summary(file.messages))
    }
  })

  it('gives every sentence and word the polarity a full run gives', () => {
    for (const text of texts) {
      const tree = reference.runSync(reference.parse(text)) as unknown as Root
      const expected = tree.children.flatMap((paragraph) => (paragraph.type === 'ParagraphNode' ? paragraph.children : []))
        .flatMap((sentence) => (sentence.type === 'SentenceNode' ? [sentence] : []))
        .map((sentence) => [sentence.data?.polarity ?? 0, ...sentence.children.flatMap((word) => (word.type === 'WordNode' ? [word.data?.polarity ?? 0] : []))])
      const sentences = buildDocument(readDraft(text, 'a.txt')).sentences
      expect(sentences.map((sentence) => [sentence.polarity, ...sentence.words.map((word) => word.polarity)]), text).toEqual(expected)
      expect(expected.flat().some((polarity) => polarity !== 0)).toBe(true)
    }
  })
})
