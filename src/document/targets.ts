/**
 * What a clause is about. A negative word matters when it lands on the recipient's company,
 * role, team, pay, interviewer or hiring process; not when it is about the writer's own
 * situation or someone else.
 */

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
  company: ['company', 'firm', 'organization', 'organisation', 'business', 'employer', 'culture', 'office', 'offices', 'management', 'leadership', 'startup', 'agency', 'brand', 'product', 'workplace', 'environment', 'location', 'reputation', 'reviews', 'glassdoor'],
  role: ['role', 'position', 'job', 'responsibilities', 'duties', 'title', 'hours', 'workload', 'commute', 'opening', 'vacancy', 'contract', 'schedule', 'shift', 'shifts', 'work'],
  team: ['team', 'colleague', 'colleagues', 'staff', 'people', 'employees', 'manager', 'boss', 'supervisor', 'department', 'coworkers', 'co-workers', 'engineers'],
  pay: ['pay', 'salary', 'compensation', 'offer', 'benefits', 'package', 'equity', 'bonus', 'wage', 'wages', 'rate', 'pto', 'vacation', 'raise', 'money', 'perks', 'pension'],
  interviewer: ['interviewer', 'interviewers', 'recruiter', 'recruiters', 'hr', 'panel', 'you', 'ceo', 'founder', 'cto'],
  process: ['process', 'interview', 'interviews', 'scheduling', 'assessment', 'test', 'take-home', 'round', 'rounds', 'communication', 'questions', 'application', 'portal', 'paperwork', 'onboarding', 'call', 'calls', 'screening', 'hiring', 'timeline', 'email', 'emails', 'feedback']
}

const nounTarget = new Map<string, Target>()
for (const [target, nouns] of Object.entries(targetNouns)) {
  for (const noun of nouns) nounTarget.set(noun, target as Target)
}

/** Phrases that move a clause onto the writer's current employer, not the recipient. */
const currentEmployer = /\b(?:my|our) (?:current|present|existing|old|previous|former) (?:\w+ )?(?:employer|company|job|role|team|manager|boss|position|workplace)\b|\bwhere I (?:currently )?work\b|\bmy (?:boss|manager|employer)\b/i

/** First-person subjects: the clause is about the writer. */
const writerSubject = /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|myself|we|our)$/

/**
 * The targets a clause names, read from its words (lower-case, as compromise normalises them),
 * with the company's and role's own names from the draft.
 */
export function targetsOf(clauseText: string, words: string[], names: {company?: string; role?: string}): Set<Target> {
  const targets = new Set<Target>()
  if (currentEmployer.test(clauseText)) targets.add('current-employer')
  for (const [index, word] of words.entries()) {
    if (writerSubject.test(word) && index < 3) targets.add('writer')
    const target = nounTarget.get(word) ?? nounTarget.get(word.replace(/s$/, ''))
    if (target && !(targets.has('current-employer') && /\bmy\b/i.test(clauseText))) targets.add(target)
  }
  const lower = clauseText.toLowerCase()
  if (names.company && lower.includes(names.company.toLowerCase())) targets.add('company')
  if (names.role && lower.includes(names.role.toLowerCase())) targets.add('role')
  return targets
}
