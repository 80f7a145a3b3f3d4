import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextProfanities from 'retext-profanities'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {readDraft} from '../src/input/index.js'

const reference = unified().use(retextEnglish).use(retextEquality).use(retextProfanities).freeze()
const summary = (messages: VFile['messages']) => messages.map((message) => `${message.place && 'start' in message.place ? message.place.start.offset : '?'} ${message.source} ${message.reason}`)

describe('retext checkers', () => {
  it('report what a full run reports once sentences come back, in and out of their old places', () => {
    const texts = [
      'The chairman was kind. I decline the offer. That was a damn long process.',
      'I decline the offer. The chairman was kind.\n\nThat was a damn long process. Thank you.',
      'Thank you. I decline the offer.',
      'Thank you. The chairman was kind. I decline the offer.'
    ]
    for (const text of texts) {
      const file = new VFile(text)
      reference.runSync(reference.parse(file), file)
      expect(summary(buildDocument(readDraft(text, 'a.txt')).retextMessages), text).toEqual(summary(file.messages))
    }
  })
})
