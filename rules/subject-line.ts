import type {Document} from '../src/document/document.js'
import {subjectSpan} from '../src/document/subject.js'
import {defineRule} from '../src/engine/rule.js'
import type {Span} from '../src/input/draft.js'
import type {Finding} from '../src/types.js'
import {conversationWords, fillerWords, occasionWords, purposePhrases, purposeStems, topicWords, venueWords} from './subject-line.data.js'
import {templateSlot} from './shared/template-slots.js'

/** A template slot names nothing yet ("[Job Title]"); `placeholders` reports it as unfilled. */
const placeholder = new RegExp(templateSlot, 'g')

/** "Re: ", "Fwd: ", "RE: FW: ": reply and forward markers, kept when a subject is rewritten. */
const replyPrefix = /^(?:\s*(?:re|fwd?|aw|sv)\s*:)+\s*/i

/** A venue's word as written in its name, capitalised or not: "[Cc]entre". */
const venueInName = venueWords.map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`)

/**
 * The name of an occasion or a venue, which names no role: the "Sydney Marathon" of "at the Sydney
 * Marathon expo", the "Cebu" of "at the Cebu open day", the "Aotea" of "at the Aotea Centre".
 */
// The "at" is matched, not looked behind for: a lookbehind with \s+ rescans a run of spaces at every position.
const occasionName = new RegExp(String.raw`\b([Aa]t\s+(?:the\s+)?)(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?=(?:${[...occasionWords, ...venueInName].join('|')}|open\s+(?:day|evening|house))\b)`, 'gu')

/**
 * The name of an event where a conversation took place, ending the subject: the "Hyper Japan" of
 * "Following our chat at Hyper Japan". (A company's name there still counts, as any name of the
 * company or role in the subject does.)
 */
const eventAtEnd = /\b((?:chat|call|talk|meeting|conversation)\s+at\s+(?:the\s+)?)(?:\p{Lu}[\p{L}\p{N}'’-]*)(?:\s+\p{Lu}[\p{L}\p{N}'’-]*){0,2}\s*$/u
/** The kind of an occasion, ending the subject: the "busking" of "Following our chat at the busking festival". */
const occasionKindAtEnd = new RegExp(String.raw`\b((?:chat|call|talk|meeting|conversation)\s+at\s+(?:the|a|an)\s+)(?:[\p{L}'’-]+\s+){1,2}(?=(?:${occasionWords.join('|')})\s*$)`, 'iu')

/** Why a subject is unclear, or nothing when it is clear enough. */
function problem(doc: Document, subject: string): 'empty' | 'no-topic' | 'topic-only' | undefined {
  // A possessive is its word: "After Tuesday's call" names a day and a call.
  const words = (subject.replace(replyPrefix, '').replace(placeholder, ' ').replace(occasionName, '$1').replace(eventAtEnd, '$1').replace(occasionKindAtEnd, '$1').toLowerCase().match(/[\p{L}\p{N}'’]+/gu) ?? []).map((word) => word.replace(/['’]s$/, ''))
  if (words.length === 0) return 'empty'
  const names = [doc.facts.role, doc.facts.company].filter((name): name is string => Boolean(name))
  const lower = subject.toLowerCase()
  const namesOne = names.some((name) => lower.includes(name.toLowerCase()))
  const hasTopic = words.some((word) => topicWords.includes(word))
  // Thanks state a purpose beside something named ("Postdoctoral Research Associate – thank you"),
  // not alone ("Thank you!").
  const thanksFor = words.some((word) => word.startsWith('thank')) && words.some((word) => !word.startsWith('thank') && !fillerWords.includes(word))
  const hasPurpose = thanksFor || words.some((word) => purposeStems.some((stem) => word.startsWith(stem))) || purposePhrases.some((phrase) => lower.includes(phrase))
  // A reply keeps the subject its thread was given, which the reader knows ("Re: Your offer",
  // "Re: Warehouse Team Leader – your message"), as long as it names something: not "Re: Update",
  // and not only a conversation ("Re: Quick chat").
  const reply = replyPrefix.test(subject)
  const replyNames = reply && words.some((word) => !fillerWords.includes(word) && !conversationWords.includes(word))
  if (!namesOne && !hasPurpose && (reply ? !replyNames : !hasTopic)) return 'no-topic'
  // "Interview", "Your job offer", "Following up on my application": a topic and nothing more.
  if (reply || namesOne) return undefined
  if (words.every((word) => fillerWords.includes(word) || topicWords.includes(word))) return 'topic-only'
  return undefined
}

/** A subject in the guidance's form, with the draft's own role and company. */
function suggestedSubject(doc: Document): string {
  const {role, company, kind} = doc.facts
  const what = [role && ` for ${role}`, company && ` at ${company}`].filter(Boolean).join('')
  if (doc.search(/\bwithdr[ae]w/gi).length > 0) return `Withdrawal of application${what}`
  if (kind === 'offer') return `Job offer${what} – Thank you`
  if (kind === 'interview') return `Interview${what} – Thank you for the opportunity`
  return `Application${what} – Thank you for the opportunity`
}

/** Front matter values are YAML: quote the new one when the old one was quoted or YAML needs it. */
function asWritten(doc: Document, span: Span, value: string): string {
  // "Subject:" with nothing after it: the new subject needs its space.
  if (doc.draft.format !== 'markdown') return doc.text.charAt(span.start - 1) === ':' ? ` ${value}` : value
  const raw = span.text
  return /^["']/.test(raw) || /^[\s"'&*!|>%@`{}[\],#?:-]|: | #/.test(value) ? JSON.stringify(value) : value
}

const reasons = {
  empty: () => 'The subject is empty',
  'no-topic': (subject: string) => `Subject "${subject}" does not say what the message is about`,
  'topic-only': (subject: string) => `Subject "${subject}" names no role and no purpose`
}

export default defineRule({
  id: 'subject-line',
  description: 'Where there is a subject, it is clear about purpose',
  defaultSeverity: 'warn',
  fix: 'suggestion',
  check(doc) {
    // The design: only "where there is a subject". A draft without one is not reported.
    const span = subjectSpan(doc)
    if (!doc.subject || !span) return []
    const subject = doc.subject.text.trim()
    const found = problem(doc, subject)
    if (!found) return []
    const prefix = replyPrefix.exec(subject)?.[0].trim() ?? ''
    const better = `${prefix ? prefix + ' ' : ''}${suggestedSubject(doc)}`
    const finding: Finding = {
      reason: reasons[found](subject),
      note:
        'The guidance: "Use a clear subject line: For example, "Interview for [Job Title] – Thank You for the Opportunity." This helps the hiring team quickly understand your intent."',
      start: span.start,
      end: span.end,
      actual: subject,
      expected: [better],
      suggestions: [{desc: `Use "${better}"`, fix: {range: [span.start, span.end], text: asWritten(doc, span, better)}}]
    }
    // A front matter value or HTML title that could not be located has no place to write a new one.
    if (span.end === 0) delete finding.suggestions
    return [finding]
  }
})
