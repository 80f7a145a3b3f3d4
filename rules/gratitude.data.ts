/** Words and phrases that thank (compromise match patterns, one per entry). */
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

/** "Thanks to a family move" means "because of": it thanks nobody, and is not reported either. */
export const becauseOf = ['thanks to (a|an|the|my|our|this|that|these|those|some|recent)']

/**
 * What sarcastic thanks are "for". "Keeping" and "leaving" only with what makes them a grievance:
 * "thank you for keeping in touch" is sincere.
 */
const grievances = '(nothing|wasting|ghosting|ignoring|stringing|lowballing|runaround)'
const keptWaiting = '(keeping|leaving) me (waiting|hanging|guessing|in)'

/**
 * Phrases that look like thanks and are not: sarcasm, refusals and negated appreciation.
 * A sentence with one of these never counts as thanks, and is reported.
 */
export const falseThanks = [
  `(thanks|thank you) (a lot|a bunch|so much|very much|again) for ${grievances}`,
  `(thanks|thank you) #Adverb? for the? ${grievances}`,
  `(thanks|thank you) #Adverb? for ${keptWaiting}`,
  'no thanks',
  '(not|never) (really|very|particularly|especially|at all)? (grateful|thankful|appreciative)',
  '(do|did|does|would|could) not (really|particularly)? (appreciate|appreciated)',
  'no need to thank'
]
