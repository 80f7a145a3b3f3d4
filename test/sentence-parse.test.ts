import nlp from 'compromise'
import {describe, expect, it} from 'vitest'
import {BoundedCache} from '../src/document/bounded-cache.js'
import {buildDocument} from '../src/document/build.js'
import {mayMatch, requirementOf, termsOf} from '../src/document/prefilter.js'
import {parseSentence} from '../src/document/sentence-parse.js'
import {readDraft} from '../src/input/index.js'

const passes = (pattern: string, text: string) => mayMatch(termsOf(nlp(text)), requirementOf(nlp.parseMatch(pattern)))

describe('prefilter', () => {
  it('turns away a sentence without a word the pattern needs, and lets one with it through to a match', () => {
    expect(passes('thank you', 'Thanks for everything.')).toBe(false)
    expect(parseSentence('Thanks for everything.').match('thank you')).toEqual([])
    expect(passes('thank you', 'I thank you for the offer.')).toBe(true)
    expect(parseSentence('I thank you for the offer.').match('thank you')).toEqual([{from: 2, text: 'thank you'}])
  })

  it('needs one word of an alternation, a tag, and nothing for optional, negative or fuzzy terms', () => {
    expect(requirementOf(nlp.parseMatch('(keep|stay) in #Noun')).map((words) => [...words])).toEqual([['keep', 'stay'], ['in'], ['#Noun']])
    expect(requirementOf(nlp.parseMatch('(keep in touch|stay connected)')).map((words) => [...words])).toEqual([['keep', 'stay']])
    expect(requirementOf(nlp.parseMatch('truly? sorry !not ~apologise~'))).toHaveLength(1)
  })

  // Whenever compromise finds the pattern, the prefilter must have let the sentence through.
  it.each([
    ['i would', 'I’d rather not say.'],
    ['i am', 'I’m afraid I must decline.'],
    ['can not accept', 'I cannot accept the offer.'],
    ['do not', 'I don’t think it fits.'],
    ['#Adjective team', 'A wonderful team.'],
    ['{love/verb} the role', 'I loved the role.'],
    ['(keep in touch|stay connected)', 'Let us stay connected.'],
    ['co-workers', 'My co-workers were kind.'],
    ['thank you', 'THANK YOU for everything.'],
    ['i ~apologise~', 'I apologize for the delay.'],
    ['.? [sorry] for', 'So sorry for the wait.']
  ])('lets "%s" through to "%s"', (pattern, text) => {
    expect(nlp(text).match(pattern).found).toBe(true)
    expect(passes(pattern, text)).toBe(true)
  })
})

describe('sentence cache', () => {
  it('drops the least recently used entry at its capacity', () => {
    const cache = new BoundedCache<string, number>(2)
    cache.set('a', 1)
    cache.set('b', 2)
    expect(cache.get('a')).toBe(1)
    cache.set('c', 3)
    expect(cache.size).toBe(2)
    expect(cache.get('b')).toBeUndefined()
    expect([cache.get('a'), cache.get('c')]).toEqual([1, 3])
  })

  it('keeps an entry read lately for at least half its capacity of new entries, and drops the oldest unread', () => {
    const cache = new BoundedCache<string, number>(4)
    for (const [index, key] of ['a', 'b', 'c', 'd'].entries()) cache.set(key, index)
    expect(cache.get('a')).toBe(0)
    cache.set('e', 4)
    cache.set('f', 5)
    expect([cache.get('b'), cache.get('c')]).toEqual([undefined, undefined])
    expect([cache.get('a'), cache.get('d'), cache.get('e'), cache.get('f')]).toEqual([0, 3, 4, 5])
  })

  it('re-parses only the sentence that changed, and matches in it at its new place', () => {
    const before = buildDocument(readDraft('I must decline the role. Thank you for your time. I wish you well.', 'a.txt'))
    const after = buildDocument(readDraft('I must decline the role. Thank you very much for your time. I wish you well.', 'a.txt'))
    expect(after.sentences[0].view).toBe(before.sentences[0].view)
    expect(after.sentences[1].view).not.toBe(before.sentences[1].view)
    expect(after.sentences[2].view).toBe(before.sentences[2].view)
    expect(after.match('wish you well').map((match) => [match.start, match.text])).toEqual([[62, 'wish you well']])
  })

  it('answers a list of patterns with the matches of each in the list\'s order, the same answer every time', () => {
    const patterns = ['wish you well', 'thank you', '#Verb you']
    const parse = parseSentence('Thank you, and I wish you well.')
    const each = patterns.flatMap((pattern) => parse.match(pattern))
    expect(each.map((match) => match.text)).toEqual(['wish you well', 'Thank you', 'Thank you', 'wish you'])
    expect(parse.matchList(patterns)).toEqual(each)
    expect(parse.matchList(patterns)).toBe(parse.matchList(patterns))
    // In a draft, the matches of a list come in text order, at their places in the text.
    const doc = buildDocument(readDraft('I must decline. Thank you, and I wish you well.', 'a.txt'))
    expect(doc.match(patterns).map((match) => [match.start, match.text])).toEqual([[16, 'Thank you'], [16, 'Thank you'], [33, 'wish you well'], [33, 'wish you']])
  })

  it('finds a regular expression again from the cache, but not one left part-way through a string', () => {
    const parse = parseSentence('Thank you, and you too.')
    const you = /you/g
    expect(parse.search(you)).toEqual([{from: 6, text: 'you'}, {from: 15, text: 'you'}])
    you.lastIndex = 10
    expect(parse.search(you)).toEqual([{from: 15, text: 'you'}])
  })

  it('reads what clauses are about from each draft’s own facts, not from the sentence it saw first', () => {
    const about = (text: string) => [...buildDocument(readDraft(text, 'a.txt')).sentences[1].clauses[0].about]
    expect(about('I applied at Globex. Globex is a mess.')).toContain('company')
    expect(about('I applied at Initech. Globex is a mess.')).not.toContain('company')
  })
})
