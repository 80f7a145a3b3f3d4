/** Nouns for the trouble a decline causes: regret aimed at one of these is an apology. */
const trouble = '(inconvenience|inconveniences|trouble|disruption|hassle|delay|confusion|bother|notice|disappointment)'

/** Words and phrases that apologise (compromise match patterns, matched case-insensitively). */
export const apologies = [
  '(apologise|apologize|apologising|apologizing|apologised|apologized)',
  '(apology|apologies)',
  'sorry',
  // "I regret any inconvenience", "I regret that this may cause some disruption"; a plain
  // "I regret to inform you" regrets the news and apologises for nothing.
  `(regret|regrets|regretted) .{0,8} ${trouble}`,
  // "I regret the extra work this causes", "I regret the extra scheduling this will create" (not "I regret to say that I've picked up extra hours").
  '(regret|regrets|regretted) .{0,8} (extra|additional) (work|effort|admin|cost|costs|burden|pressure|workload|cover|shifts|hassle|scheduling|rescheduling|planning|arranging|paperwork)',
  // "I regret the rearranging this will mean for your interview panel" (not "I regret the decision I made").
  '(regret|regrets|regretted) (the|any) .{1,3} (this|that|it) (will|may|might|could|would)? (cause|causes|mean|means|create|creates|bring|brings|make|makes)',
  '(regret|regrets|regretted) (the|any) .{1,3} my (decision|withdrawal) (will|may|might|could|would)? (cause|causes|mean|means|create|creates|bring|brings|make|makes)',
  '(forgive|pardon|excuse) (me|the|my|any|this|our)',
  // A request to be excused, however it goes on: "Please excuse that I come back with a no".
  'please (forgive|pardon|excuse)'
]

/**
 * Phrases with an apology word that are not the writer apologising: waived or refused apologies,
 * sympathy, pity, the adjective "sorry", and someone else's apology. An apology found inside one
 * of these does not count.
 */
export const notApologies = [
  'no need (at all)? (to|for) (an|any|be)? (apologise|apologize|apology|apologies|sorry)',
  'need not (apologise|apologize)',
  'no (apology|apologies) (is|are)? (needed|necessary|required)',
  'make no (apology|apologies)',
  'nothing to (apologise|apologize) for',
  'do not (be|feel)? (apologise|apologize|sorry)',
  'not #Adverb? sorry',
  'never (apologise|apologize)',
  // Sympathy: "I'm sorry to hear you were ill" is kind, but it apologises for nothing.
  'sorry (to|that) #Adverb? (hear|learn|read|see|hearing|learning)',
  'sorry (for|about) (your|his|her|their) loss',
  '(feel|felt|feeling) sorry for',
  // The adjective: "a sorry state of affairs".
  '(a|the|this|that|what) #Adverb? sorry',
  '(you|he|she|they|#ProperNoun) #Adverb? (apologise|apologize|apologised|apologized|apologises|apologizes)',
  '#Determiner #Noun (apologised|apologized)',
  '(you|he|she|they) (are|were|was|is|seemed|felt) #Adverb? sorry',
  '(your|their|his|her) #Adjective? (apology|apologies)',
  '(apology|apologies) accepted'
]

/** Regret for the news rather than for the trouble: named in the message when nothing else apologises. */
export const regretForNews = [
  'regret to #Verb',
  'regret that (i|we)',
  '(regretfully|regrettably)',
  'with #Adjective? regret'
]
