/** Words and phrases that thank (compromise match patterns, matched case-insensitively). */
export const thanks = [
  'thank you',
  'thanks',
  'thank',
  'many thanks',
  '(appreciate|appreciated|appreciating)',
  '(grateful|gratitude|appreciative|thankful)',
  '(my|with) appreciation',
  '(honored|honoured|flattered|privileged)',
  'it (was|has been) a (pleasure|privilege)',
  'kind of you'
]

/**
 * Phrases that look like thanks and are not: sarcasm, refusals and negated appreciation.
 * A sentence with one of these never counts as thanks, and is reported.
 */
export const falseThanks = [
  'thanks for nothing',
  'thank you for nothing',
  'thanks a lot for (wasting|nothing)',
  'thank you for wasting',
  'thanks for wasting',
  'no thanks',
  '(not|never) #Adverb? (grateful|thankful|appreciative)',
  "(do|did|does|would|could) not #Adverb? (appreciate|appreciated)",
  'no need to thank'
]
