import type nlp from 'compromise'
import type {View} from './document.js'

/** A compromise match pattern, parsed. */
export type ParsedPattern = ReturnType<typeof nlp.parseMatch>

/** The fields of a parsed pattern's term that tell what it needs (compromise types them as `object`). */
interface Reg {
  optional?: boolean
  negative?: boolean
  fuzzy?: boolean
  use?: string
  word?: string
  tag?: string
  fastOr?: Set<string>
  choices?: Reg[][]
  operator?: string
}

/** The forms of a compromise term that a pattern's words are compared with. */
interface TermForms {
  text: string
  normal: string
  machine?: string | null
  implicit?: string
  root?: string
  alias?: string[]
  tags: Set<string>
}

/**
 * What a sentence must hold for a pattern to have any chance: one entry per term the pattern
 * cannot do without, each the words ('#Tag' for a tag) of which at least one must be there.
 * Most sentences lack some word of most patterns, and telling so from a set is far cheaper than
 * asking compromise to try the pattern from every word.
 */
export type Requirement = ReadonlyArray<ReadonlySet<string>>

/**
 * The requirement of a parsed pattern. Only terms every match must use count: optional,
 * negative and fuzzy terms, and terms compared on a chosen form (`reg.use`), are left out, so the
 * requirement never turns away a sentence compromise would match.
 */
export function requirementOf(pattern: ParsedPattern): Requirement {
  return (pattern as Reg[]).map(wordsOf).filter((words): words is Set<string> => words !== undefined)
}

/** The words one of which a term of a pattern must be, or undefined when it can be anything. */
function wordsOf(reg: Reg): Set<string> | undefined {
  if (reg.optional || reg.negative || reg.fuzzy || reg.use) return undefined
  if (reg.word !== undefined) return new Set([reg.word])
  if (reg.tag !== undefined) return new Set(['#' + reg.tag])
  if (reg.fastOr !== undefined) return new Set(reg.fastOr)
  if (reg.choices !== undefined && reg.operator === 'or') {
    // Some alternative must match whole: any one word each alternative needs will do.
    const words = new Set<string>()
    for (const choice of reg.choices) {
      const needed = requirementOf(choice)[0]
      if (!needed) return undefined
      for (const word of needed) words.add(word)
    }
    return words
  }
  return undefined
}

/**
 * Every form a term of the view can be matched on: its text, normal, machine, implicit and root
 * forms, its aliases, and its tags as '#Tag'. A superset of what compromise compares a word or a
 * list of words with.
 */
export function termsOf(view: View): Set<string> {
  const terms = new Set<string>()
  for (const sentence of view.docs) {
    for (const term of sentence as unknown as TermForms[]) {
      for (const form of [term.text, term.normal, term.machine, term.implicit, term.root]) if (form) terms.add(form)
      for (const alias of term.alias ?? []) terms.add(alias)
      for (const tag of term.tags) terms.add('#' + tag)
    }
  }
  return terms
}

/** Whether a sentence with these terms holds all that the requirement asks. */
export function mayMatch(terms: ReadonlySet<string>, requirement: Requirement): boolean {
  // Asked of every sentence for every pattern: plain loops, no arrays made.
  for (const words of requirement) {
    let found = false
    for (const word of words) if ((found = terms.has(word))) break
    if (!found) return false
  }
  return true
}
