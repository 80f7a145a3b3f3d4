import type {Document, Greeting} from '../src/document/document.js'
import {findInlineGreeting} from '../src/document/parts.js'
import {defineRule} from '../src/engine/rule.js'
import type {Edit, Finding} from '../src/types.js'
import {casualSalutations, completeWithoutName, impersonalAddressees} from './greeting.data.js'
import {recipientName} from './shared/addressee.js'

const template = 'The guidance\'s own template opens with a salutation to a person: "Dear [Hiring Manager],".'
const professional =
  'The guidance: "Use professional language: Whether you use email templates or write your own message, keep your tone courteous and appreciative."'

/** A greeting, and whether it opens the first sentence rather than standing on its own line. */
type Found = {greeting: Greeting; inline: boolean}

/** The greeting line, or a greeting word opening the first sentence ("Hi, I'm writing to..."). */
function greetingOf(doc: Document): Found | undefined {
  if (doc.greeting) return {greeting: doc.greeting, inline: false}
  const first = doc.sentences[0]
  const greeting = first && first.start === doc.insertion.start ? findInlineGreeting(first) : undefined
  return greeting && {greeting, inline: true}
}

/** "Priya" for "Hi"-style salutations when the name is "Priya Shah"; titled names stay whole. */
function shortName(salutation: string, person: string): string {
  const informal = /^(?:hi|hello)$/i.test(salutation) && !/^(?:Mr|Mrs|Ms|Mx|Dr|Prof)\b/.test(person)
  return informal ? person.split(/\s+/)[0] : person
}

/**
 * Replace the whole greeting with a new one. An inline greeting ("Hi, I am writing...") gets a
 * line of its own, and the sentence after it its capital letter back.
 */
function replaceGreeting(doc: Document, found: Found, text: string): Edit {
  const {start, end} = found.greeting
  if (!found.inline) return {range: [start, end], text}
  const next = doc.text.charAt(end)
  return {range: [start, end + next.length], text: `${text}${doc.insertion.newline.repeat(2)}${next.toUpperCase()}`}
}

function missing(doc: Document, person: string | undefined): Finding[] {
  const nl = doc.insertion.newline
  const at = doc.insertion.start
  const fix: Edit = {range: [at, at], text: `Dear ${person ?? 'Hiring Manager'},${nl}${nl}`}
  return [{
    reason: 'No greeting: the draft opens without a salutation',
    note: `${template} Opening straight into the news reads as abrupt.`,
    start: at,
    end: at,
    expected: [fix.text.trim()],
    fix,
    suggestions: [{desc: `Open with "${fix.text.trim()}"`, fix}]
  }]
}

/** Greetings to offer in place of one: to the person by name, else to the hiring side. */
function formalGreetings(name: string | undefined): string[] {
  return name ? [`Dear ${name},`, `Hello ${shortName('hello', name)},`] : ['Dear Hiring Manager,', 'Dear Hiring Team,']
}

function casual(doc: Document, found: Found, person: string | undefined): Finding {
  const {greeting} = found
  const word = greeting.text.slice(0, greeting.salutation.length)
  const span = {start: greeting.start, end: greeting.start + word.length}
  const replacements: Array<{text: string; fix: Edit}> = greeting.name && !found.inline
    // On a greeting line with a name only the word changes: "Hey Sam," becomes "Dear Sam,".
    ? ['Dear', 'Hello'].map((text) => ({text, fix: {range: [span.start, span.end], text}}))
    : formalGreetings(greeting.name?.text ?? person).map((text) => ({text, fix: replaceGreeting(doc, found, text)}))
  return {
    reason: `"${word}" is too casual a greeting for a letter to an employer`,
    note: `${professional} Keep "${word}" for friends; "Dear" or "Hello" suits a recruiter too.`,
    ...span,
    actual: word,
    expected: replacements.map((item) => item.text),
    suggestions: replacements.map((item) => ({desc: `Use "${item.text}"`, fix: item.fix}))
  }
}

function addressedToNobody(doc: Document, found: Found, person: string | undefined): Finding {
  const {greeting} = found
  const written = greeting.text.trim().replace(/[,:;!.]+$/, '')
  const salutation = /^(?:dear|hi|hello)$/i.test(greeting.salutation) ? greeting.salutation : 'Dear'
  const replacements = person
    ? [`${salutation} ${shortName(salutation, person)},`]
    : ['Dear Hiring Manager,', 'Dear Hiring Team,']
  return {
    reason: person
      ? `"${written}" addresses no one, though the draft is to ${person}`
      : `"${written}" addresses no one`,
    note: `${template} Using the reader's name shows the letter was written for them.`,
    start: greeting.start,
    end: greeting.end,
    actual: written,
    expected: replacements,
    suggestions: replacements.map((text) => ({desc: `Use "${text}"`, fix: replaceGreeting(doc, found, text)}))
  }
}

/** A name-only greeting ("Sam,"): the salutation word is missing; "Dear" goes before the name. */
function noSalutation(greeting: Greeting): Finding {
  const fix: Edit = {range: [greeting.start, greeting.start], text: 'Dear '}
  return {
    reason: `"${greeting.text}" has no salutation before the name`,
    note: `${template} A bare name reads as curt.`,
    start: greeting.start,
    end: greeting.end,
    expected: [`Dear ${greeting.text}`],
    fix,
    suggestions: [{desc: `Use "Dear ${greeting.text}"`, fix}, {desc: `Use "Hello ${greeting.text}"`, fix: {...fix, text: 'Hello '}}]
  }
}

export default defineRule({
  id: 'greeting',
  description: 'A salutation, addressed to a person where one is known, not too casual',
  defaultSeverity: 'warn',
  fix: 'safe',
  check(doc) {
    // A phone-call script has no greeting line; an empty draft has nothing to greet with.
    if (doc.draft.meta.script || (doc.sentences.length === 0 && !doc.greeting && !doc.signOff)) return []
    const person = recipientName(doc)
    const found = greetingOf(doc)
    if (!found) return missing(doc, person)
    const {greeting} = found
    const salutation = greeting.salutation.toLowerCase()
    if (casualSalutations.includes(salutation)) return [casual(doc, found, person)]
    if (!salutation) return [noSalutation(greeting)]
    if (!greeting.name) {
      return person || !completeWithoutName.includes(salutation) ? [addressedToNobody(doc, found, person)] : []
    }
    const impersonal = impersonalAddressees.includes(greeting.name.text.toLowerCase().split('/').map((part) => part.trim()).join('/'))
    return person && impersonal ? [addressedToNobody(doc, found, person)] : []
  }
})
