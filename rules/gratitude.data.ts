/** Words and phrases that thank (compromise match patterns, one per entry). */

import {thanksForSilence} from './shared/sarcastic-thanks.js'
export const thanks = [
  'thank you',
  'thanks',
  'thank',
  'thanking',
  'many thanks',
  // Text-speak thanks still thank (professional-tone reports the spelling).
  '(thx|thnx|thanx|tnx)',
  '(appreciate|appreciated|appreciating)',
  '(grateful|gratitude|appreciative|thankful)',
  '(my|with) appreciation',
  '(honored|honoured|flattered|privileged)',
  'it (was|has been) a (pleasure|privilege)',
  'kind of you'
]

/**
 * Thanking words in another sense, which thank nobody and are not reported either: "thanks to a
 * family move" (because of), "I appreciate that this leaves you short" (I understand), "I'm no
 * good at thank-you notes" (a kind of letter).
 */
export const otherSenses = [
  'thanks to (a|an|the|my|our|this|that|these|those|some|recent)',
  '(appreciate|appreciated) that (this|it|there|my|such)',
  // Without "that": "I appreciate this leaves the rota stretched" (not "I appreciate it very much").
  '(appreciate|appreciated) (this|it) (is|was|will|would|may|might|could|can|leaves|left|puts|put|means|meant|causes|caused|creates|makes|comes|came|has|had|adds)',
  // "I appreciate that you were hoping to fill the post": understanding what the reader needs.
  '(appreciate|appreciated) that you .{0,3} (were|are|had|have) #Adverb? (hoping|hoped|keen|waiting|busy|looking|under|relying|counting|depending|planning|expecting)',
  // The same of the reader's team: "I appreciate that your team was hoping to have someone in place".
  '(appreciate|appreciated) that? (your|the) .{1,3} (was|were|is|are|had|has|have) #Adverb? (hoping|hoped|keen|waiting|relying|counting|depending|planning|expecting)',
  // Also without "that": "I appreciate you need someone in place on nights".
  '(appreciate|appreciated) that? you (need|needed|want|wanted|hoped)',
  // "I appreciate that you had already pencilled me in": understanding the plans the decline upsets.
  '(appreciate|appreciated) that you (had|have) #Adverb? (pencilled|penciled|counted|planned|reserved|blocked)',
  // "I appreciate that you had already lined up the pairing session": plans made, now upset.
  '(appreciate|appreciated) that? you (had|have|were|are) already',
  // "I appreciate that the January induction was planned with me in mind", "... for the new
  // officers at the Board was arranged with my start date in mind", "... around my start".
  '(appreciate|appreciated) that? (the|your) .{0,9} (was|were|been) (planned|arranged|organised|organized|booked|scheduled|prepared|timed) (with|around) (me|my)',
  '(appreciate|appreciated) that? (the|your) .{0,3} (was|were|been) already',
  // "I appreciate that losing a second surveyor in one quarter will stretch the office", "I appreciate
  // that the production office will now have to reopen the search": a consequence understood.
  '(appreciate|appreciated) that (losing|having|finding|replacing|the|this|my|your) .{0,8} (will|would) .? (stretch|leave|put|mean|cause|create|add|make|have)',
  // "I appreciate that the crush schedule was drawn up with my start date in mind"
  '(appreciate|appreciated) that? (the|your) .{0,9} (was|were|been) (drawn|drafted|worked|set|mapped) (up|out) (with|around) (me|my)',
  // "I appreciate that the back-to-school rush is only a couple of weeks away": a state understood.
  '(appreciate|appreciated) that (the|your) .{0,5} (is|are|was|were) #Adverb? (only|just|nearly|almost|close|coming|getting|already|busy|short)',
  // "I appreciate the team had hoped to have someone in post"
  // "I appreciate that your firm had hoped to complete the interviews" ("firm" is also an adjective)
  '(appreciate|appreciated) that? (the|your) (#Noun|firm) (had|has|have|is|are|will|would|needed|hoped|wanted)',
  // "I appreciate that the ward committee had hoped to have a community liaison officer in place"
  '(appreciate|appreciated) that? (the|your) #Noun #Noun (had|has|have)? #Adverb? (hoped|wanted|planned|needed|expected)',
  // "I appreciate that Bergen Nord has been without a permanent manager since the spring": a state understood.
  '(appreciate|appreciated) that (#ProperNoun|#Place)+ (has|have|had) been',
  '(appreciate|appreciated) that (#ProperNoun|#Place)+ (is|are|was|were|needs|needed|wants|wanted|hoped)',
  // "I appreciate that being a hand short in January is the last thing the boat needs": a cost understood.
  '(appreciate|appreciated) that .{0,10} the last thing',
  // "I appreciate that losing a builder right before the spring orders puts you in a bind"
  '(appreciate|appreciated) that .{0,10} (puts|put|leaves|leave) (you|your|the) .{0,2} in a (bind|spot|difficult|tricky|tight|awkward)',
  // "I appreciate that the new lettuce line in Kameoka opens next month": a date understood.
  '(appreciate|appreciated) that (the|your) .{0,6} (opens|starts|begins|launches|runs) (next|this|in|on)',
  // "I appreciate that the summer holidays are your busiest weeks": a season understood.
  '(appreciate|appreciated) that .{0,8} (is|are|was|were) (your|the) #Adverb? (busiest|peak|busy|hardest|heaviest) (time|times|season|seasons|weeks|week|months|month|period|days|stretch)',
  // "I appreciate that the club championships in March leave you very little time"
  '(appreciate|appreciated) that .{0,10} (leave|leaves|left) (you|your|the) .{0,2} (little|short|no|without)',
  // "I appreciate how awkward this makes things for CCU": understanding what the decline upsets.
  '(appreciate|appreciated) how #Adverb? (awkward|difficult|hard|inconvenient|frustrating|disruptive|annoying|disappointing|tricky|stressful|late|short|busy)',
  'thank you (note|notes|card|cards|letter|letters|email|emails)',
  // A wish, not thanks: "I would be honoured to be considered for a junior officer post".
  '(would|will) #Adverb? be #Adverb? (honored|honoured|privileged) to'
]

/** What sarcastic thanks are "for" (being kept waiting is in the shared thanksForSilence). */
const grievances = '(nothing|wasting|ghosting|ignoring|stringing|lowballing|runaround)'

/**
 * Phrases that look like thanks and are not: sarcasm, refusals and negated appreciation.
 * A sentence with one of these never counts as thanks, and is reported.
 */
export const falseThanks = [
  `(thanks|thank you) (a lot|a bunch|a million|a ton|so much|very much|again) for ${grievances}`,
  ...thanksForSilence,
  `(thanks|thank you) #Adverb? for the? ${grievances}`,
  'no thanks',
  '(not|never) (really|very|particularly|especially|at all)? (grateful|thankful|appreciative)',
  '(do|did|does|would|could) not (really|particularly)? (appreciate|appreciated)',
  'no need to thank'
]
