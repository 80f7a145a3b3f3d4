import type {Document, SignOff} from '../src/document/document.js'
import type {Span} from '../src/input/draft.js'
import {defineRule} from '../src/engine/rule.js'
import type {Edit, Finding} from '../src/types.js'
import {senderName} from './shared/addressee.js'
import {casualClosings, standardClosing} from './sign-off.data.js'

const template = 'The guidance\'s own template ends with a closing and the sender\'s name: "Best regards, [Your Name]".'
const professional =
  'The guidance: "Use professional language: Whether you use email templates or write your own message, keep your tone courteous and appreciative."'

/**
 * A finding for something missing at `at`. With the text to insert fully known it is a safe fix;
 * when the sender's name is unknown, the only name to offer is "[Your Name]" for the writer to
 * fill in, which must never be inserted by --fix.
 */
function missing(reason: string, note: string, at: number, text: string, known: boolean): Finding {
  const fix: Edit = {range: [at, at], text}
  return {
    reason,
    note,
    start: at,
    end: at,
    expected: [text.trim()],
    ...(known ? {fix} : {}),
    suggestions: [{desc: `Add "${text.trim().replace(/\s+/g, ' ')}"${known ? '' : ', with your name for "[Your Name]"'}`, fix}]
  }
}

function noClosingNoName(doc: Document, sender: string | undefined): Finding {
  const nl = doc.insertion.newline
  const text = `${nl}${nl}${standardClosing}${nl}${sender ?? '[Your Name]'}`
  return missing('No closing line or name at the end of the draft', `${template} Ending on the last sentence reads as cut off.`, doc.insertion.end, text, Boolean(sender))
}

function noClosing(doc: Document, signOff: SignOff, name: Span): Finding {
  const text = `${standardClosing}${doc.insertion.newline}`
  return missing(`No closing line before the name "${name.text}"`, `${template} A name alone reads as abrupt.`, signOff.start, text, true)
}

function noName(doc: Document, closing: Span, sender: string | undefined): Finding {
  const text = `${doc.insertion.newline}${sender ?? '[Your Name]'}`
  return missing(`No name under "${closing.text}"`, `${template} The reader should not have to guess who is declining.`, closing.end, text, Boolean(sender))
}

function casual(doc: Document, signOff: SignOff, closing: Span): Finding | undefined {
  const words = closing.text.replace(/[\s,.!]+$/, '')
  if (!casualClosings.includes(words.toLowerCase())) return undefined
  // "Cheers, Sam" on one line: the closing and the space up to the name are replaced.
  const name = signOff.name
  const sameLine = name !== undefined && name.start >= closing.end && !/[\r\n]/.test(doc.text.slice(closing.end, name.start))
  const end = sameLine ? name.start : closing.end
  const alternatives = sameLine ? [`${standardClosing} `, 'Kind regards, '] : [standardClosing, 'Kind regards,']
  return {
    reason: `"${words}" is too casual a closing for a letter to an employer`,
    note: `${professional} A friendly recruiter still reads the closing as part of your professional image.`,
    start: closing.start,
    end: closing.start + words.length,
    actual: words,
    expected: alternatives.map((text) => text.trim()),
    suggestions: alternatives.map((text) => ({desc: `Use "${text.trim()}"`, fix: {range: [closing.start, end], text}}))
  }
}

export default defineRule({
  id: 'sign-off',
  description: "A closing line and the sender's name",
  defaultSeverity: 'warn',
  fix: 'safe',
  check(doc) {
    // A phone-call script is not signed; an empty draft has nothing to sign.
    if (doc.draft.meta.script || (doc.sentences.length === 0 && !doc.greeting && !doc.signOff)) return []
    const sender = senderName(doc)
    const signOff = doc.signOff
    if (!signOff) return [noClosingNoName(doc, sender)]
    if (!signOff.closing) return signOff.name ? [noClosing(doc, signOff, signOff.name)] : []
    const findings: Finding[] = []
    const tooCasual = casual(doc, signOff, signOff.closing)
    if (tooCasual) findings.push(tooCasual)
    if (!signOff.name) findings.push(noName(doc, signOff.closing, sender))
    return findings
  }
})
