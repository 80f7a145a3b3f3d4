/** "Lose my number" burns the bridge; "please don't lose my number" keeps the door open. */
const forgetMe = '(lose|delete|forget) my (number|email|details|contact|address)'

/**
 * Phrases that keep the door open (compromise match patterns, matched case-insensitively).
 * They count unless a negation reaches them: "I won't be able to keep in touch" opens nothing.
 */
export const doorOpeners = [
  '(keep|stay|remain|be|get|keeping|staying|remaining) in (touch|contact)',
  '(keep|stay|remain|keeping|staying) connected',
  '(connect|connected|connecting) (on|via|through) linkedin',
  'linkedin (request|invitation|invite|connection)',
  '(reconnect|reconnecting)',
  'paths #Adverb? (will|may|might|can|could|should|would)? #Adverb? cross',
  '(cross|crossing) paths',
  // One describing word may come between: "future graduate openings", "future contract roles".
  'future .? (opportunity|opportunities|role|roles|position|positions|post|posts|job|jobs|opening|openings|vacancy|vacancies|collaboration|collaborations|apprenticeship|apprenticeships|internship|internships|placement|placements|contract|contracts|recruitment|recruitments|project|projects|competition|competitions|round|rounds|intake|intakes|cycle|cycles|campaign|campaigns|cohort|cohorts)',
  // "I'd be glad to hear about opportunities at Hollins", "hear of any openings".
  '(hear|hearing) (about|of) .{0,3} (opportunities|openings|roles|vacancies|positions|jobs|posts)',
  // "I hope I may be considered for suitable openings", "for a later intake", "when the next round opens".
  'be considered (for|in) (the|a|an)? (future|other|any|suitable|similar|later|another|more|new|upcoming|next|further)',
  'be considered (when|if|should|whenever|next)',
  // Something coming up later, hoped for or provided for: "if a similar move comes up next year".
  '(if|when|should|whenever|once) .{0,6} (come|comes) (up|along)',
  // Hoped for only when it is a chance for the writer: "I hope the right candidate comes along" is not.
  'hope .{0,2} (chance|opportunity|opening|role|position|vacancy|move) .{0,4} (come|comes) (up|along)',
  '(talk|talking|speak|speaking|chat|chatting) again',
  '(keep|keeping) (talking|chatting|speaking)',
  'keep the conversation (going|open)',
  '(keep|continue) (working|collaborating) (with|together)',
  '(keep|keeps|kept|keeping|bear|bore|bearing) (me|my name|my details|my cv|my application) in mind',
  // Indian English: "I request that my profile be kept in view for similar openings".
  '(keep|kept|keeping) (me|my name|my details|my cv|my application|my profile)? in view',
  '(remain|stay|be) a friend of (the|your|#ProperNoun)',
  'keep me on (file|record|records)',
  // "please keep me on your list", "on your books"
  'keep me on (your|the) (list|lists|books|register|database|roster|panel|radar)',
  // "Kindly keep my profile in your pool"
  '(keep|kept|keeping|have) (me|my name|my details|my cv|my profile) in (your|the) #Noun? (pool|pools|database|system|files)',
  // "If the relief list reopens next year, I would be very glad to put my name down again"
  '(put|putting|add|adding) my name (down|forward) (again|next time|in future|another time)',
  // "Please keep my name on your relief list"
  '(keep|kept|keeping|have) (me|my name|my details|my cv|my number) on (your|the) #Noun? (list|lists|books|register|database|roster|panel|file)',
  '(keep|kept|keeping|have) my (details|cv|resume|profile|application|information|name) on (file|record|records|your list|the list|your books|your register)',
  // "Please keep my details for the next round of recruitment"
  '(keep|hold|retain) my (details|cv|resume|profile|application|information|name) for (the|any|future|next|later|other|similar)',
  // "I'd be really glad if you kept my details in case you need a climber down the track"
  '(keep|kept|keeping|hold|held|holding) (on to|onto)? my (details|cv|resume|profile|information|name|number) in case',
  // "if you ever need a hand setting up for a pop-up or a sidewalk sale, just let me know"
  '(if|should) you ever need .{0,16} let me know',
  '(if|should) you ever need .{0,16} (call|email|text|ring|phone) me',
  '(if|should) you ever need .{0,16} (get|be) in touch',
  '(keep|have) me in the loop',
  'keep me posted',
  'on your radar',
  'consider me again',
  // "I request you to kindly consider me for future recruitments"
  'consider me (for|in) (the|a|an)? (future|other|any|suitable|similar|later|another|next|further)',
  'considered again',
  'feel free to (reach|contact|get|call|email|message|write|ping|text)',
  '(contact|call|email|message|ping) me (anytime|any time|whenever)',
  'reach out (again|anytime|whenever|if|should|when)',
  // British English drops the article: "work with you in future".
  'reach out in the? future',
  '(follow|following|watch|watching) (#Possessive|your|the|their) .? (work|progress|journey|growth|success|story)',
  '(work|working) together',
  '(work|working) (with|for|at) .{0,3} (again|someday|sometime)',
  '(work|working|collaborate|collaborating) (with|for|at) .{0,3} in the? future',
  '(reapply|re-apply|reapplying)',
  'apply again',
  '(apply|applying) (to|at|with) .{0,4} again',
  '(hear|hearing) from you (again|someday|sometime|then)',
  '(glad|happy|pleased|delighted|love) to hear from you',
  '(hear|hearing) from .{0,3} (if|when|about|should|whenever)',
  '(see|meet) (you|each) #Noun? again',
  '(door|doors) .{0,2} open',
  '(give|drop) me a (shout|line|bell|ring|call)',
  // "I'd love to come back", "I hope we can compare notes on rural bus networks again in the future".
  '(love|like|glad|happy|keen) to come back$',
  '(hope|trust) we (can|will|may|might|could) .{0,8} again',
  '(hope|trust) we (can|will|may|might|could) .{0,8} in the? future',
  // "I would be glad to compare notes on it in future"
  '(glad|happy|keen|delighted|love) to compare notes'
]

/** Phrases that keep the door open only when negated: "I don't want to lose touch". */
export const negatedDoorOpeners = [
  '(lose|losing) (touch|contact)',
  'hesitate to (contact|reach|get|call|email|message|write|ask)',
  '(burn|burning) .? (bridge|bridges)',
  'close the door',
  forgetMe
]

/**
 * Phrases around a door-opener that make it something else: thanks for past contact ("thank you
 * for keeping in touch") and staying in touch with other people ("with my old team").
 */
export const notDoorOpeners = [
  'for (keeping|staying|getting) in (touch|contact)',
  '(touch|contact|connected) with (my|our|his|her|their|him)',
  // Gladness at the invitation just had: "I was delighted to hear from you".
  '(was|were) #Adverb? (glad|happy|pleased|delighted|thrilled) to hear from you'
]

/** In touch with someone named: not a door-opener unless it is the recipient or their company. */
export const withSomeoneNamed = '(touch|contact|connected) with #ProperNoun+'

/** Phrases that burn the bridge, reported unless a negation reaches them ("don't lose my number"). */
export const bridgeBurners = [
  'do not #Adverb? (contact|email|call|message|text|phone|ring|bother) me (again|anymore|ever|further)',
  // A bare "don't call me." is often a preference for email; a bare "don't contact me." is not.
  'do not #Adverb? (contact|email|message|bother) me$',
  'do not #Adverb? (contact|email|call|message|text|phone|ring|bother) me in the future',
  'do not #Adverb? (contact|email|call|message|text|phone|ring|bother) me about (future|any|other|further) #Noun?',
  'never #Adverb? (contact|email|call|message|text|phone|ring|bother) me',
  'never #Adverb? (reach|reaching) out',
  'stop (contacting|emailing|calling|messaging|texting|bothering) me',
  // "I would prefer not to be approached about any future openings".
  '(prefer|rather) not (to)? be (contacted|approached) (about|regarding|for|again|in)',
  // "I'd appreciate it if you didn't contact me about any future roles".
  '(if|that) you (did|do|would) not #Adverb? (contact|email|message|bother|approach) me (again|anymore|about|regarding|in|further|with)',
  'no need to (contact|email|call|message|text|bother) me (again|about|regarding|in the future)',
  // "there's no need to reach back out about future openings"
  'no need to reach back? out (to me)? (again|about|regarding|in|with)',
  'no need to (get|be|keep) in (touch|contact)',
  // "There's no need to keep my profile on your list for future recruitment rounds"
  'no need to (keep|hold|have) my (cv|details|resume|application|information|name|profile) on (file|record|your list|the list|your books|your database)',
  // "there is no point in keeping my application on record, and I would rather not hear about any further openings"
  'no point in (keeping|holding|having) my (cv|details|resume|application|information|name|profile) on (file|record|your list|the list|your books|your database)',
  '(prefer|rather) not (to)? hear (about|of) (any|future|further|other|new)',
  // "I would also ask that my details not be kept on file for future vacancies"
  '(ask|request|prefer) that my (details|cv|resume|information|application|name) (not|no longer) be (kept|held|retained|stored)',
  // "I would also ask that my CV be deleted from your system and that nobody from Kappa contacts me"
  '(ask|request|prefer) that my (details|cv|resume|information|data|profile|application) be (deleted|removed|erased|destroyed)',
  'that (nobody|noone) .{0,3} (contacts|contact|approaches|approach|calls|call|emails|email) me',
  // "I would ask that you delete my CV from your database"
  '(ask|request) that you (delete|remove|erase|destroy) my (details|cv|resume|information|application|data|profile)',
  // "I'd ask that you take my details out of the shire's talent pool and not send me notices about future vacancies"
  // (but "take my name out of the running" is the decision itself)
  '(take|took|taking|remove|removing) my (details|cv|resume|information|data|profile) (out of|off|from) .{0,3} (pool|pools|database|databases|system|systems|list|lists|records|register|books|files)',
  '(and|to) not send me .{0,2} (about|regarding|for|on) (future|other|any|further|new)',
  // "there's no reason to send me anything about future roles, so please drop me from your candidate list"
  '(drop|remove|delete|strike|take) me (from|off) (your|the) #Noun? (list|lists|pool|database|books|register|records|system)',
  'no reason to (send|contact|email|call|message) me #Noun? (about|regarding|with|for) (future|other|any|further|new)',
  // "... and not contact me about any future locum contracts"
  '(and|to) not (contact|email|call|message|approach) me (again|about|regarding|with|for)',
  'no (interest|desire|wish) in (hearing|being) .{0,4} (future|again|other|further)',
  '(not|no longer) interested in (hearing|being|receiving) .{0,4} (future|again|other|further)',
  'do not bother (contacting|calling|emailing|messaging|reaching)',
  forgetMe,
  // "please don't hold on to my details for any future coaching vacancies"
  'do not (hold|keep|retain) (on to|onto)? my (details|cv|resume|information|application)',
  '(remove|take|took|taking) me (from|off) (your|all|any) .? (list|lists|database|databases)',
  'leave me alone',
  // "please consider this a firm no for any other Quillstone roles"
  'consider this a (firm|final|definite|clear) no for (any|all)? (other|future|further)',
  'never #Adverb? (to)? hear from (me|you|your|#ProperNoun)',
  '(i|we) (will|would|shall) never #Adverb? (apply|reapply)',
  // "I would never work for you", but not "I would never work well in an open-plan office".
  '(i|we) (will|would|shall) never #Adverb? (work|interview) (for|with|at|here|there)',
  '(i|we) (will|would) not (be)? (apply|applying|reapply|reapplying) .{0,4} again',
  'paths (will|may|might|should|would|can)? never #Adverb? cross'
]

/** Phrases that burn the bridge when negated: "I do not wish to be contacted again". */
export const negatedBridgeBurners = [
  '(want|wish) to be (contacted|approached) .{0,4} (again|anymore|further)',
  '(want|wish) to be (contacted|approached) about (future|other|any) #Noun?',
  '(want|wish) to hear from .{0,3} again',
  '(want|wish|intend|plan) to (apply|reapply) .{0,4} again',
  '(want|wish) to (keep|stay|remain) in (touch|contact)',
  'interested in (keeping|staying) in (touch|contact)',
  'interested in (any|hearing)? future #Noun?'
]

/**
 * Coming back "as a tourist" or "as a guest" is no work; "as a guest player" is. One list for
 * every "come back ... as a" reading (a regular-expression source, followed by a word end).
 */
export const notAsWorker = String.raw`(?:tourist|visitor|guest(?!\s+(?:player|speaker|lecturer|artist|conductor|chef|coach|editor|writer|presenter|musician|teacher|curator|host|performer|soloist))|customer|patient|holidaymaker)\b`

/** The ways a sentence looks ahead, for `hopefulLine.ahead`: one alternation, read part by part. */
const lookingAhead = [
  // "in future", "again", "one day", "some day", "another time", "in the new year", "in the spring", "later in the year", "in the years ahead", "down the line"
  /future|again|someday|one\s+day|some\s+day|another\s+time|in\s+the\s+new\s+year|in\s+the\s+(?:spring|summer|autumn|fall|winter)|later\s+in\s+the\s+year|(?:in\s+the\s+)?years\s+(?:ahead|to\s+come)|down\s+the\s+(?:line|road|track)|later\s+on|next\s+time|coming\s+(?:years|months)/,
  // "next year", "next academic year", "the next round", "in my final year" (not "the next few days")
  /next\s+(?:academic|school|financial|calendar)\s+year|the\s+next\s+(?!(?:few|couple)\b)[\w-]+|next\s+(?:year|summer|season|spring|autumn|fall|winter|term|cycle|round)|in\s+(?:my|the)\s+(?:final|next|last|coming)\s+(?:year|term|semester|season)/,
  // "in a year or so", "in one or two years", "during my university holidays"
  /in\s+(?:a|one|two|three|several|a\s+few|a\s+couple\s+of|one\s+or\s+two|two\s+or\s+three)\s+(?:years?|months?)|during\s+(?:my|the)\s+(?:[\w-]+\s+)?(?:holidays|vacations?|breaks?)/,
  // "I would be glad to be considered", "I hope I may be considered": a wish to be considered is
  // always ahead (not "I was honoured to be considered")
  /(?:would|['’]d|will|['’]ll)\s+(?:[\w'’]+\s+){0,6}?to\s+be\s+considered|hope\s+(?:that\s+)?I\s+(?:may|might|can|could|will|would)\s+(?:still\s+|also\s+|one\s+day\s+)?be\s+considered|in\s+the\s+meantime|at\s+a\s+later\s+(?:stage|date|point)|in\s+(?:another|some\s+other|a\s+different)\s+(?:form|capacity|way)/,
  // "once I graduate", "after completing my studies", "after my A-levels", "when the fieldwork is complete",
  // "if the contract finishes early", "in a later vintage", "later in my doctorate", "when it is next
  // advertised", "think of me for the spring campaign", "for the winter surveys", "if that would be useful" (an offer still open)
  /once\s+(?:I|my)|after\s+(?:completing|finishing|I\s+(?:finish|complete|graduate|qualify))|after\s+(?:that|this)\s+(?:season|year|term|semester|contract|project)|after\s+my\s+(?:[\w-]+\s+)?(?:exams|a-levels|gcses|studies|degree|course|training|apprenticeship|masters|phd|doctorate|sabbatical|leave|contract)\b|(?:when|once|after|if)\s+(?:the|my|this|that|our)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:is|are|has|have|ends?|finishes|wraps)|in\s+a\s+later\s+[\w-]+|later\s+in\s+(?:the|my)\s+(?:[\w-]+\s+)?(?:doctorate|phd|degree|studies|career|course|programme|program|training|season|term)|(?:is|are)\s+next\s+(?:advertised|offered|available|open|recruited)|think\s+of\s+me\s+(?:for|when|if|again|next)|for\s+the\s+(?:spring|summer|autumn|fall|winter)\b|if\s+(?:that|it)\s+would\s+(?:be\s+)?(?:useful|helpful|of\s+use|any\s+help)/,
  // "if I'm ever back", "if a similar role opens up", "in case an opening comes up", "if you would have me"
  /(?:if|when|should)\s+(?:[\w'’]+\s+){0,3}ever|(?:if|when|should)\s+(?:[\w'’]+\s+){0,8}?(?:opens?\s+(?:up|in)|comes?\s+up|becomes?\s+available)|(?:when|if|should|whenever)\s+(?:a|an|another|the\s+next|something|anything|your|you|there|any|more|similar|new|other|I|I['’]m)|in\s+case|if\s+you(?:\s+would|['’]d)\s+have\s+me/,
  // "in 2027", "in early 2028"
  /in\s+(?:early\s+|late\s+|mid-?)?20[2-9]\d/,
  // "if things change", "should my plans change", "if circumstances ever change"
  /(?:if|when|should)\s+(?:[\w'’]+\s+){1,3}?change[sd]?/,
  // "I hope we can ...", "I hope our paths will ..."
  /hope\s+(?:that\s+)?(?:we|our\s+paths)\s+(?:can|will|may|might)/,
  // "I would welcome the chance to return on my placement": a chance still to come
  /(?:would|['’]d)\s+(?:(?:very\s+much|really|genuinely|certainly)\s+)?(?:welcome|love|like|value|appreciate|relish)\s+(?:the|a|an|any)\s+(?:[\w-]+\s+)?(?:chance|opportunity)\s+to/,
  // An offer still open: "I would be very glad to volunteer with the lunch club"
  /(?:would|['’]d)\s+(?:(?:very|really|still|also|genuinely|more\s+than)\s+)?be\s+(?:very\s+)?(?:glad|happy|pleased|delighted|keen)\s+to\s+(?:volunteer|help|support|cover)/,
  // "come back as a counselor another summer"
  /another\s+(?:year|summer|season|term|spring|autumn|fall|winter|intake|round)/
]

/**
 * The last resort for door-openers worded in ways no phrase above foresees: a sentence that wishes
 * ("I'd be glad", "I hope"), looks ahead ("in future", "if another job opens up", "once I
 * graduate") and names a chance or contact for the writer ("roles", "be considered", "hear about
 * it", "perform at one of your evenings", "if you are ever short of a deckhand", "build puppets
 * with you", "cover freelance assignments for the court in future", "audition for the roster
 * again", "read for Doblajes Bidasoa again", "perform with Divadlo Spejbl another time"). Regular
 * expressions over one sentence; the opportunity word is the match.
 */
export const hopefulLine = {
  opportunity: new RegExp(String.raw`\b(?:roles?|positions?|posts?|jobs?|openings?|vacanc(?:y|ies)|opportunit(?:y|ies)|placements?|secondments?|fellowships?|commissions?|put\s+my\s+hand\s+up|put\s+(?:a\s+)?(?:price|quote|bid|tender|proposal)\s+(?:in|together|forward)|put\s+in\s+(?:a|an)\s+(?:offer|quote|bid|tender|price|proposal)|(?:take|run|give|lead|teach|deliver|present|host)\s+(?:an?\s+|some\s+)?(?:[\w-]+\s+)?(?:workshops?|class(?:es)?|sessions?|talks?|seminars?|lectures?)|considered|in\s+mind|think\s+of\s+me|meet(?:ing)?\s+(?:you\s+)?(?:again|up|at|in|through|via)|come\s+back\s+to\s+(?:you|your|us|the\s+(?:team|crew|company|firm|practice|studio|store|site|ward|unit|school|station|kitchen|farm|yard|lab|department))\b|come\s+back\s+(?:to\s+(?:the|your)\s+(?:[\w-]+\s+){0,3})?as\s+an?\s+(?!${notAsWorker})|come\s+back\s+and\s+(?:help|work|pick|cover|teach|coach|volunteer|play|sail|guide|cook|serve|plant)\b|in\s+(?:another|some\s+other|a\s+different|any\s+other)\s+(?:form|capacity|role|way)|come\s+back\s+for\s+(?:the|another|next|a)\s+(?:[\w-]+\s+)?(?:season|vintage|harvest|intake|cohort|tour|contract)s?|(?:retain|hold|keep)\s+my\s+(?:cv|resume|details|application|profile)|put\s+(?:me\s+|myself\s+|my\s+name\s+)?forward|(?:be\s+asked|ask\s+me)\s+again|apply|reapply|volunteer(?:ing)?|help\s+(?:you\s+|us\s+|the\s+team\s+)?out|cover\s+(?:[\w-]+\s+){0,2}(?:sessions?|shifts?|days?|weekends?|nights?|class(?:es)?|lessons?|slots?|assignments?|bookings?)|pick\s+up\s+(?:[\w-]+\s+){0,2}(?:shifts?|sessions?|hours|days|work|assignments?|bookings?)|(?:lead|run|take|guide|cover|do|write|translate|interpret|edit)\s+(?:[\w'’-]+\s+){0,3}?for\s+(?:you|your|the\s+team)|(?:sit|take|retake|resit)\s+(?:the|your|this)\s+(?:[\w-]+\s+)?(?:test|exam|examination|assessment|competition)s?\s+again|re-?join(?:ing)?|join(?:ing)?\s+(?:you|your|the\s+(?:[\w-]+\s+){0,2}?(?:team|crew|staff|school|hut|rink|resort|farm|workshop|station|club|kitchen|ward|yard))|(?:work|help|teach|guide|volunteer)\s+at\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:hut|school|rink|resort|farm|workshop|station|club|kitchen|ward|yard|centre|center|site|shop|studio)|(?:need|want)\s+(?:(?:an?|some|any|extra|more|another)\s+){0,2}(?:help|hands?|cover|pair\s+of\s+hands|sub|substitute|stand-in|locum)|need\s+(?:someone|somebody|anyone)\b|help\s+(?:on|at|during|over|with)\b|(?:a|the|another)\s+chance\s+to\s+(?:support|help|work|teach|join|contribute|serve)\b|(?:to|and)\s+help(?=\s*(?:[.!;]|$))|residenc(?:y|ies)|(?:tutor|teach|lecture|coach|guide|cook|perform|demonstrate|work|serve)\s+(?:(?:in|at|on|with|for|as)\s+(?:[\w'’-]+\s+){0,3})?again|hear(?:ing)?\s+(?:from|about|of)|contact|touch|connect(?:ed|ing)?|talk(?:ing)?|chat(?:ting)?|speak(?:ing)?|discuss(?:ing)?|work(?:ing)?\s+(?:with|for|together|alongside)|(?:sail|serve|play|perform|train|fly|cook|teach|travel|build|make|partner|guide|coach|crew|drive|pick|harvest|come\s+out)\s+(?:[\w-]+\s+){0,2}?(?:together|(?:with|alongside|for)\s+(?:you|your))|(?:perform|play|sing|busk|appear|exhibit|speak|teach)\s+at\s+(?:one\s+of\s+)?your|(?:perform|play|sing|dance|act)\s+(?:with|for|alongside)|ever\s+short\s+(?:of|on)|audition(?:ing)?|read\s+for|(?:serve|crew|sail|coach|teach|guide|play|perform|sing)\s+(?:with|alongside|in)\s+the\b|collaborat\w*|co-?operat\w*|contribut\w*|reach(?:ing)?\s+out|be\s+of\s+(?:use|help|service|assistance)|(?:support|assist)\s+(?:you|your|the\s+team)|(?:phone|call|ring|email|text)\s+you\s+(?:first|again)\b|(?:projects?|campaigns?|shoots?)\s+together|pitch(?:ing)?\s+(?:you|your|to\s+you))\b`, 'gi'),
  // "I trust you will not mind my writing again" wishes too.
  wish: /\b(?:hope|hoping|hopefully|love|like|glad|happy|happily|pleased|delighted|thrilled|excited|stoked|chuffed|welcome|keen|eager|interested|grateful|obliged|honou?red|privileged|privilege|pleasure|honou?r|please|kindly|request|open\s+to|(?:not|n['’]t)\s+mind)\b/i,
  ahead: new RegExp(`\\b(?:${lookingAhead.map((part) => part.source).join('|')})\\b`, 'i'),
  // Thanks for the chance just had (not "pass on my thanks to the chairman"), wishes for whoever
  // gets the job, or what "would have been" (not "if you would have me") open nothing for the writer.
  elsewhere: /\bthank(?:s|\s+you)?(?:\s+\w+){0,3}?\s+for\b|\b(?:candidate|successor|replacement|new\s+(?:hire|starter|recruit)|whoever)\b|\bfind\s+(?:someone|somebody|(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}(?:person|candidate|fit|match|hire|replacement|successor))\b|\b(?:would|could|might)\s+have\b(?!\s+me\b)|['’]d\s+have\b(?!\s+me\b)/iu
}
