import {describe, expect, it} from 'vitest'
import {buildDocument} from '../src/document/build.js'
import {readDraft} from '../src/input/index.js'

const doc = (text: string, path = 'a.txt') => buildDocument(readDraft(text, path))

/** Every sentence and word of the document is the text at its offsets. */
function expectOffsetsKept(text: string, d: ReturnType<typeof doc>): void {
  for (const sentence of d.sentences) {
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    for (const word of sentence.words) expect(text.slice(word.start, word.end)).toBe(word.text)
  }
}

describe('parts', () => {
  it('finds greeting with its name, sign-off with closing and name, and body sentences between', () => {
    const d = doc('Dear Ms. Patel,\n\nThank you. I must decline.\n\nBest regards,\nJordan Lee\n')
    expect(d.greeting).toMatchObject({text: 'Dear Ms. Patel,', salutation: 'Dear', name: {text: 'Ms. Patel'}})
    expect(d.signOff?.closing?.text).toBe('Best regards,')
    expect(d.signOff?.name?.text).toBe('Jordan Lee')
    expect(d.sentences.map((sentence) => sentence.text)).toEqual(['Thank you.', 'I must decline.'])
    expect(d.insertion).toMatchObject({afterGreeting: 17, beforeSignOff: 43, newline: '\n'})
  })

  it('does not take a body line that starts with "Hi" for a greeting', () => {
    expect(doc('Hi, I am writing to decline the interview. Thanks again.\n').greeting).toBeUndefined()
  })

  it('gives sentence offsets into the original text, across CRLF and non-ASCII', () => {
    const text = 'Dear Zoë Müller,\r\n\r\nI’m grateful 😊. I decline.\r\n\r\nBest,\r\nJosé Núñez\r\n'
    const d = doc(text)
    for (const sentence of d.sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    expect(d.insertion.newline).toBe('\r\n')
    expect(d.signOff?.name?.text).toBe('José Núñez')
  })

  it('ends a sentence after "in." that retext-english reads as an abbreviation, and after a figure, keeping offsets', () => {
    const text = 'Dear Sam,\n\nIt keeps me close to the archives I work in. I apologise. Count me in. Thanks again. It is 5 in. long. See section 4. I agree.\n\nBest,\nJo\n'
    const d = doc(text)
    expect(d.sentences.map((sentence) => sentence.text)).toEqual([
      'It keeps me close to the archives I work in.',
      'I apologise.',
      'Count me in.',
      'Thanks again.',
      'It is 5 in. long.',
      'See section 4.',
      'I agree.'
    ])
    expectOffsetsKept(text, d)
    expect(d.sentences[0].words.at(-1)?.text).toBe('in')
  })

  it('does not end a sentence on a list number that opens its line ("...a week;\\n2. I am hoping")', () => {
    const text = 'Dear Sam,\n\nMy reasons are:\n\n1. the travel;\n2. I am moving;\n3. the hours.\n\nBest,\nJo\n'
    const d = doc(text)
    expect(d.sentences.map((sentence) => sentence.text)).toEqual(['My reasons are:', '1. the travel;\n2. I am moving;\n3. the hours.'])
    expectOffsetsKept(text, d)
  })

  it('keeps one sentence across "!!" inside a quotation and across "Rs." before a figure, keeping offsets', () => {
    const text = 'Dear Sam,\n\nYou said "let me know ASAP!! 😊", so I must decline. My pay is Rs. 165,000 a month. She said "Great!" Then she left.\n\nBest,\nJo\n'
    const d = doc(text)
    expect(d.sentences.map((sentence) => sentence.text)).toEqual([
      'You said "let me know ASAP!! 😊", so I must decline.',
      'My pay is Rs. 165,000 a month.',
      'She said "Great!"',
      'Then she left.'
    ])
    expectOffsetsKept(text, d)
  })

  it('keeps one sentence when a quotation cut by "!!" goes on for some words before it closes', () => {
    const text = 'Dear Sam,\n\nYour note said "no worries if it\'s a no!! 😊 just let me know either way", so I must decline. "Thanks!" He left.\n\nBest,\nJo\n'
    const d = doc(text)
    expect(d.sentences.map((sentence) => sentence.text)).toEqual([
      'Your note said "no worries if it\'s a no!! 😊 just let me know either way", so I must decline.',
      '"Thanks!"',
      'He left.'
    ])
    expectOffsetsKept(text, d)
  })
})

describe('facts', () => {
  it('takes no placeholder for the company: "join XXX as a booth renter"', () => {
    const d = doc('Dear Sam,\n\nThank you for the offer to join XXX as a booth renter. I must decline.\n\nBest,\nJo\n')
    expect(d.facts.company).toBeUndefined()
  })

  it('reads role and company from the body when there is no metadata', () => {
    const d = doc('Dear Sam,\n\nThank you for the invitation to interview for the Senior Data Analyst position at Northwind Traders. I decline.\n\nBest,\nJo\n')
    expect(d.facts).toMatchObject({role: 'Senior Data Analyst', company: 'Northwind Traders', kind: 'interview', recipient: 'Sam', sender: 'Jo'})
  })

  it('reads a job offer declined after interviews as an offer, and an offer to interview as an interview', () => {
    expect(doc('Thank you for your time at my final interview. I must decline the offer.\n').facts.kind).toBe('offer')
    expect(doc('Thank you for offering me a second interview. I must decline.\n').facts.kind).toBe('interview')
    expect(doc('Thank you for your interview offer. I must decline.\n').facts.kind).toBe('interview')
    expect(doc('Thank you for the offer of a call next week. I must decline.\n').facts.kind).toBe('unknown')
  })

  it('prefers front matter', () => {
    const d = doc('---\ncompany: Acme\nrole: Designer\n---\n\nI decline the offer for the Analyst role at Globex.\n', 'a.md')
    expect(d.facts).toMatchObject({company: 'Acme', role: 'Designer', kind: 'offer'})
  })
})

describe('sentiment', () => {
  it('scores polite decline words as neutral and capitalised words like lower-case ones', () => {
    const d = doc('Unfortunately, I regret that I must decline. Terrible pay.\n')
    expect(d.sentences[0].polarity).toBe(0)
    expect(d.sentences[1].polarity).toBeLessThan(0)
  })

  it('splits clauses and scores each, flipping a negated word', () => {
    const d = doc('The team seemed nice, but the pay was awful.\n')
    const [first, second] = d.sentences[0].clauses
    expect(first.polarity).toBeGreaterThan(0)
    expect(second.polarity).toBeLessThan(0)
    expect(second.about.has('pay')).toBe(true)
    expect(doc('The offer was not bad.\n').sentences[0].clauses[0]).toMatchObject({negated: true})
    expect(doc('The offer was not bad.\n').sentences[0].clauses[0].polarity).toBeGreaterThan(0)
  })
})

describe('match and search', () => {
  it('returns absolute spans of the words, without trailing punctuation', () => {
    const text = 'Dear Sam,\n\nI decline. Thanks for nothing.\n'
    const found = doc(text).match(['thanks for nothing'])
    expect(found).toHaveLength(1)
    expect(text.slice(found[0].start, found[0].end)).toBe('Thanks for nothing')
    const contraction = "Dear Sam,\n\nI'd never work there, and I'm Sorry.\n"
    expect(doc(contraction).match(['(will|would) never work', 'am sorry']).map((match) => match.text)).toEqual(["I'd never work", "I'm Sorry"])
    const searched = doc(text).search(/decline/g)
    expect(text.slice(searched[0].start, searched[0].end)).toBe('decline')
  })
})

describe('parts made when first read', () => {
  it('runs the retext checkers once, however often their messages are read', () => {
    const d = doc('Dear Sam,\n\nThe chairman was kind, but I decline.\n')
    const first = d.retextMessages.map((message) => `${message.source} ${message.reason}`)
    expect(first.some((line) => line.startsWith('retext-equality'))).toBe(true)
    expect(d.retextMessages.map((message) => `${message.source} ${message.reason}`)).toEqual(first)
  })

  it('splits a sentence into clauses once, so what is said of a clause holds on every read', () => {
    const sentence = doc('The team was great, but the pay was low.\n').sentences[0]
    expect(sentence.clauses).toBe(sentence.clauses)
  })
})
