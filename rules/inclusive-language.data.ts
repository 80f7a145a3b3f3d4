/**
 * retext-equality patterns never reported in a letter: "Mrs." is the title the reader chose;
 * "master"/"masters" is a degree ("my Master's") or a verb ("master new tools"), not the
 * master/slave wording the pattern is for; "hang" is about software that stops responding;
 * "BI" in a job letter is business intelligence ("BI Developer").
 */
export const ignoredPatterns: readonly string[] = ['mrs-', 'master', 'masters', 'hang', 'bi']

/**
 * Words retext-equality reports that have an everyday sense in a job letter: "a special thanks",
 * "the host of the panel", "my fellow candidates", "an invalid link", "maternity leave" (the
 * legal name), "a research fellowship" (a funded post). "woman" and "women" name women, which
 * is not the generic "man" the pattern is for. "pop" is a verb here ("I'll pop in"), not a father.
 */
export const everydayWords: readonly string[] = [
  'special', 'host', 'hosts', 'fellow', 'fellowship', 'invalid', 'maternity', 'paternity', 'woman', 'women', 'pop',
  // A field of medicine: "a maternal health charity".
  'maternal', 'paternal',
  // A profession and the person who does it: "my midwife"; a job title ("a volunteer steward").
  'midwife', 'midwives', 'steward', 'stewards',
  // A service's name: "the neuro rehab gym" (the writer's own rehab is conciseness's to report).
  'rehab',
  // Former students or members of either sex, as schools, camps and clubs use it: "an alumni work day".
  'alumni', 'alumnus',
  // The profession's name for everyone in it, women included: "the voice actor apprenticeship" ("actress" is still reported).
  'actor', 'actors'
]

/**
 * A unit of an organisation, as agile banks name their groups of teams: once a draft names one
 * ("the Product Owner role in your Mobile Banking tribe"), "the tribe's work" is that unit too.
 */
export const unitWords: readonly string[] = ['tribe', 'tribes']
/**
 * A trade's customers, once the draft names the trade: at "Casa Bonita Bridal", "how carefully they
 * fit each bride" is a customer, not a spouse to be.
 */
export const customerWords: ReadonlyMap<string, RegExp> = new Map([
  ['bride', /\bbridal\b/i],
  ['brides', /\bbridal\b/i]
])

/** A unit named by capitalised words before the word: "Mobile Banking tribe". */
export const namedUnit = /\p{Lu}[\p{L}&-]*\s+tribes?\b/u

/**
 * Words that name a field or a job before its noun: "the infant mental health service", not "that's
 * mental"; "the groom role"; and "a short bus ride", a journey.
 */
export const fieldSenses: ReadonlyMap<string, RegExp> = new Map([
  ['mental', /^\s+(?:health|healthcare|wellbeing|well-being|capacity)\b/i],
  // A stable hand's job, not a bridegroom: "the yard groom apprenticeship", "the groom role".
  ['groom', /^\s+(?:apprentice\w*|role|job|position|post|vacancy|vacancies|trainee)\b/i],
  // A journey, not the slur: "a short bus ride from my home".
  ['short bus', /^\s+(?:rides?|journeys?|trips?|hops?|routes?|away)\b/i],
  // Maternity care names who it cares for: "the postnatal team supports mothers and babies".
  ['mothers', /^\s+and\s+(?:their\s+)?(?:babies|infants|newborns)\b/i],
  ['mother', /^\s+and\s+(?:baby|infant|newborn)\b/i],
  // A benefit named for whom it is paid to: "the widows' pension support desk", "a widow's allowance".
  ['widows', /^['’]?\s+(?:pensions?|benefits?|allowances?|support|funds?|schemes?|programmes?|programs?|groups?)\b/i],
  ['widow', /^['’]s\s+(?:pensions?|benefits?|allowances?|support|funds?|schemes?)\b/i],
  // The legal sense: "the federal asylum agency", "asylum seekers", "the asylum tribunal".
  ['asylum', /^\s+(?:seekers?|services?|agency|agencies|tribunals?|courts?|hearings?|appeals?|claims?|applications?|cases?|law|office|system|process|procedures?|interviews?|policy|support|units?|teams?|division|centres?|centers?|reception)\b/i],
  // A grower's stock plants and a computer's main board: "the mother plant blocks", "a mother tree".
  ['mother', /^\s+(?:plants?|stock|stools?|trees?|blocks?|beds?|cultures?|liquor|boards?|ships?|tongue|lode)\b/i],
  // Geology's sheets of rock: "the dolerite dyke swarms".
  ['dyke', /^\s+(?:swarms?|intrusions?|margins?|contacts?|rocks?)\b/i],
  ['dykes', /^\s+(?:and\s+sills|swarms?|intrusions?|cutting|cut|intrude|intruding)\b/i],
  // A beekeeper's queen bee: "the queen rearing", "queen cells", "a queen breeder".
  ['queen', /^\s+(?:rearing|raising|bees?|cells?|cups?|breed\w*|excluders?|larvae|mating|production|introduction|right)\b/i],
  // A stand-in thing, not a person: "the dummy wafers used to season the chambers".
  ['dummy', /^\s+(?:wafers?|runs?|loads?|lots?|data|variables?|records?|accounts?|parts?|cells?|boards?|dies?|pages?)\b/i]
])

/**
 * Words before that give another sense: a planning document named after what it plans ("the
 * Eldoret drainage master plan", "the campus master plan"; a "master plan" of one's own is still
 * reported), and geology's dykes by their rock or beside faults ("mapping faults and dykes").
 */
export const sensesBefore: ReadonlyMap<string, RegExp> = new Map([
  ['master plan', /\b(?:drainage|transport|transportation|urban|campus|site|city|county|town|regional|district|land[- ]use|development|spatial|water|sanitation|housing|infrastructure|estate|airport|port|park|hospital|university|school)\s+$/i],
  ['asylum', /\b(?:political|seek|seeking|sought|claim|claimed|claiming|granted|grant|refused)\s+$/i],
  // Animals in a study or a herd: "the collared females", "breeding males".
  ['females', /\b(?:collared|tagged|radio-collared|breeding|nesting|lactating|gravid|adult|juvenile|resident|dominant)\s+$/i],
  ['males', /\b(?:collared|tagged|radio-collared|breeding|nesting|adult|juvenile|resident|dominant|territorial)\s+$/i],
  // A child: "She's a gorgeous little girl".
  ['girl', /\blittle\s+$/i],
  ['boy', /\blittle\s+$/i],
  ['dyke', /\b(?:dolerite|basalt|basaltic|diabase|granite|granitic|igneous|intrusive|mafic|felsic|sheeted|feeder|clastic|ring)\s+$/i],
  ['dykes', /\b(?:dolerite|basalt|basaltic|diabase|granite|granitic|igneous|intrusive|mafic|felsic|sheeted|feeder|clastic|ring|faults\s+and|sills\s+and)\s+$/i]
])

/**
 * Gendered pronoun patterns. In a letter "he" and "she" are nearly always about someone the writer
 * knows (the recruiter, a colleague); they are reported only when they may stand for anyone.
 */
export const pronounPatterns: readonly string[] = ['he-she', 'her-him', 'herself-himself']

/**
 * Words for a person not yet known, earlier in the pronoun's sentence: "I hope whoever takes the
 * role enjoys it as much as he expects", "the successful candidate will find his feet quickly".
 */
export const genericPeople: readonly string[] = [
  'candidate', 'candidates', 'applicant', 'applicants', 'whoever', 'someone', 'somebody', 'anyone', 'anybody',
  'hire', 'employee', 'successor', 'replacement', 'newcomer'
]

/**
 * Someone the writer knows, earlier in the pronoun's sentence, whom the pronoun is about even
 * beside a word for anyone: "My father ... will need someone with him", "my mother had knee
 * replacement surgery and I care for her".
 */
export const knownPeople: readonly string[] = [
  'mother', 'father', 'mum', 'mom', 'dad', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'grandmother',
  'grandfather', 'grandma', 'grandpa', 'aunt', 'uncle', 'niece', 'nephew', 'boss', 'manager'
]

/** Family patterns: after "my" or "our" they name the writer's own family ("my wife's new job"). */
export const familyPatterns: readonly string[] = [
  'husband-wife', 'husbands-wives', 'dad-mom', 'dads-moms', 'daughter-son', 'daughters-sons',
  'brother-sister', 'brothers-sisters', 'boyfriend-girlfriend', 'boyfriends-girlfriends', 'aunt-uncle',
  'aunts-uncles', 'nephew-niece', 'nephews-nieces', 'gramps-granny', 'granddaughter-grandson',
  'granddaughters-grandsons', 'grandfathers-grandmothers', 'stepbrother-stepsister',
  'stepbrothers-stepsisters', 'stepdad-stepmom', 'stepfathers-stepmothers', 'bride-groom', 'widow-widower'
]

/**
 * Gendered wording retext-equality has no entry for (it has "manned", "manpower" and "man-hours"),
 * or reads in another sense (the verb "man", which it takes for the noun and offers "people"
 * for): the rule reports these as it reports retext-equality's. Found as expressions in the body.
 */
export const ownWords: ReadonlyArray<{pattern: RegExp; alternatives: readonly string[]}> = [
  // "manning the enquiries desk"
  {pattern: /\bmanning\b/gi, alternatives: ['staffing', 'running']},
  // The verb after "to" or a helping verb: "to man the stand" (not "the man the panel chose"). The
  // look-behind's spaces are bounded: an unbounded one would rescan every run of spaces.
  {pattern: /(?<=\b(?:to|will|would|could|can|must|help|helped|helping)[ \t]{1,3})man(?=[ \t]+(?:the|a|an|our|your|their|its|this|that)\b)/gi, alternatives: ['staff', 'run']},
  {pattern: /\bman-days\b/gi, alternatives: ['person-days', 'working days']},
  // A trade's gendered name that retext-equality does not list: "your linemen are stretched" (not
  // football's "offensive lineman", a position's name).
  {pattern: /(?<!\b(?:offensive|defensive)[ \t]{1,3})\blinemen\b/gi, alternatives: ['line workers', 'line technicians']},
  {pattern: /(?<!\b(?:offensive|defensive)[ \t]{1,3})\blineman\b/gi, alternatives: ['line worker', 'line technician']}
]

/** Alternatives retext-equality offers that do not fit a letter: "it" for "he" or "she", and those below. */
export const unfitAlternatives: readonly string[] = [
  'it',
  // For "crazy" and "insane": in a letter these trade the word for an insult (which negative-remarks
  // then reports) or for a phrase about someone's health; "incredible" and the like remain.
  'rude', 'malicious', 'mean', 'disgusting', 'vile',
  'person with symptoms of mental illness', 'person with mental illness',
  'person with symptoms of a mental disorder', 'person with a mental disorder',
  // For "OCD" said of oneself: naming a diagnosis is the medical detail conciseness reports.
  'has an anxiety disorder'
]
