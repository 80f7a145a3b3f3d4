import type {Document} from '../src/document/document.js'
import {defineRule} from '../src/engine/rule.js'
import type {Finding, Suggestion} from '../src/types.js'
import {findPlaceholders, groupOf, templateSyntaxes, type Placeholder} from './placeholders.scan.js'
import {acrossTemplates} from './placeholders.across.js'
import {checkTemplate} from './placeholders.template.js'
import {isUnfilled, recipientName, senderName} from './shared/addressee.js'

const note =
  'The guidance offers "a simple template you can adapt": adapting it means filling in every blank. A placeholder left in tells the reader they got a form letter.'

/** The draft's own value for what a placeholder stands for, when the draft knows it. */
function knownValue(doc: Document, placeholder: Placeholder): string | undefined {
  const group = groupOf(doc, placeholder)
  const values: Record<string, string | undefined> = {
    // Front matter may itself hold a placeholder ("company: [Company]"): no help then.
    company: doc.facts.company && !isUnfilled(doc.facts.company) ? doc.facts.company : undefined,
    role: doc.facts.role && !isUnfilled(doc.facts.role) ? doc.facts.role : undefined,
    recipient: recipientName(doc),
    sender: senderName(doc)
  }
  const value = values[group]
  // In the greeting, "Hiring Manager" reads well when no name is known: "Dear Hiring Manager,".
  if (!value) return group === 'recipient' && doc.greeting && placeholder.start < doc.greeting.end ? 'Hiring Manager' : undefined
  // "{first_name}" wants "Priya" from "Priya Shah", but "Ms. Patel" has no first name to give.
  const words = value.split(/\s+/)
  return /first/i.test(placeholder.name) && words.length > 1 && !/\.$|^(?:Mr|Mrs|Ms|Mx|Dr|Prof)$/.test(words[0]) ? words[0] : value
}

/** Stand-ins that read well where the draft does not know the value. */
const standIns: Record<string, string> = {company: 'your company', role: 'the position', recipient: 'the hiring manager'}

/**
 * Ways to fill a placeholder in: the draft's own value; else a stand-in that reads well
 * ("the [Job Title] position" without the title, "your company"); else taking it out, for the
 * writer to put in what only they know (their name, a date). None for a subject that is only a
 * placeholder.
 */
function fillings(doc: Document, placeholder: Placeholder): Suggestion[] {
  // A subject that is only a placeholder needs a new subject, which subject-line suggests: a filled
  // in title ("Subject: Data Analyst") or "the position" would still say nothing.
  if (doc.subject !== undefined && doc.subject.text.trim() === placeholder.text) return []
  const range: [number, number] = [placeholder.start, placeholder.end]
  const value = knownValue(doc, placeholder)
  if (value) return [{desc: `Fill in "${value}"`, fix: {range, text: value}}]
  const group = groupOf(doc, placeholder)
  const beforeNoun = /^\s+(?=(?:position|role|job|post|vacancy|opening)\b)/i.exec(doc.text.slice(placeholder.end))
  if (group === 'role' && beforeNoun) {
    return [{desc: 'Leave the title out', fix: {range: [placeholder.start, placeholder.end + beforeNoun[0].length], text: ''}}]
  }
  const standIn = standIns[group]
  if (standIn) return [{desc: `Write "${standIn}" if you cannot fill it in`, fix: {range, text: standIn}}]
  const space = doc.text.charAt(placeholder.start - 1) === ' ' ? 1 : 0
  return [{desc: 'Take it out, and write in what it stands for', fix: {range: [placeholder.start - space, placeholder.end], text: ''}}]
}

function unfilled(doc: Document, placeholder: Placeholder): Finding {
  const suggestions = fillings(doc, placeholder)
  return {
    reason: `Unfilled placeholder "${placeholder.text}"`,
    note,
    start: placeholder.start,
    end: placeholder.end,
    actual: placeholder.text,
    expected: suggestions.map((item) => item.fix.text).filter(Boolean),
    suggestions
  }
}

export default defineRule({
  id: 'placeholders',
  description: 'No unfilled template placeholders in a draft; in template mode, well-formed and consistent ones',
  defaultSeverity: 'error',
  fix: 'suggestion',
  acrossFiles: acrossTemplates,
  check(doc, context) {
    const placeholders = findPlaceholders(doc)
    if (context.mode === 'template') {
      const templated = placeholders.filter((placeholder) => templateSyntaxes.includes(placeholder.syntax))
      return checkTemplate(doc, templated, context.allowedPlaceholders)
    }
    return placeholders.map((placeholder) => unfilled(doc, placeholder))
  }
})
