import type {Document} from '../../src/document/document.js'

/** Addressees that are a role, a group or nobody in particular, not a person. */
const notAPerson =
  /\b(?:team|hiring|recruit\w*|talent|careers?|hr|human resources|jobs|people|department|committee|panel|office|sirs?|madam|whom|all|everyone)\b/i

/** Values that are themselves unfilled: "[Hiring Manager]", "{{name}}", "XXX", a signature of "(your name)". */
const unfilled = /[[\]{}<>«»]|_{3,}|\b(?:x{3,}|TBD|TBC)\b|^\(.*\)$/i

/** A usable name: not an address, a list of people, a placeholder or a sentence. */
function usable(value: string | undefined): string | undefined {
  const name = value?.trim()
  if (!name || /[@,;]/.test(name) || unfilled.test(name) || name.split(/\s+/).length > 5) return undefined
  return name
}

/**
 * The person the draft is written to ("Ms. Patel", "Sam Lee"), from front matter, the To header
 * or the greeting, when that is a person and not "Hiring Team", "Sir/Madam" or an address.
 */
export function recipientName(doc: Document): string | undefined {
  const name = usable(doc.facts.recipient)
  return name && !notAPerson.test(name) ? name : undefined
}

/** The sender's name, from front matter or the signature, when it is written out. */
export function senderName(doc: Document): string | undefined {
  return usable(doc.facts.sender)
}

/** Whether a known value is itself a placeholder and so no help in filling one. */
export function isUnfilled(value: string): boolean {
  return unfilled.test(value)
}
