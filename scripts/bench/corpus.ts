import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'

/** A small seeded generator (mulberry32): the same corpus on every run and machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = Math.imul(state ^ (state >>> 15), 1 | state)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const names = ['Ms. Patel', 'Mr. Okafor', 'Dr. Lindqvist', 'Sam', 'Ana de la Cruz', 'Hiring Team']
const roles = ['Data Analyst', 'Product Designer', 'Staff Engineer', 'Account Manager', 'Research Scientist']
const companies = ['Northwind Traders', 'Lumen Labs', 'Marlow & Finch', 'Globex', 'Acme Analytics']
const openings = [
  'Thank you for inviting me to interview for the {role} position at {company}.',
  'Thank you for offering me the {role} role at {company}.',
  'I appreciate the time you and the team have spent on my application for the {role} position.'
]
const middles = [
  'After careful consideration, I have decided to decline the interview.',
  'I have accepted another offer and will not be moving forward.',
  'I have decided to withdraw my application at this time.',
  'The role is not the right fit for my goals at the moment.',
  'I was impressed by the team and by what {company} is building.',
  'The conversations with your colleagues were a pleasure, and I learned a great deal about the work.',
  'This was a difficult decision, and it is no reflection on your company.'
]
const closings = [
  'I apologise for any inconvenience this may cause.',
  'I hope we can keep in touch for future opportunities.',
  'Thank you again for your time and understanding.',
  'Please keep me in mind for future roles that may align with my career goals.'
]

/** One realistic decline of roughly `words` words, varied by `random`. */
export function draft(random: () => number, words = 120): string {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]
  const fill = (text: string) => text.replace('{role}', pick(roles)).replace('{company}', pick(companies))
  const body = [fill(pick(openings))]
  while (body.join(' ').split(/\s+/).length < words - 20) body.push(fill(pick(middles)))
  body.push(pick(closings), pick(closings))
  return `Subject: Interview for ${pick(roles)} – Thank you for the opportunity\n\nDear ${pick(names)},\n\n${body.join(' ')}\n\nBest regards,\nJordan Lee\n`
}

/** Write `count` drafts into `folder` (made if missing) and return their paths. */
export function writeCorpus(folder: string, count: number, seed: number, words = 120): string[] {
  mkdirSync(folder, {recursive: true})
  const random = seeded(seed)
  return Array.from({length: count}, (_, index) => {
    const path = join(folder, `draft-${String(index).padStart(4, '0')}.txt`)
    writeFileSync(path, draft(random, words))
    return path
  })
}
