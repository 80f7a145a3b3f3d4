/**
 * Negation: which words a "not", "no" or "never" reaches. Clause polarities (build.ts) and rules
 * that weigh single words read the same scope, so "not a bad offer" is good news everywhere.
 */
import type {Span} from '../input/draft.js'
import type {Sentence, Word} from './document.js'

/** Words that negate what follows them. */
export const negation = /^(?:not|no|never|neither|nor|none|nothing|nobody|nowhere|without|hardly)$|n['’]t$/i

/**
 * Negations that are really praise or emphasis: "couldn't be more impressed", "can't thank you
 * enough", "not only ... but", "no doubt", "never less than professional".
 */
export const emphatic = /^(?:more|enough|only|least|less|doubt|happier|better|higher)$/i

/**
 * Words a negation does not reach past: doubt, not denial ("I'm not sure the role is the best
 * use of my skills"), and a contrast ("nothing but good things", "no one was anything but kind").
 */
const scopeEnd = /^(?:sure|certain|convinced|whether|if|but|yet|though|although|however)$/i

// The words negationAt looks for, compiled once: a regular expression literal makes a new object
// each time it is evaluated, and negationAt runs for many words of every sentence.
const fromWord = /^from$/i
const farWord = /^far$/i
const noWord = /^no$/i
const sayingNo = /^(?:say|says|saying|said|a|the|answer|hear|hearing)$/i
const withoutWord = /^without$/i
const likeWord = /^like$/i
const anythingWord = /^(?:anything|nothing|something)$/i
/** "other than" and "short of": after a negation they deny the denial. */
const exceptFirst = /^(?:other|short)$/i
const exceptSecond: Record<string, RegExp> = {other: /^than$/i, short: /^of$/i}

/**
 * The negation that reaches `offset` in `sentence`, if any: a negating word before it within `within`,
 * with no scored word, hedge or contrast between them (a scored word ends a negation's reach, as in
 * "I can't accept an offer that is insulting", where "accept" takes the "can't").
 */
export function negationAt(sentence: Sentence, offset: number, within: Span = sentence): Word | undefined {
  // Asked for many words of every sentence: the words in reach are a range of the sentence's (they
  // are in order), walked in place and copied only once a negation is found.
  const {words} = sentence
  let first = 0
  while (first < words.length && words[first].start < within.start) first++
  let end = first
  while (end < words.length && words[end].end <= offset) end++
  for (let index = end - 1; index >= first; index--) {
    const word = words[index]
    const previous = index > first ? words[index - 1].text : ''
    // "far from competitive" denies as "not" does.
    const farFrom = fromWord.test(word.text) && farWord.test(previous)
    // "saying no", "a no": the word "no" itself, not a negation of what follows.
    const saidNo = noWord.test(word.text) && sayingNo.test(previous)
    if ((negation.test(word.text) && !saidNo) || farFrom) {
      // "without" governs only its own few words: in "three weeks without any word after the test
      // felt unprofessional", the verb is out of its reach.
      if (withoutWord.test(word.text) && end - 1 - index > 3) return undefined
      // "nobody could have been more generous", "I didn't find a single part of the process
      // anything less than fair": the emphasis may come anywhere before the word.
      // "nothing about the process was anything other than professional", "nothing about the first
      // interview was anything short of welcoming" deny the denial.
      const between = words.slice(index + 1, end)
      const otherThan = between.some((following, at) =>
        exceptFirst.test(following.text) && exceptSecond[following.text.toLowerCase()].test(between[at + 1]?.text ?? ''))
      // "not in the least intimidating", "not the least bit rushed": "the least" denies all the more.
      const emphasis = between.some((following, at) => emphatic.test(following.text) && !(/^least$/i.test(following.text) && /^the$/i.test(between[at - 1]?.text ?? '')))
      return emphasis || otherThan ? undefined : farFrom ? words[index - 1] : word
    }
    // "never anything like a waste of my time": "like" there compares; it is no praise to stop at.
    const comparing = likeWord.test(word.text) && anythingWord.test(previous)
    if ((word.polarity !== 0 && !comparing) || scopeEnd.test(word.text)) return undefined
  }
  return undefined
}
