import type {DraftMeta} from '../input/draft.js'

/** What the draft is about, read from metadata first and from its own words second. */
export interface Facts {
  company?: string
  role?: string
  /** Who the letter is addressed to ("Ms. Patel"), when known. */
  recipient?: string
  /** Who signs it. */
  sender?: string
  /** Whether it turns down an interview, an offer, or cannot be told. */
  kind: 'interview' | 'offer' | 'unknown'
}

const capitalised = String.raw`\p{Lu}[\p{L}\p{N}&'’+-]*(?:\.\p{L}+)*`
const name = String.raw`(${capitalised}(?:\s+(?:of\s+|&\s+)?${capitalised}){0,3})`
/** "the Senior Data Analyst position", "the role of Product Designer" */
const rolePatterns = [
  new RegExp(String.raw`\bthe\s+((?:${capitalised}\s+){0,4}${capitalised})\s+(?:position|role|job|opening|post|vacancy)\b`, 'u'),
  new RegExp(String.raw`\b(?:position|role|post) of\s+${name}`, 'u'),
  new RegExp(String.raw`\bas (?:a|an|the)?\s*((?:${capitalised}\s+){0,4}${capitalised})\s+(?:at|with)\b`, 'u')
]
/** "at Acme Corp", "with Northwind", "join Globex" */
const companyPatterns = [
  new RegExp(String.raw`\b(?:position|role|job|opportunity|offer|interview|team|career)\s+(?:at|with)\s+${name}`, 'u'),
  new RegExp(String.raw`\b(?:join|joining|at)\s+${name}`, 'u')
]
/** Words that look like names after "at"/"join" but are not companies. */
const notCompanies = /^(?:This|That|The|Your|Our|My|A|An|I|Present|Least|First|All|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Noon|Once|Times|Some|Any|Last)$/

/** A placeholder left in a template is no name: "join XXX as a booth renter", "the TBD position". */
const placeholderMarker = /^(?:X{3,}|TB[DCA]|TODO|FIXME)$/

/** Read the company, role and kind of decline from metadata and the body's sentences. */
export function readFacts(meta: DraftMeta, sentences: readonly string[], recipient?: string, sender?: string): Facts {
  const body = sentences.join(' ')
  return {
    company: meta.company ?? firstMatch(companyPatterns, sentences),
    role: meta.role ?? firstMatch(rolePatterns, sentences),
    recipient: meta.recipient ?? recipient,
    sender: meta.sender ?? sender,
    kind: kindOf(body)
  }
}

/**
 * An offer made to interview ("your interview offer", "offering me a second interview", "the offer of
 * a call"), which is an invitation, not a job offer.
 */
const interviewOffer = /\binterview\s+offers?\b|\boffer(?:s|ed|ing)?\s+(?:(?:me|us)\s+)?(?:of\s+|to\s+)?(?:an?\s+|the\s+)?(?:(?:second|first|final|further|follow-up|panel|phone|video|another)\s+)?(?:interview|conversation|call|chat|meeting)/gi

/**
 * An offer declined, or an interview: a job offer anywhere makes it an offer, even after "my final
 * interview"; otherwise a draft that mentions an interview (or an offer to interview) is about one.
 */
function kindOf(body: string): Facts['kind'] {
  if (/\boffer(?:s|ed|ing)?\b/i.test(body.replace(interviewOffer, ''))) return 'offer'
  return /\binterview/i.test(body) ? 'interview' : 'unknown'
}

/** The first name any pattern finds, trying every sentence with each pattern in turn. */
function firstMatch(patterns: RegExp[], sentences: readonly string[]): string | undefined {
  for (const pattern of patterns) {
    for (const sentence of sentences) {
      const value = pattern.exec(sentence)?.[1].replace(/[’']s?$/, '')
      const first = value?.split(/\s+/)[0] ?? ''
      if (value && !notCompanies.test(first) && !placeholderMarker.test(first)) return value
    }
  }
  return undefined
}
