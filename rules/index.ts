import type {Rule} from '../src/engine/rule.js'
import decision from './decision.js'
import gratitude from './gratitude.js'
import apology from './apology.js'
import futureContact from './future-contact.js'
import negativeRemarks from './negative-remarks.js'
import promptness from './promptness.js'
import subjectLine from './subject-line.js'
import greeting from './greeting.js'
import signOff from './sign-off.js'
import placeholders from './placeholders.js'
import conciseness from './conciseness.js'
import professionalTone from './professional-tone.js'
import inclusiveLanguage from './inclusive-language.js'

/**
 * Every rule. The order is the order fixes are applied in where several insert at one point:
 * the subject and greeting come before the body's thanks, and the sign-off after the apology
 * and the keep-in-touch line.
 */
export const rules: readonly Rule<object>[] = [
  subjectLine,
  greeting,
  decision,
  gratitude,
  apology,
  futureContact,
  negativeRemarks,
  promptness,
  signOff,
  placeholders,
  conciseness,
  professionalTone,
  inclusiveLanguage
]
