/**
 * What a decision is made of. Entries are regular-expression sources (matched case-insensitively
 * against one sentence at a time), so that inflections and contractions stay readable in one place.
 */

/** A verb a decision can be stated with, and how a hedged use of it is rewritten firmly. */
export interface DecisionVerb {
  /** Base forms: "decline". */
  base: string[]
  /** The -ing form of each base form, in the same order: "declining". */
  ing: string[]
  /** Simple-past forms: "I declined a similar role" tells a story unless "have" precedes it. */
  past?: string[]
  /** What must follow (a particle, an object, or a lookahead ruling a sense out), as a regex source. */
  after?: string
  /** The words a hedged use is rewritten to start with, before the base form ("I will not"). */
  lead?: string
}

/** Room for a short object between a phrasal verb and its particle: "turn (it) down". */
const object = String.raw`(?:\s+[\w'’-]+){0,3}?`

/**
 * Verbs that turn something down when the writer is their subject and they are not negated:
 * "I must respectfully decline", "Please withdraw my application", "I'll pass on this one".
 * A hedged use is rewritten to "I have decided to <base> ...".
 */
export const declineVerbs: DecisionVerb[] = [
  {base: ['decline'], ing: ['declining'], past: ['declined']},
  {base: ['withdraw'], ing: ['withdrawing'], past: ['withdrew', 'withdrawn']},
  {base: ['turn'], ing: ['turning'], past: ['turned'], after: object + String.raw`\s+down\b`},
  // "pass on my thanks" is not a decision: only "pass on this/the/it/your...", "pass on Thursday's interview",
  // "pass on interviewing", "pass on putting my name forward" or a bare "I'll pass (for now)."
  {
    base: ['pass'],
    ing: ['passing'],
    past: ['passed'],
    after: String.raw`\s+(?:on|up)\s+(?:this|the|it|that|your|interviewing|applying|proceeding|joining|accepting|being|putting|taking|going|moving|attending|signing|starting)\b|\s+on\s+[\w-]+['’]s\s+(?:interview|call|offer|meeting|chat|session|screen|round)\b|(?=\s*(?:[.!;,–—]|\s-\s|$|for\s+now\b|this\s+time\b|at\s+this\s+(?:time|stage)\b))`
  },
  {base: ['bow', 'back', 'pull', 'opt', 'drop'], ing: ['bowing', 'backing', 'pulling', 'opting', 'dropping'], past: ['bowed', 'backed', 'pulled', 'opted', 'dropped'], after: String.raw`\s+out\b`},
  {base: ['step'], ing: ['stepping'], past: ['stepped'], after: String.raw`\s+(?:back|aside|away|down)\b`},
  // "I've decided to sit this one out"
  {base: ['sit'], ing: ['sitting'], past: ['sat'], after: String.raw`\s+(?:this|it|that)(?:\s+one)?\s+out\b`},
  // Australian and British: "I've decided to knock it back".
  {base: ['knock'], ing: ['knocking'], past: ['knocked'], after: object + String.raw`\s+back\b`},
  {base: ['say'], ing: ['saying'], past: ['said'], after: String.raw`\s+no\b`},
  {base: ['skip', 'cancel'], ing: ['skipping', 'cancelling'], past: ['skipped', 'cancelled', 'canceled'], after: String.raw`\s+(?:it|this|the|my|our|your)\b|(?=\s*(?:[.!;,]|$))`},
  {base: ['give'], ing: ['giving'], past: ['gave'], after: object + String.raw`\s+a\s+miss\b`},
  {base: ['reject', 'forgo'], ing: ['rejecting', 'forgoing'], past: ['rejected', 'forwent']},
  // Going back on an acceptance: "I have decided to rescind my acceptance".
  {base: ['rescind', 'retract', 'revoke'], ing: ['rescinding', 'retracting', 'revoking'], past: ['rescinded', 'retracted', 'revoked'], after: String.raw`\s+(?:my|the|our)\s+(?:acceptance|application|candidacy)\b`},
  // "I have decided to take my name out of the running".
  {base: ['take', 'pull'], ing: ['taking', 'pulling'], past: ['took', 'pulled'], after: object + String.raw`\s+out\s+of\s+(?:the\s+)?(?:running|race|process|reckoning)\b`},
  // "I have decided to take my application no further"
  {base: ['take'], ing: ['taking'], past: ['took'], after: String.raw`\s+(?:my\s+(?:application|candidacy)|things|it|this|matters)\s+no\s+further\b`},
  {base: ['remove'], ing: ['removing'], past: ['removed'], after: String.raw`\s+(?:me|myself|my\s+(?:name|application|candidacy|details))\b`},
  // Implied: taking something else, or staying put, turns this one down.
  {
    base: ['accept', 'take', 'pursue'],
    ing: ['accepting', 'taking', 'pursuing'],
    past: ['accepted', 'took', 'pursued'],
    // "I've decided to accept a position at a biotech in Cambridge instead", "accept a counter-offer",
    // "I have decided to accept a doctoral position at the Universidad Autónoma" (a, not your: another one)
    after: String.raw`\s+(?:an?\s+)?(?:another|other|different|alternative)\b|\s+(?:an?\s+|the\s+|(?:my|their|his|her|our)\s+(?:[\w-]+['’]s\s+)?)?counter[-\s]?offer\b|\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:offer|position|role|job|post|place)\b(?=[^.!?;]{0,80}\binstead\b)|\s+(?:an?\s+)?(?:offer|position|role|job)\s+(?:elsewhere|(?:with|at|from)\s+(?:another|a\s+different|a\s+competing)\b)|\s+an?\s+(?:[\w-]+\s+){0,2}?(?:offer|position|role|job|post|place|studentship|fellowship)\s+(?:at|with|in)\s+(?!(?:your|this|the\s+same)\b)`
  },
  {base: ['stay', 'remain', 'continue'], ing: ['staying', 'remaining', 'continuing'], past: ['stayed', 'remained', 'continued'], after: String.raw`(?:\s+[\w'’-]+){0,2}?\s+(?:with|in|at)\s+my\s+(?:current|present)\b`},
  {base: ['go', 'look'], ing: ['going', 'looking'], past: ['went', 'looked'], after: String.raw`\s+(?:in\s+)?(?:a\s+)?different\s+direction\b|\s+elsewhere\b`}
]

/**
 * Verbs that state a decline when negated: "I will not be attending", "I am unable to accept",
 * "I have decided not to move forward", "I no longer wish to be considered".
 */
export const acceptVerbs: DecisionVerb[] = [
  {base: ['attend', 'join'], ing: ['attending', 'joining'], lead: 'I will not'},
  // Indian English: "I will not be appearing for the interview".
  {base: ['appear'], ing: ['appearing'], after: String.raw`\s+(?:for|in|at)\s+(?:the|this|your|my|tomorrow['’]s)\b`, lead: 'I will not'},
  {base: ['accept'], ing: ['accepting'], lead: 'I have decided not to'},
  // "I have decided not to audition for the role"
  {base: ['audition'], ing: ['auditioning'], after: String.raw`\s+for\b|(?=\s*(?:[.!;,]|$))`, lead: 'I have decided not to'},
  // Not a manner of taking: "I don't take it lightly", "I don't take this for granted".
  // "I won't be taking on bank shifts this winter"
  // "I will not be taking up my place on the graduate scheme"; a childminder's "I have decided not to
  // take on another child in January"
  {base: ['take'], ing: ['taking'], after: String.raw`(?:\s+(?:up|on))?\s+(?:the|this|your|that|it)\b(?!\s+(?:lightly|for\s+granted|personally|seriously|to\s+heart)\b)|\s+up\s+my\s+(?:place|seat|spot|offer|position|post)\b|\s+(?:up|on)\s+(?:[\w-]+\s+){0,2}?(?:shifts|hours|sessions|work|contracts?)\b|\s+part\b|\s+(?:them|it|this|that)\s+(?:up|on)\b|\s+them\b|\s+(?:my\s+application|things|it|this|matters)\s+(?:any\s+)?further\b|\s+on\s+(?:another|any\s+more|more|any\s+other|a\s+new)\s+(?:child|children|kids|famil(?:y|ies)|clients?|pupils?|students?|patients?)\b`, lead: 'I have decided not to'},
  {base: ['commit'], ing: ['committing'], after: String.raw`\s+to\b`, lead: 'I have decided not to'},
  // "I have decided not to opt for the transfer this year"
  {base: ['opt'], ing: ['opting'], after: String.raw`\s+(?:for|in|into)\s+(?:the|this|it|that|your)\b`, lead: 'I have decided not to'},
  // Not "come up" or "come back", unless back for a season or to do a job again: "I will not come
  // back for this season", "I won't be coming back to run the ropes course" (not "I won't come back
  // to you until Friday", "... to the office until Monday").
  {
    base: ['come'],
    ing: ['coming'],
    after: String.raw`(?!\s+(?:up|across|to\s+terms)\b)(?!\s+back\b(?!\s+(?:for\s+)?(?:this|the|next)\s+(?:[\w-]+\s+)?(?:season|vintage|harvest|summer|winter|contract|year)\b|\s+to\s+(?:run|lead|coach|teach|help|guide|instruct|manage|captain|join)\b))`,
    lead: 'I will not be able to'
  },
  {base: ['make'], ing: ['making'], after: String.raw`\s+it\b`, lead: 'I will not be able to'},
  // A seasonal post: "I won't be returning to the brigade this season", "not to return next summer".
  {base: ['return'], ing: ['returning'], after: String.raw`\s+(?:to\s+(?:the|your|this)\s+(?:[\w-]+\s+)?(?:team|crew|brigade|squad|camp|site|farm|ward|school|club|company|firm|role|post|position|job|season|programme|program)\b|for\s+(?:the|this|next)\s+(?:[\w-]+\s+)?(?:season|year|summer|winter|harvest|intake)\b|(?:this|next)\s+(?:season|year|summer|winter|spring|autumn)\b)`, lead: 'I will not'},
  // A tender turned down: "I won't be putting a price in this time", "we will not be submitting a quote".
  {base: ['put'], ing: ['putting'], after: String.raw`\s+(?:a|our|my|in\s+(?:a|an|our|my))\s+(?:price|quote|bid|tender|proposal)\b`, lead: 'I will not'},
  {base: ['submit', 'quote', 'bid', 'tender'], ing: ['submitting', 'quoting', 'bidding', 'tendering'], after: String.raw`(?:\s+(?:a|an|our|my)\s+(?:price|quote|bid|tender|proposal)\b|\s+for\s+(?:the|this|your)\b)`, lead: 'I will not'},
  // "I won't be doing the trial shift", "I will not do the assessment day"
  {
    base: ['do'],
    ing: ['doing'],
    after: String.raw`\s+(?:the|this|that|your|my|tomorrow['’]s)\s+(?:[\w-]+\s+){0,2}?(?:trial|shift|interview|assessment|task|test|placement|internship|job|role|apprenticeship|contract|audition)s?\b`,
    lead: 'I will not'
  },
  // Philippine English: "I will not be pushing through with the final interview".
  {base: ['push'], ing: ['pushing'], after: String.raw`\s+through\s+with\b`, lead: 'I have decided not to'},
  {
    base: ['proceed', 'continue', 'progress', 'participate', 'pursue'],
    ing: ['proceeding', 'continuing', 'progressing', 'participating', 'pursuing'],
    lead: 'I have decided not to'
  },
  // "I won't be going for the role", "I've decided not to go on secondment this time"
  {
    base: ['move', 'go'],
    ing: ['moving', 'going'],
    after: String.raw`\s+(?:forward|ahead|(?:any\s+)?further|for\s+(?:it|this|that)\b(?!\s+(?:reason|purpose))|for\s+(?:the|this|that|your)\s+(?:[\w-]+\s+){0,2}?(?:role|job|position|post|opening|vacancy|contract|opportunity|offer|promotion|interview)s?|on\s+(?:(?:the|a|this|that|your)\s+)?(?:[\w-]+\s+)?(?:secondment|placement|rotation|attachment|posting|deployment|exchange)s?)\b`,
    lead: 'I have decided not to'
  },
  // Standing for election to a post: "I've decided not to stand this time", "not to stand for appointment
  // this year" (not "I won't stand for this").
  {
    base: ['stand'],
    ing: ['standing'],
    after: String.raw`(?=\s*(?:[.!;,]|$|this\s+(?:time|year)\b|on\s+this\s+occasion\b|again\b|for\s+(?:election|re-?election|office|appointment|re-?appointment|selection|nomination|the\s+(?:committee|board|role|post|position|election))\b|as\s+(?:a\s+|the\s+)?(?:treasurer|chair|chairperson|candidate|trustee|director|secretary|governor|member|president|officer)\b))`,
    lead: 'I have decided not to'
  },
  {base: ['put'], ing: ['putting'], after: String.raw`\s+(?:myself|my\s+name|my\s+application)\s+forward\b`, lead: 'I have decided not to'},
  {base: ['interview'], ing: ['interviewing'], lead: 'I will not'},
  // "I have decided not to apply": only for the role, not "apply any pressure".
  {base: ['apply'], ing: ['applying'], after: String.raw`(?=\s*(?:[.!;,]|$|for\b|to\s+(?:the|this|your|that|it)\b|at\s+(?:this|the)\s+(?:time|stage|moment|point)\b|on\s+this\s+occasion\b|this\s+time\b|(?:for|right)\s+now\b))`, lead: 'I have decided not to'},
  {
    base: ['sign', 'consider'],
    ing: ['signing', 'considering'],
    after: String.raw`\s+(?:the|this|your)\s+(?:[\w-]+\s+)?(?:offer|contract|role|position|opportunity)\b`,
    lead: 'I have decided not to'
  },
  {base: ['be'], ing: ['being'], after: String.raw`\s+(?:considered|there|part\s+of|put\s+forward)\b`, lead: 'I do not wish to'},
  {base: ['interested'], ing: [], lead: 'I am not'}
]

/** Decisions stated without a decision verb: "Please accept this email as my formal withdrawal." */
export const nounDecisions = [
  String.raw`\bmy\s+(?:[a-z]+\s+){0,2}(?:of\s+)?(?:withdrawal|regrets)\b`,
  String.raw`\b(?:decided|concluded|realised|realized)\s+(?:that\s+)?(?:the|this)\s+(?:role|position|job|offer|opportunity)\s+(?:is\s+not|isn['’]t)\s+(?:for\s+me|(?:the\s+)?right|a\s+good)\b`,
  String.raw`\bmy\s+(?:final\s+)?(?:answer|response)\s+(?:is|has\s+to\s+be|must\s+be)\s+(?:a\s+)?no\b`,
  String.raw`\b(?:it['’]s|it\s+is|this\s+is)\s+a\s+(?:no|pass)\s+(?:from|for)\s+me\b`,
  String.raw`\b(?:thanks|thank\s+you),?\s+but\s+no\s+thanks?\b`,
  String.raw`\b(?:decided|chosen|chose|opted)\s+against\s+(?:taking|accepting|joining|pursuing|proceeding|attending|going|moving|continuing)\b`,
  // Staying put, decided: "I have decided to stay in Corporate Planning", "decided to stay with the adult learners program",
  // "I've decided to stay put in Aberaeron".
  String.raw`\b(?:decided|chosen|chose|opted|elected)\s+to\s+(?:stay|remain)\s+(?:put\s+|on\s+)?(?:with|in|at|where)\b(?!\s+(?:touch|contact|the\s+(?:running|process|loop|frame|pool)|consideration|your)\b)`
]

/** Who states a decision: the writer, an imperative, or the letter itself. */
export const subjects = [
  // Typed on a phone, apostrophes dropped: "ive decided", "im going to".
  String.raw`\b(?:I|we)(?:['’](?:m|ll|d|ve|re))?(?![\w'’])|\b(?:ive|im)\b`,
  String.raw`\b(?:please|kindly)\b`,
  // A request: "I would be grateful if you could withdraw my application".
  String.raw`\bif\s+you\s+(?:could|would|can)(?:\s+(?:please|kindly))?(?=\s)`,
  // "I must ask you to withdraw my application".
  String.raw`\b(?:ask|request)\s+(?:that\s+)?you(?=\s)`,
  // The second verb of "I have thought it over and will not be attending" (checked for an earlier "I").
  // Also "...and decided to withdraw", "...and to decline the transfer", "...and therefore wish to withdraw".
  String.raw`\b(?:and|but)(?=\s+(?:will|won['’]t|must|shall|cannot|can['’]t|would|might|may|could|probably|am|have|need|do|don['’]t|decline|withdraw|turn|pass|step|pull|back|bow|opt|decided|chosen|opted|to|not|therefore|thus|hence|consequently|accordingly|so|wish|want|now|also|hereby|respectfully)\b)`,
  String.raw`\bmy\s+(?:final\s+)?(?:decision|answer)\s+(?:is\s+|has\s+been\s+|will\s+be\s+)?to\b`,
  String.raw`\b(?:this|my)\s+(?:e-?mail|letter|message|note|reply|response)\s+is\s+to\b`
]

/** "can't", "wouldn't", and typed on a phone without the apostrophe, "cant", "wouldnt". */
const contractedNot = String.raw`(?:ca|wo|do|does|did|would|could|should|is|are|was|were|must|have|has|had|ai)n['’]?t`

/**
 * Words that may stand between the subject and the verb: auxiliaries, negations, verbs of
 * deciding and wanting, and "-ly" adverbs. Anything else ends the verb chain, so that
 * "I've noticed that sales declined" does not make the writer the one declining.
 */
export const chainWords = [
  String.raw`am|are|is|was|were|be|been|being|will|would|shall|should|must|can|could|may|might|have|has|had|do|does|did`,
  String.raw`not|never|no\s+longer|unable|cannot|${contractedNot}`,
  String.raw`to|able|going|gonna|got|need|needs|want|wish|like|prefer|rather|hope|intend|plan|planning|also|now|therefore|thus|hence|nevertheless|nonetheless|consequently|accordingly|instead|still|just|already|hereby|regret|having|writing|write|ringing|calling|phoning|here|today|formally|officially`,
  String.raw`decided|decide|chosen|choose|chose|opted|elected|determined|resolved|concluded|feel|felt|think|thinking|thought|guess|suppose|considering|leaning|about|of|towards?`,
  String.raw`(?:make|made|come\s+to|reached)\s+(?:the|a|my)\s+(?:[\w-]+\s+)?decision|(?:make|made)\s+up\s+my\s+mind|no\s+(?:choice|option)\s+but|in\s+a\s+position|[a-z]+ly`,
  // "I've decided it's right to decline".
  String.raw`(?:that\s+)?it(?:['’]s|\s+is|\s+was)\s+(?:right|best|better|wiser|time|fairer)`
]

/** A negation in the verb chain. */
export const negation = String.raw`\b(?:not|never|no\s+longer|unable|cannot)\b|n['’]t\b|\b${contractedNot}\b`

/** Words that leave the decision open; "couldn't possibly" is firm, so "possibly" after a negation is not one. */
export const hedges = [
  String.raw`\bmight\b`,
  String.raw`\bmay\s+(?:not|have|need|be|want|end|decide|choose|well|also|just|only)\b`,
  String.raw`\bI\s+may\b`,
  String.raw`\b(?:maybe|perhaps|probably|likely|presumably)\b`,
  String.raw`(?<!(?:n['’]t|cannot|not)\s)\bpossibly\b`,
  String.raw`\bcould\b(?!\s+(?:not|never)\b)`,
  String.raw`\bI\s+(?:think|guess|suppose|reckon|suspect|imagine)\b`,
  String.raw`\b(?:am|are|['’]m|['’]re)\s+(?:[a-z]+ly\s+)?(?:thinking\s+(?:about|of)|considering|leaning)\b`,
  // "it is looking more and more as though I won't be able to take up the place"
  String.raw`\b(?:looks|looking|seems|appears)\s+(?:(?:more\s+and\s+more|increasingly|rather|very\s+much)\s+)?(?:like|as\s+if|as\s+though|that)\b`,
  String.raw`\bchances\s+are\b`,
  // "there's a fair chance I'll have to step away from the tour"
  String.raw`\b(?:a|every)\s+(?:(?:fair|good|real|strong|high|decent|reasonable|slight|small)\s+)?chance\s+(?:that\s+)?(?:I|we)\b`
]

/** Doubt that turns "I can come" into a hedged decline: "I'm not sure I can come". */
export const doubts = [
  String.raw`\bnot\s+(?:be\s+)?(?:sure|certain|confident)\b`,
  String.raw`\b(?:unsure|uncertain|unlikely|doubt|doubtful)\b`,
  String.raw`\b(?:do\s+not|don['’]t)\s+(?:know|think)\b`
]

/** A condition before the statement makes it hypothetical: "If the salary doesn't change, I will decline". */
export const conditions = String.raw`(?<!\b(?:even|as|only)\s)\b(?:if|unless|provided|providing|in\s+case|otherwise)\b`

/**
 * The rest of an inverted condition, to the comma that ends it: a comma inside a list ("the rotating
 * two-day, two-night pattern") is no end, one before a new clause ("Had I known, I would ...") is;
 * an aside may follow it ("Should the role keep its 08:00 Saturday start, I am afraid I will have to
 * step back").
 */
const conditionToComma = String.raw`(?:[^,]|,(?!\s*(?:but|and|so|yet|then|I|we|you|he|she|they|it|there)\b))*,\s*(?:(?:I\s+am|I['’]m)\s+afraid\s+|sadly\s+|unfortunately\s+|regrettably\s+)?$`

/**
 * The same condition said with inversion, opening the sentence ("Should relocation remain a
 * requirement, I'll decline") or after an opening phrase ("Having thought about it, should the
 * start date remain fixed, I will have to decline"; there the inverted verb needs its subject), also
 * after a joining word ("My home is in Tamale, and should the post require me to be based in
 * Bolgatanga, I will have to decline"; "Should the rotating two-day, two-night pattern remain a
 * requirement of the post, I will have to turn the offer down").
 */
export const invertedCondition = String.raw`^\s*(?:should|were|had)\s${conditionToComma}|,\s*(?:(?:and|but|so|yet)\s+)?(?:should|were|had)\s+(?:the|my|your|our|it|this|that|we|I|you|they|there|a|an)\s${conditionToComma}`

/** Conditions that are only politeness: "If it's all right with you, I'd like to withdraw". */
export const politeConditions = String.raw`\bif\s+(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(?:ok|okay|alright|all\s+right|fine|acceptable)\b|\bif\s+I\s+may\b|\bif\s+I(?:['’]m|\s+am)\s+(?:being\s+)?(?:honest|frank)\b|\bif\s+possible\b|\bif\s+you\s+(?:don['’]t|do\s+not)\s+mind\b`

/** Words before "if" after the statement that do not make it conditional: "let me know if". */
export const notConditional = String.raw`\b(?:know|grateful|appreciate(?:\s+it)?|wonder(?:ing)?|see|ask|check|understand|thankful)\s+(?:if|whether)\b`

/** A verb chain that tells the past or a hypothetical, not this decision. */
export const pastChain = String.raw`\b(?:did|was|were)\b|(?<!\b(?:have|has)\s|['’]ve\s)\bhad\b|\b(?:did|was|were|had)n['’]t\b|\b(?:would|could|should|might|must)\s+have\b(?!\s+to\b)|['’]d\s+have\b(?!\s+to\b)`

/** Time words that set a story in the past: "I declined a similar role last year". */
export const pastTime = String.raw`\blast\s+(?:year|month|week|time|spring|summer|autumn|fall|winter)\b|\bago\b|\bin\s+(?:19|20)\d\d\b|\b(?:previously|back\s+then|at\s+the\s+time|in\s+the\s+past|once\s+before)\b`

/** Objects that point at something other than this opportunity: "decline another offer". */
export const otherObject = String.raw`^\s+(?:an?\s+)?(?:similar|another|other|their|several|many)\b`

/** Marks a stretch of a sentence off as its own clause, for where a hedge can reach ("more and more" is one phrase). */
export const clauseBreak = String.raw`[;:–—(]|,|\bbut\b|\bhowever\b|(?<!\bmore\s)\band\b|\bso\b`
