import type {Document, Sentence} from '../src/document/document.js'
import {dayOffset, hoursAhead, timeCues, type TimeCue} from '../src/document/time.js'
import {defineRule} from '../src/engine/rule.js'
import type {Finding} from '../src/types.js'
import * as data from './promptness.data.js'
import {insertAtBodyStart, missingPiece} from './shared/wording.js'

/** Options of the promptness rule. */
export interface PromptnessOptions {
  /** An invitation older than this many days makes the reply late. */
  lateAfterDays: number
  /** An interview this many hours away or fewer is imminent. */
  imminentHours: number
}

const dayMs = 86_400_000
const hourMs = 3_600_000
const pattern = (source: string) => new RegExp(source, 'i')
const otherMeeting = pattern(data.otherMeeting)
const pastMarkers = pattern(data.pastMarkers)
const invitation = pattern(data.invitation)
const sinceSelf = pattern(data.sinceSelf)
const apology = pattern(data.apology)
const delay = pattern(data.delay)
// Global, for doc.search (which copies them through matchAll): compiled once, not per draft.
const patience = new RegExp(data.patience, 'gi')
const shortNotice = new RegExp(data.shortNotice, 'gi')
const meeting = `(?:${data.meetings}|${data.attending})`
const gap = `(?:[\\s,]+(?:${data.between})){0,5}`
/** A meeting word shortly before the cue ("the interview is tomorrow") or after it ("tomorrow's interview"). */
const meetingBefore = pattern(`\\b${meeting}(?:['’]s)?${gap}[\\s,]*$`)
const meetingAfter = pattern(`^${gap}[\\s,]+${meeting}\\b(?!\\s+(?:${data.meetingThings})\\b)`)
/**
 * A meeting named earlier in the sentence and dated after a comma: "my interview for the role,
 * which is booked for tomorrow", "the picker interview, which is tomorrow at 10am", "the interview
 * at the Ortigas office, scheduled for 3:00 this afternoon".
 */
const arranged = '(?:booked|scheduled|arranged|set|planned|due)'
const clockTime = '(?:\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?)?'
const meetingRelative = pattern(`\\b${meeting}\\b[^.;!?]*,\\s*(?:which\\s+(?:is|was|has\\s+been)(?:\\s+${arranged})?|${arranged})(?:\\s+(?:for|on|at))?${clockTime}\\s*$`)

const apologySentence = 'I apologise for the delay in getting back to you.'
const noticeSentence = 'I am sorry for the short notice.'
const callSentence = 'I will also call to make sure you receive this in time.'

/** Whether a cue dates the interview: attached to a meeting word, and not another company's. */
function datesTheInterview(cue: TimeCue): boolean {
  const text = cue.sentence.text
  if (otherMeeting.test(text)) return false
  const before = text.slice(0, cue.start - cue.sentence.start)
  return meetingBefore.test(before) || meetingRelative.test(before) || meetingAfter.test(text.slice(cue.end - cue.sentence.start))
}

/** What shows the reply is late, if anything: a phrase of the draft, or the invitation's date. */
function lateness(doc: Document, cues: TimeCue[], now: Date, options: PromptnessOptions): string | undefined {
  for (const cue of cues) {
    if (cue.when.type === 'elapsed') {
      const after = doc.text.slice(cue.end, cue.sentence.end)
      if (!sinceSelf.test(after) && (cue.when.days === undefined || cue.when.days > options.lateAfterDays)) return `"${cue.text}"`
    } else if (invitation.test(cue.sentence.text) && /\byou(?:r)?\b/i.test(cue.sentence.text)) {
      const offset = dayOffset(cue.when, now, 'back')
      if (offset !== undefined && -offset > options.lateAfterDays) return `"${cue.text}" was ${-offset} days ago`
    }
  }
  const invited = Date.parse(doc.draft.meta.invited ?? '')
  const age = Math.floor((now.getTime() - invited) / dayMs)
  return age > options.lateAfterDays ? `the invitation is ${age} days old` : undefined
}

/** What shows the interview is close, if anything: a phrase of the draft, or the interview's date. */
function imminence(doc: Document, cues: TimeCue[], now: Date, options: PromptnessOptions): string | undefined {
  for (const cue of cues) {
    const hours = hoursAhead(cue.when, now)
    if (hours === undefined || hours < 0 || hours > options.imminentHours || !datesTheInterview(cue)) continue
    // "Thank you for our call this morning" is about the past; "tonight" and "in an hour" never are.
    if (cue.open && pastMarkers.test(cue.sentence.text)) continue
    return `"${cue.text}"`
  }
  const interview = doc.draft.meta.interview
  const at = Date.parse(interview ?? '')
  // A date without a time lasts the whole day.
  const end = interview && /^\d{4}-\d{2}-\d{2}$/.test(interview.trim()) ? at + dayMs : at
  const hours = (at - now.getTime()) / hourMs
  if (!(end > now.getTime())) return undefined
  if (hours <= options.imminentHours) return `${interview}, ${hours > 0 ? `${Math.ceil(hours)} hours away` : 'today'}`
  // A send date without a time is any time that day: tomorrow's interview is a day away, as the
  // word "tomorrow" in the text would be.
  const days = Math.round((Date.parse(interview!.trim().slice(0, 10)) - Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())) / dayMs)
  return days === 1 && options.imminentHours >= 24 ? `${interview}, tomorrow` : undefined
}

/** An apology that names the delay: "Sorry for the late reply", "I'm sorry it has been two weeks". */
function apologisesForDelay(sentence: Sentence, cues: TimeCue[]): boolean {
  return apology.test(sentence.text) && (delay.test(sentence.text) || cues.some((cue) => cue.sentence === sentence && cue.when.type === 'elapsed'))
}

/** promptness: a late reply owns its delay; an imminent interview gets an acknowledgement and a call. */
export default defineRule<PromptnessOptions>({
  id: 'promptness',
  description: 'A late reply or an imminent interview is acknowledged, from the draft\'s words and its dates',
  defaultSeverity: 'warn',
  fix: 'safe',
  defaults: {lateAfterDays: 7, imminentHours: 24},
  check(doc, {now, options}) {
    const cues = timeCues(doc)
    const findings: Finding[] = []
    // An apology for the timing owns both a delay and short notice ("Sorry to cancel so late").
    const timingApology = doc.sentences.some((sentence) => apologisesForDelay(sentence, cues))
    const delayAcknowledged = timingApology || doc.search(patience).length > 0
    const late = lateness(doc, cues, now, options)
    if (late && !delayAcknowledged) {
      findings.push(missingPiece(insertAtBodyStart(doc, apologySentence), {
        reason: `The reply is late (${late}) and does not apologise for the delay`,
        note: 'The guidance: "Be prompt: Respond as soon as you are certain about declining. Delaying your reply can inconvenience the company and other candidates." Owning the delay in one line shows you know their time matters.',
        desc: 'Apologise for the delay first'
      }))
    }
    const noticeAcknowledged = timingApology || doc.search(shortNotice).length > 0
    const soon = imminence(doc, cues, now, options)
    if (soon && !noticeAcknowledged) {
      findings.push(missingPiece(insertAtBodyStart(doc, noticeSentence), {
        reason: `The interview is close (${soon}) and the draft does not acknowledge the short notice; phone them as well as sending this`,
        note: 'The guidance: "Respond promptly: Time consideration is crucial." and "The way you communicate your decision, whether by email or phone, reflects your professionalism". This close to the interview, a message may not be read in time: call as well.',
        desc: 'Acknowledge the short notice',
        more: [{desc: 'Acknowledge the short notice and say you will also phone, so they hear in time', fix: insertAtBodyStart(doc, `${noticeSentence} ${callSentence}`)}]
      }))
    }
    return findings
  }
})
