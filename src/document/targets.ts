/**
 * What a clause is about. A negative word matters when it lands on the recipient's company,
 * role, team, pay, interviewer or hiring process; not when it is about the writer's own
 * situation or someone else.
 */
import type {Clause, Document, Sentence} from './document.js'

/** Who or what a clause talks about. */
export type Target =
  | 'company'
  | 'role'
  | 'team'
  | 'pay'
  | 'interviewer'
  | 'process'
  | 'current-employer'
  | 'writer'

/** The recipient's side: a negative remark about any of these burns a bridge. */
export const recipientTargets: ReadonlySet<Target> = new Set(['company', 'role', 'team', 'pay', 'interviewer', 'process'])

/** Nouns (singular, lower case) that point at each of the recipient's targets. */
export const targetNouns: Record<'company' | 'role' | 'team' | 'pay' | 'interviewer' | 'process', string[]> = {
  company: ['company', 'firm', 'organization', 'organisation', 'business', 'employer', 'culture', 'office', 'offices', 'management', 'leadership', 'startup', 'agency', 'brand', 'product', 'workplace', 'environment', 'location', 'reputation', 'reviews', 'glassdoor', 'policy', 'policies', 'values', 'mission', 'strategy', 'practices', 'planning',
    // Workplaces beyond the office: "the clinic was chaotic", "the kitchen".
    'clinic', 'ward', 'site', 'store', 'shop', 'restaurant', 'kitchen', 'hotel', 'branch', 'warehouse', 'studio', 'lab', 'salon', 'fleet', 'operations',
    // A clinic's day: "the way the afternoon list was handled".
    'list'],
  role: ['role', 'position', 'job', 'responsibilities', 'duties', 'title', 'hours', 'workload', 'commute', 'opening', 'vacancy', 'contract', 'schedule', 'shift', 'shifts', 'work', 'rota', 'rotas', 'roster', 'rostering'],
  team: ['team', 'colleague', 'colleagues', 'staff', 'people', 'employees', 'manager', 'boss', 'supervisor', 'department', 'coworkers', 'co-workers', 'engineers', 'head', 'headteacher', 'principal', 'director', 'partner', 'partners'],
  pay: ['pay', 'salary', 'compensation', 'offer', 'benefits', 'package', 'equity', 'bonus', 'wage', 'wages', 'rate', 'pto', 'vacation', 'raise', 'money', 'perks', 'pension', 'relocation', 'allowance', 'stipend', 'band', 'banding', 'grade', 'remuneration', 'fee', 'fees', 'retainer', 'diem', 'differential', 'premium', 'uplift'],
  interviewer: ['interviewer', 'interviewers', 'assessor', 'assessors', 'recruiter', 'recruiters', 'hr', 'panel', 'you', 'ceo', 'founder', 'cto', 'chair', 'chairperson', 'board', 'committee'],
  process: ['process', 'interview', 'interviews', 'scheduling', 'assessment', 'test', 'take-home', 'round', 'rounds', 'communication', 'questions', 'application', 'portal', 'paperwork', 'onboarding', 'call', 'calls', 'screening', 'hiring', 'timeline', 'email', 'emails', 'feedback', 'exercise', 'exercises', 'task', 'tasks', 'wait', 'silence', 'selection', 'simulator', 'superday', 'handling', 'meeting', 'meetings',
    // Days of seeing the work before an offer: "the ride-along felt disorganized".
    'ride-along', 'ride-alongs', 'shadowing', 'tour', 'familiarisation', 'familiarization']
}

const nounTarget = new Map<string, Target>()
for (const [target, nouns] of Object.entries(targetNouns)) {
  for (const noun of nouns) nounTarget.set(noun, target as Target)
}

/**
 * Targets that stay the recipient's even after "my": "my interview", "my interviewer" and
 * "my offer" are theirs, while "my team" or "my salary" are the writer's own.
 */
const alwaysRecipient: ReadonlySet<Target> = new Set(['interviewer', 'process'])

/** Phrases that move a clause onto the writer's current employer, not the recipient. */
const currentEmployer = /\b(?:my|our) (?:current|present|existing|old|previous|former|last) (?:\w+ )?(?:employer|company|firm|job|role|team|manager|director|supervisor|boss|position|workplace|salary|pay|package|organi[sz]ation|management|leadership|house|agency|practice|school|hospital|trust|store|branch|unit|setting|bank|newsroom|office|studio|station|lab|plant|site|club|council|department|ward|institute|institution|university|faculty|airline|carrier|hotel|restaurant|kitchen|clinic|workshop|atelier|gallery|museum|magazine|district|college|salon|shop|factory|warehouse|fleet|base|yard|mine|farm|vessel|ship|crew|gym|academy|depot|bakery|garage|pharmacy|library|theatre|theater|orchestra|mill|brewery)\b|\bwhere I (?:currently )?work\b|\bthe (?:place|company|firm) I['’]m (?:at|with|in)\b|\bmy (?:boss|manager|employer)\b/i

/**
 * A rate of pay: a sum with a currency sign, per unit of work ("$0.48 a mile", "£14/hr", "€300 per
 * day"), or a base or basic pay given as a sum ("the base of $240,000").
 */
const payRate = /[$£€¥₹₦₱]\s?\d[\d,.]*\s?k?\s*(?:an?|per|\/)\s*(?:mile|hour|hr|day|week|month|year|annum|shift|session|job)\b|\b(?:base|basic)\s+(?:of|at)\s+[$£€¥₹₦₱]\s?\d/i

/** A person named by what they did: "the coordinator who interviewed me". */
const interviewedMe = /\b(?:who|that)\s+(?:had\s+)?interviewed\s+(?:me|us)\b/i

/** How candidates are treated is the hiring process: "a real education in how Northwind looks after its candidates". */
const treatsCandidates = /\b(?:looks?\s+after|treats?|handles?|deals?\s+with)\s+(?:its|their|your)\s+(?:candidates|applicants)\b/i

/** Words that name the recipient outright: a clause with one is theirs whatever came before. */
const recipientMarker = /\b(?:your|you|yours)\b/i

/** A hedge opening a clause and closed by a comma: "I'm afraid,", "I must say,", "I fear,", "I'm sorry to say,". */
const hedgeAside = /^(?:I['’]m afraid|I fear|I must say|I have to say|I['’]d say|I think|I suppose|I admit|I confess|I feel|I['’]m sorry to say|I am sorry to say|I regret to say|sad to say),/i

/** An opinion's opening: "I felt that asking for ... was excessive" is about what follows "that", not the writer. */
const opinionOpening = /^(?:[\p{L}'’]+,\s*)?(?:I|we)\s+(?:felt|feel|think|thought|found|believe|believed)\s+that\s+(?!(?:I|I['’]m|we|my|our|me|myself)\b)/iu

/** First-person subjects: the clause is about the writer. */
const writerSubject = /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|myself|we|our)$/

/** The writer as a subject pronoun (not "my" or "me"). */
const firstPersonSubject = /^(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|we|we['’]re|we['’]ve|we['’]d|we['’]ll)$/i

/** Pronouns that carry the previous sentence's subject into a clause: "Frankly, it was insulting." */
const carryingPronoun = /^(?:it|it's|it’s|this|that|they|they're|they’re|he|she|these|those)$/

/** Determiners that say whose a noun is. */
const determiner = /^(?:my|our|your|the|this|that|a|an|its|their|his|her)$/

/**
 * The targets a clause names, read from its words (lower-case, as compromise normalises them),
 * with the company's and role's own names from the draft. A noun owned by the writer ("my team",
 * "our company") is not the recipient's; next to the writer's current employer, only what is
 * marked "your" is.
 */
export function targetsOf(clauseText: string, words: string[], names: {company?: string; role?: string}): Set<Target> {
  const targets = new Set<Target>()
  const employer = currentEmployer.test(clauseText)
  if (employer) targets.add('current-employer')
  // "I'm afraid, felt like an afterthought": a hedge set off by commas is not the clause's subject,
  // nor is the writer who opens an opinion ("I felt that the task was excessive").
  const hedged = hedgeAside.test(clauseText) || opinionOpening.test(clauseText)
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    if (writerSubject.test(word) && index < 3 && !hedged) targets.add('writer')
    // A possessive is its noun: "the panel's questioning" names the panel.
    const bare = word.replace(/['’]s$/, '')
    const target = nounTarget.get(bare) ?? nounTarget.get(bare.replace(/s$/, ''))
    if (!target || notTarget(words, index)) continue
    const owner = ownerOf(words, index)
    if ((owner === 'my' || owner === 'our') && !alwaysRecipient.has(target) && word !== 'offer') continue
    if (employer && owner !== 'your' && word !== 'you') continue
    targets.add(target)
  }
  // A rate of pay names the pay: "$0.48 a mile felt like a lowball".
  if (payRate.test(clauseText) && !employer) targets.add('pay')
  // Whoever interviewed the writer is the interviewer: "The volunteer coordinator who interviewed me was rude".
  if (interviewedMe.test(clauseText)) targets.add('interviewer')
  if (treatsCandidates.test(clauseText)) targets.add('process')
  const lower = clauseText.toLowerCase()
  if (names.company && lower.includes(names.company.toLowerCase())) targets.add('company')
  if (names.role && lower.includes(names.role.toLowerCase())) targets.add('role')
  return targets
}

/**
 * "Thank you" thanks nobody in particular; the "hiring" of "hiring manager" names a person, not
 * the process; "round here" is around here, not an interview round; a "visa application" is the
 * writer's own business, not the one the recipient is weighing; an "audit committee" or a
 * "ward committee" runs something, it does not interview.
 */
function notTarget(words: string[], index: number): boolean {
  const word = words[index]
  return (
    (word === 'you' && words[index - 1] === 'thank') ||
    (word === 'hiring' && /^(?:manager|managers|team|lead|panel)$/.test(words[index + 1] ?? '')) ||
    (word === 'round' && /^(?:here|there)$/.test(words[index + 1] ?? '')) ||
    (word === 'application' && /^(?:visa|permit|passport|residency|mortgage|planning|grant|loan|licence|license|asylum)$/.test(words[index - 1] ?? '')) ||
    (word === 'committee' && /^(?:audit|finance|planning|management|ward|tender|nominations|admissions|works|social|steering|organising|organizing|parish|union|governance|ethics|safety)$/.test(words[index - 1] ?? ''))
  )
}

/** The nearest determiner within three words before `index`. */
function ownerOf(words: string[], index: number): string | undefined {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    if (determiner.test(words[at])) return words[at]
  }
  return undefined
}

const inContext = new WeakMap<Document, Map<Clause, Set<Target>>>()

/**
 * What each clause is about once its neighbours are read too. A clause that names nothing
 * continues the clause before it in its sentence ("the team was great; the pay, not so much"),
 * or, when it opens on a pronoun, the last sentence's subject ("He was condescending."). Talk of
 * the writer's current employer carries through its paragraph until the recipient is named again,
 * so "My manager is difficult. The culture is toxic." stays about the old job; but not into what
 * the writer does, nor into a later clause that names nothing (it takes the clause before it).
 */
export function targetsInContext(doc: Document): Map<Clause, Set<Target>> {
  const cached = inContext.get(doc)
  if (cached) return cached
  const result = new Map<Clause, Set<Target>>()
  let previous: Sentence | undefined
  let employerTalk = false
  let employerNouns: string[] = []
  for (const sentence of doc.sentences) {
    const sameParagraph = previous?.paragraph === sentence.paragraph
    if (!sameParagraph) employerNouns = []
    const named = (text: string) => recipientMarker.test(text) || Boolean(doc.facts.company && text.includes(doc.facts.company))
    const aboutEmployer: boolean = sentence.clauses.some((clause) => clause.about.has('current-employer')) || (sameParagraph && employerTalk && !named(sentence.text))
    let before = sameParagraph && previous ? lastNamed(previous, result) : undefined
    // Where the sentence says so: only a clause after it can go on describing the new job ("I am
    // leaving my present company, which treats its guards like furniture, and I have accepted an
    // offer" describes the old one first).
    const tookAt = sentence.text.search(tookOtherJob)
    for (const clause of sentence.clauses) {
      let about = new Set(clause.about)
      const first = clause === sentence.clauses[0]
      // What the writer does ("my partner and I have signed a new lease") is not the old job's, nor
      // is a later clause that names nothing: it continues the clause before it ("and breaking it
      // would mean paying a penalty").
      if (aboutEmployer && !named(clause.text) && !writerActs(sentence, clause) && (first || !namesNothing(about))) {
        about = withoutRecipient(about, 'current-employer')
      }
      // "I have accepted a job on a war drama, with a brutal schedule of night shoots": a clause
      // that goes on describing the job the writer took is about that job.
      if (!first && tookAt >= 0 && clause.start - sentence.start > tookAt && describingOn.test(clause.text) && !named(clause.text)) about = withoutRecipient(about, 'writer')
      if (employerNouns.some((noun) => new RegExp(String.raw`\bthe ${noun}\b`, 'i').test(clause.text))) about = withoutRecipient(about, 'current-employer')
      else if (namesNothing(about) && before && (!first || opensOnPronoun(sentence, clause))) about = new Set(before)
      employerNouns.push(...employerNounsIn(clause.text))
      result.set(clause, about)
      before = namesNothing(about) ? before : about
    }
    employerTalk = aboutEmployer
    previous = sentence
  }
  inContext.set(doc, result)
  return result
}

/**
 * What the writer's current employer is called in a clause ("workshop" in "my present workshop"),
 * so that "the workshop is badly managed" later in the paragraph means it.
 */
function employerNounsIn(text: string): string[] {
  return [...text.matchAll(everyCurrentEmployer)]
    .filter((match) => /^(?:my|our)\s/i.test(match[0]))
    .map((match) => match[0].split(/\s+/).at(-1)!.toLowerCase())
    .filter((noun) => !notWorkplaces.has(noun))
}

/** The writer took another job: "I have accepted a job as art director", "we've signed for another season". */
const tookOtherJob = /\b(?:I|we)(?:['’]ve|\s+have|\s+had)?\s+(?:now\s+|just\s+|already\s+|since\s+)?(?:accepted|taken|signed(?:\s+for|\s+on\s+for)?|agreed\s+to|committed\s+to)\s+(?:a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:job|role|position|post|offer|contract|placement|season)\b/iu
/** A clause that goes on describing what came before it: "with a brutal schedule", "which pays more". */
const describingOn = /^\s*(?:with|which|where|including)\b/i

/** Every mention in a text, compiled once (matchAll copies it, so its position is never shared). */
const everyCurrentEmployer = new RegExp(currentEmployer.source, 'gi')

/** What "my current ..." may name that is no workplace: "my current salary" leaves "the salary" on offer the recipient's. */
const notWorkplaces = new Set(['job', 'role', 'position', 'salary', 'pay', 'package', 'team', 'manager', 'director', 'supervisor', 'boss', 'management', 'leadership', 'crew'])

function namesNothing(about: Set<Target>): boolean {
  return about.size === 0
}

function withoutRecipient(about: Set<Target>, add: Target): Set<Target> {
  const kept = new Set([...about].filter((target) => !recipientTargets.has(target)))
  kept.add(add)
  return kept
}

/** The targets of the last clause of `sentence` that names something. */
function lastNamed(sentence: Sentence, result: Map<Clause, Set<Target>>): Set<Target> | undefined {
  for (const clause of [...sentence.clauses].reverse()) {
    const about = result.get(clause)
    if (about && !namesNothing(about)) return about
  }
  return undefined
}

/** The writer as the subject of a clause, in its first four words ("I also started", "my partner and I have"), not opening an opinion. */
function writerActs(sentence: Sentence, clause: Clause): boolean {
  if (opinionOpening.test(clause.text) || hedgeAside.test(clause.text)) return false
  const words = sentence.words.filter((word) => word.start >= clause.start && word.end <= clause.end).slice(0, 4)
  return words.some((word) => firstPersonSubject.test(word.text))
}

/** Whether a pronoun is one of the clause's first two words: "It was", "Frankly, they were". */
function opensOnPronoun(sentence: Sentence, clause: Clause): boolean {
  const words = sentence.words.filter((word) => word.start >= clause.start && word.end <= clause.end).slice(0, 2)
  return words.some((word) => carryingPronoun.test(word.text.toLowerCase()))
}
