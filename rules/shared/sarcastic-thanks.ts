import type {Document, Match} from '../../src/document/document.js'

/**
 * Sarcastic thanks, shared by gratitude (they are no thanks) and negative-remarks (they are a jab at
 * the process). Thanks for the recipient's silence or a wait: "thanks for the radio silence",
 * "thank you for the six weeks of complete silence", "thank you for the lovely long wait", "many
 * thanks for the thrilling suspense" (compromise match patterns).
 */
export const thanksForSilence = [
  '(thanks|thank you) (a lot|a bunch|a million|a ton|so much)? for the radio? silence',
  // "Many thanks for the seven weeks of thoughtful silence", "Thank you ever so much for the six weeks of silence"
  '(thanks|thank you) .{0,3} for the (few|many|long|#Value)? (days|weeks|months) of (complete|total|utter|deafening|stony|#Adjective)? radio? silence',
  // "I'm grateful, I suppose, for the six restful weeks of quiet"
  '(grateful|thankful) .{0,3} for the (few|many|long|#Value)? #Adjective? (days|weeks|months) of #Adverb? #Adjective? (quiet|silence)',
  // "Many thanks for the seven weeks of perfectly uninterrupted quiet since my final interview"
  '(thanks|thank you) .{0,3} for the (few|many|long|#Value)? (days|weeks|months) of #Adverb? #Adjective? quiet',
  '(thanks|thank you) (a lot|a bunch|a million|a ton|so much)? for the (lovely|nice|wonderful|long|lengthy)? (long|lengthy)? wait',
  // "Many thanks for the six weeks of waiting by the phone that followed my second interview"
  '(thanks|thank you) (a lot|a bunch|a million|a ton|so much)? for the (few|many|long|#Value)? (days|weeks|months) of (waiting|chasing|guessing|wondering)',
  // "Thank you so much for the gripping suspense since my trial bake"
  '(thanks|thank you) (a lot|a bunch|a million|a ton|so much)? for the (thrilling|exciting|nail-biting|delightful|lovely|gripping|riveting|#Adjective)? (suspense|cliffhanger)',
  // "Many thanks for keeping me waiting seven weeks" (but "thank you for keeping me in the loop" is sincere).
  '(thanks|thank you) (so much|very much|a lot|#Adverb)? for (keeping|leaving) me (waiting|hanging|guessing)',
  '(thanks|thank you) (so much|very much|a lot|#Adverb)? for (keeping|leaving) me on (tenterhooks|edge)',
  '(thanks|thank you) (so much|very much|a lot|#Adverb)? for (keeping|leaving) me in the dark',
  // "Thank you so much for the masterclass in patience that the seven weeks ... have been"
  '(thanks|thank you) (so much|very much|a lot|a bunch|a million)? for the (masterclass|lesson|education|exercise|training|tutorial) in (patience|waiting)',
  // "Thanks ever so much for letting my three follow-up emails gather dust"
  '(thanks|thank you) .{0,3} for (letting|leaving) (my|our) .{0,4} (gather|collect|gathering|collecting) dust',
  // "Thank you so much for keeping me company with an empty inbox"
  '(thanks|thank you) (so much|very much|a lot|#Adverb)? for keeping me company with (an|my)? (empty|silent|quiet) (inbox|phone|mailbox)',
  // "Thank you so much for letting me refresh my inbox every morning for seven weeks"
  '(thanks|thank you) .{0,3} for (letting|leaving|making) me (refresh|check|watch|stare at|refreshing|checking) my (inbox|phone|email|emails|mailbox|voicemail)'
]

/** Thanking words, the writer's gratitude among them: sarcasm wears either. */
const thanking = '(thanks|thank you|grateful|thankful)'

/**
 * Thanks (or gratitude) for keeping the writer informed, for a prompt reply, for a quiet spell or
 * for a well-run day, sarcastic when the rest of the sentence or the next one says nothing came or
 * nobody came: "Thank you so much for keeping me so well informed ... Not a single word has
 * reached me", "I'm so grateful for the steady flow of news ...; I've kept every update, which
 * hasn't taken up much room, since there haven't been any".
 */
const thanksForNews = [
  // "for keeping me so thoroughly in the loop"
  `${thanking} (so much|very much|a lot)? for keeping me #Adverb? #Adverb? (informed|updated|posted)`,
  // "Thank you ever so much for keeping me so well informed"
  `${thanking} ever so much for keeping me #Adverb? #Adverb? (informed|updated|posted)`,
  `${thanking} (so much|very much|a lot)? for keeping me #Adverb? #Adverb? in the loop`,
  // "Thank you so much for the thoughtful way your office kept me posted"
  `${thanking} .{0,3} for the #Adjective? way (you|your|the) #Noun? (kept|keep) me #Adverb? (informed|updated|posted|in the loop)`,
  // "Thank you so much for the prompt and attentive follow-up ...; I am still waiting for it.", "the
  // wonderfully attentive follow-up ...; I am sure it will arrive one of these days"
  `${thanking} (so much|very much|a lot)? for (the|your) #Adverb? (prompt|speedy|quick|swift|timely|attentive|regular) (and #Adjective)? (follow-up|follow|reply|replies|response|responses|feedback|update|updates|communication) up?`,
  // "the lightning-quick replies" (compromise splits the hyphen into two words)
  `${thanking} (so much|very much|a lot)? for (the|your) lightning (quick|fast|swift) (reply|replies|response|responses|updates|communication|communications)`,
  // "Thank you ever so much for the wonderfully detailed updates since my second interview; I have
  // treasured every single one of the none that arrived"
  // "Thank you so much for all the feedback after my final interview; I especially treasured the part where nobody sent any"
  'thank you .{0,3} for all? (the|your) #Adverb? (#Adjective|#PastTense)? (update|updates|reply|replies|response|responses|feedback|communication|communications)',
  'thanks .{0,3} for all? (the|your) #Adverb? (#Adjective|#PastTense)? (update|updates|reply|replies|response|responses|feedback|communication|communications)',
  // "Thank you, truly, for the speed of your HR team, who managed to get ... to no reply whatsoever"
  `${thanking} .{0,3} for the (speed|swiftness|promptness|efficiency|diligence) of (your|the)`,
  // "Many thanks for the seven peaceful weeks since my first interview ...; not hearing a single word"
  `${thanking} (so much|very much|a lot)? for the #Value? #Adverb? (peaceful|quiet|restful|tranquil|calm) (days|weeks|months)`,
  // "Many thanks for the enthralling eight weeks since my second-round interview", "the lively two months of correspondence"
  `${thanking} .{0,3} for the #Adjective #Value (days|weeks|months)`,
  // "Many thanks for the beautifully quiet month and a half since my second interview"
  `${thanking} .{0,3} for the #Adverb (peaceful|quiet|restful|tranquil|calm|silent) (day|days|week|weeks|fortnight|month|months)`,
  // "Thank you for making the month since my second interview ... such a restful one: not a call, not an email"
  `${thanking} .{0,3} for making (the|these|those|my) .{0,15} (such|so) a? #Adverb? (restful|peaceful|quiet|calm|tranquil|relaxing|relaxed)`,
  // "Thank you for the generous gift of time since my final interview ...: not one of my emails ... received an answer"
  `${thanking} .{0,3} for the #Adjective? gift of time`,
  // "Thank you for that quiet spell"
  `${thanking} .{0,3} for (that|the|this) #Adverb? (quiet|peaceful|restful|tranquil|calm|silent) (spell|stretch|period|interlude|patch|break|while)`,
  // "Thank you so much for the wonderfully organised trial shift" (then "waiting for someone to
  // remember I was there"), "I am so grateful for the carefully prepared contract, which arrived three
  // weeks after the promised date"
  `${thanking} .{0,3} for the #Adverb (organised|organized|planned|run|managed|coordinated|prepared|handled|arranged|considered)`,
  // "Thank you for the rare privilege of memorising the valley station timetable"
  `${thanking} .{0,3} for the #Adjective? (privilege|pleasure|joy|delight|honour|honor|treat) of (memorising|memorizing|reading|rereading|studying|waiting|sitting|standing|staring|pacing|admiring|counting)`,
  // "Many thanks for the riveting six weeks" (compromise may tag "riveting" a gerund)
  `${thanking} .{0,3} for the #Gerund #Value (days|weeks|months)`,
  // "for the steady stream of updates", "the riveting correspondence"
  `${thanking} .{0,3} for (the|your) #Adjective? (stream|flow|torrent|flood|deluge|wealth) of (update|updates|news|emails|replies|communication)`,
  `${thanking} .{0,3} for (the|your) #Adverb? #Adjective? correspondence`
]

/**
 * Nothing counted as if it were something: "every one of the zero replies", "all none of them",
 * "I have treasured every single one of the none that arrived", "a grand total of zero". Only
 * sarcasm counts nothing that way, so any thanks before one in its sentence is belied, however it
 * is worded; a plain note of silence ("I have heard nothing since") is not one of these, and
 * sincere thanks beside it stay thanks.
 */
const countedNothing = [
  'the zero (replies|emails|updates|calls|responses|answers|messages|words)',
  'all none of (them|it)',
  'of the none',
  '(a|the) grand total of (zero|none|nothing|nil)',
  'all zero of (them|my|our)'
]

/** Thanks in any wording, for a sentence that counts nothing after it. */
const anyThanks = ['(thanks|thank you)', '(grateful|thankful) for']

/** A complaint that nothing came, or that nobody came, which belies thanks for news just before it. */
const nothingCame = [
  'not (a|one) single? (word|reply|update|line|email|call|message)',
  // "not hearing a single word from anyone", "Six weeks without a single reply to my three emails"
  '(not|never) (hearing|receiving|getting) (a|one) single? (word|reply|update|line|email|call|message)',
  'without (a|one) single? (word|reply|update|line|email|call|message|response)',
  '(heard|received|had) (nothing|no word|not a word|no news|no reply|no update)',
  '(i|we) am? are? still waiting (for it|for one|for them)',
  '(it|one|they) (will|might|may|should) (arrive|come|turn up|show up) one of these days',
  // "the single email I did receive was, I'm sure, worth the wait"
  'the (single|one|only|lone) (email|reply|message|update|call|letter) (i|we) (did|ever)? (receive|received|got|get)',
  // "the two months in which nobody answered a single one of my emails"
  '(nobody|noone) (answered|replied|responded|wrote|called|rang|returned|acknowledged|sent|gave)',
  'no one (answered|replied|responded|wrote|called|rang|returned|acknowledged|sent|gave)',
  'no (reply|response|word|answer|update|news) (whatsoever|at all)',
  // "not one of my three follow-up emails has been answered"
  'not one of (my|our) .{0,5} (has|have|was|were) been? (answered|returned|acknowledged)',
  'not one of (my|our) .{0,6} (received|got|had|drew) (an|a|any)? (answer|reply|response|acknowledgement|acknowledgment)',
  // "I counted them at the end of the seventh week, and it did not take long"
  '(counted|count) (them|those|it) .{0,10} not take #Pronoun? long',
  // "I have enjoyed all seven weeks of them, each one as silent as the last"
  '(each|every) one? (as|more) (silent|quiet|empty|blank) (as|than)',
  '(none|nothing) (that|which)? (ever)? (arrived|came)',
  // "none of it ever arrived", "three voicemails, not one returned in eight weeks"
  '(none|nothing) of (it|them) (ever)? (arrived|came|reached)',
  'not one (returned|answered|acknowledged)',
  ...countedNothing,
  // "my inbox stayed perfectly, beautifully empty", "I had no idea an inbox could lie so perfectly still"
  '(inbox|phone|mailbox|voicemail) (could|would|can)? (stayed|stay|remained|remain|was|sat|sit|lie|lay) #Adverb? #Adverb? (empty|silent|quiet|still)',
  // "since there haven't been any"
  'there (have|has|had) not been (any|one)',
  // "arrived three weeks after the promised date", "an interviewer who never came down the mountain",
  // "nobody at the ticket desk had heard my name", "the only message to reach me was an automated survey"
  '(arrived|came|reached me) #Value (days|weeks|months) (after|late|later|past)',
  'who never (came|arrived|showed|turned up|appeared)',
  '(nobody|noone|no one) .{0,6} (had|has) heard (my name|of me)',
  'the (single|one|only|lone) (email|reply|message|update|call|letter) to (reach|arrive|come)',
  // "waiting for someone to remember I was there"
  'waiting for (someone|anyone|somebody|anybody) to (remember|notice|acknowledge|realise|realize|come|tell|show|speak)',
  // "I am sure a reply to my three follow-up emails is on its way": the writer's own chasers unanswered
  'sure (a|the|your|some) (reply|response|answer) to my .{0,5} (is|will|must) be? on (its|the) way'
]

/**
 * Thanks for news that the rest of its sentence, or the next sentence of the paragraph, says never
 * came; and any thanks that the rest of its sentence mocks by counting nothing.
 */
export function beliedThanks(doc: Document): Match[] {
  const complaints = doc.match(nothingCame)
  const forNews = doc.match(thanksForNews).filter((match) => {
    const next = doc.sentences[doc.sentences.indexOf(match.sentence) + 1]
    const sameParagraph = next !== undefined && next.paragraph === match.sentence.paragraph
    return complaints.some((complaint) => (complaint.sentence === match.sentence && complaint.start > match.start) || (sameParagraph && complaint.sentence === next))
  })
  const counted = doc.match(countedNothing)
  const mocked = doc.match(anyThanks).filter((match) =>
    counted.some((count) => count.sentence === match.sentence && count.start > match.start) &&
    !forNews.some((found) => found.sentence === match.sentence))
  return [...forNews, ...mocked]
}
