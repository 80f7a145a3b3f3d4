/**
 * Time cues in the body: "tomorrow morning", "this afternoon", "on Thursday", "12 March",
 * "in an hour", "two weeks ago", "it's been two weeks". They are read once per Document from
 * the sentences (with doc.search) and resolved against a send date only when a rule asks.
 */
import type {Document, Match} from './document.js'

/** What a time cue names. Day offsets count calendar days from the send date. */
export type When =
  /** A day relative to the send date: today 0, tomorrow 1, "two weeks ago" -14. */
  | {type: 'day'; days: number}
  /** A weekday, maybe with "next", "last" or "this", maybe with its day of the month ("Thursday the 30th"). */
  | {type: 'weekday'; weekday: number; week?: 'next' | 'last' | 'this'; dayOfMonth?: number}
  /** A calendar date; without a year, the nearest one to the send date. */
  | {type: 'date'; month: number; day: number; year?: number}
  /** Some hours from the send time: "in an hour", "in 30 minutes". */
  | {type: 'hours'; hours: number}
  /** Time gone by before the message: "it's been two weeks"; `days` is unset for "a while". */
  | {type: 'elapsed'; days?: number}

/** A time expression in a sentence of the body. */
export interface TimeCue extends Match {
  when: When
  /** Whether the words leave open if it is past or to come ("today", "this morning", "on Thursday"). */
  open: boolean
}

const dayMs = 86_400_000
const weekdays = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const numbers: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, 'a few': 3, several: 3, 'a couple of': 2
}
const unitDays: Record<string, number> = {day: 1, week: 7, fortnight: 14, month: 30}

const count = String.raw`(\d+|a\s+couple\s+of|a\s+few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)`
const dayUnit = String.raw`(days?|weeks?|fortnights?|months?)`
const month = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`
const weekdayBefore = String.raw`(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?)?`
const more = String.raw`(?:(over|more\s+than|well\s+over|almost|nearly|about|around|roughly|close\s+to)\s+)?`

/** A stretch of time gone by, from a qualifier, a count and a unit: "nearly three weeks". */
const elapsed = ([over, n, unit]: string[]): When => ({type: 'elapsed', days: days(n, unit) + nudge(over)})

/** Each cue's pattern and how its groups turn into a When; earlier patterns win overlaps. */
const readers: Array<{pattern: RegExp; when(groups: string[]): When; open?: boolean}> = [
  {pattern: /\b(?:it['’]s|it\s+has)\s+(?:been|taken(?:\s+me)?)\s+(?:quite\s+)?(?:a\s+while|so\s+long|some\s+time|ages|a\s+long\s+time|too\s+long)\b/gi, when: () => ({type: 'elapsed'})},
  {pattern: /\b(?:took|taken|taking)\s+(?:me\s+)?(?:so\s+long|this\s+long|a\s+while|such\s+a\s+long\s+time|a\s+long\s+time|ages|forever)\b/gi, when: () => ({type: 'elapsed'})},
  // "It has been two weeks", "It took me almost three weeks to reply"
  {pattern: new RegExp(String.raw`\b(?:(?:it['’]s|it\s+has)\s+(?:been|taken(?:\s+me)?)|it\s+took\s+me)\s+${more}${count}\s+${dayUnit}`, 'gi'), when: elapsed},
  // "It's nearly three weeks since your email came in" (what since is read by the rule)
  {pattern: new RegExp(String.raw`\b(?:it['’]s|it\s+is)\s+${more}${count}\s+${dayUnit}(?=\s+since\b)`, 'gi'), when: elapsed},
  {pattern: new RegExp(String.raw`\b${more}${count}\s+${dayUnit}\s+ago\b`, 'gi'), when: ([over, n, unit]) => ({type: 'day', days: -(days(n, unit) + nudge(over))})},
  {pattern: new RegExp(String.raw`\b(?:in|within)\s+(?:the\s+next\s+)?(?:(?:less\s+than|under|about|around)\s+)?${count}\s+(hours?|minutes?|mins?)\b`, 'gi'), when: ([n, unit]) => ({type: 'hours', hours: amount(n) / (/^h/i.test(unit) ? 1 : 60)})},
  {pattern: /\b(?:within|in)\s+the\s+(?:next\s+)?hour\b/gi, when: () => ({type: 'hours', hours: 1})},
  {pattern: /\bthe\s+day\s+after\s+tomorrow\b/gi, when: () => ({type: 'day', days: 2})},
  {pattern: /\btomorrow(?:\s+(?:morning|afternoon|evening|night))?(?:['’]s)?\b|\btomorrow['’]s(?=\s+(?:morning|afternoon|evening))/gi, when: () => ({type: 'day', days: 1})},
  {pattern: /\blater\s+today\b|\btonight(?:['’]s)?\b/gi, when: () => ({type: 'day', days: 0})},
  {pattern: /\btoday(?:['’]s)?\b|\bthis\s+(?:morning|afternoon|evening)(?:['’]s)?\b/gi, when: () => ({type: 'day', days: 0}), open: true},
  {pattern: /\byesterday\b/gi, when: () => ({type: 'day', days: -1})},
  {pattern: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`, 'g'), when: ([year, m, d]) => ({type: 'date', year: Number(year), month: Number(m) - 1, day: Number(d)})},
  // A weekday before a date is part of it: "Tuesday 14 July" is the 14th, not the next Tuesday.
  {pattern: new RegExp(String.raw`\b${weekdayBefore}(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${month}\b(?:,?\s+(\d{4}))?`, 'gi'), when: ([d, m, year]) => date(m, d, year)},
  {pattern: new RegExp(String.raw`\b${weekdayBefore}${month}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`, 'gi'), when: ([m, d, year]) => date(m, d, year)},
  // "Thursday the 30th", "Friday 2nd": the day of the month says which Thursday.
  {
    pattern: /\b(?:(next|last|this|coming)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/gi,
    when: ([week, name, day]) => ({type: 'weekday', weekday: weekdays.indexOf(name.toLowerCase()), week: weekOf(week), dayOfMonth: Number(day)})
  },
  {
    pattern: /\b(?:(next|last|this|coming)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi,
    when: ([week, name]) => ({type: 'weekday', weekday: weekdays.indexOf(name.toLowerCase()), week: weekOf(week)}),
    open: true
  }
]

/** "coming Friday" is "this Friday". */
function weekOf(word: string | undefined): 'next' | 'last' | 'this' | undefined {
  const lower = word?.toLowerCase()
  return lower === 'coming' ? 'this' : (lower as 'next' | 'last' | 'this' | undefined)
}

function amount(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : numbers[word.toLowerCase().replace(/\s+/g, ' ')] ?? 1
}

function days(word: string, unit: string): number {
  return amount(word) * unitDays[unit.toLowerCase().replace(/s$/, '')]
}

/** "over two weeks" is more than two weeks, "almost two weeks" less. */
function nudge(qualifier: string | undefined): number {
  if (!qualifier) return 0
  return /^(?:over|more|well)/i.test(qualifier) ? 1 : /^(?:almost|nearly)/i.test(qualifier) ? -1 : 0
}

function date(monthName: string, day: string, year?: string): When {
  return {type: 'date', month: months.indexOf(monthName.slice(0, 3).toLowerCase()), day: Number(day), year: year ? Number(year) : undefined}
}

const cache = new WeakMap<Document, TimeCue[]>()

/** The time cues of the body's sentences, in text order; computed once per Document. */
export function timeCues(doc: Document): TimeCue[] {
  let cues = cache.get(doc)
  if (cues) return cues
  cues = []
  for (const reader of readers) {
    for (const match of doc.search(reader.pattern)) {
      if (cues.some((cue) => cue.start < match.end && match.start < cue.end)) continue
      // Read again where it was found, so that a lookahead ("weeks since") sees what follows.
      const sticky = new RegExp(reader.pattern.source, reader.pattern.flags.replace('g', '') + 'y')
      sticky.lastIndex = match.start - match.sentence.start
      const groups = sticky.exec(match.sentence.text)!.slice(1)
      cues.push({...match, when: reader.when(groups), open: reader.open ?? false})
    }
  }
  cues.sort((a, b) => a.start - b.start)
  cache.set(doc, cues)
  return cues
}

/** Midnight (UTC) of the day `date` falls on. */
function dayStart(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
}

/**
 * Calendar days from the send date to the day a cue names (negative: before it), reading an
 * open weekday ("on Thursday") forwards or backwards as asked; undefined for durations.
 */
export function dayOffset(when: When, now: Date, direction: 'ahead' | 'back' = 'ahead'): number | undefined {
  const today = dayStart(now)
  switch (when.type) {
    case 'day':
      return when.days
    case 'weekday': {
      const dated = when.dayOfMonth === undefined ? undefined : nearestDated(when.weekday, when.dayOfMonth, today)
      if (dated !== undefined) return dated
      const ahead = (when.weekday - now.getUTCDay() + 7) % 7
      if (when.week === 'next') return ahead + 7
      if (when.week === 'last') return ahead - 7
      if (when.week === 'this') return ahead
      return direction === 'ahead' ? ahead || 7 : ahead - 7
    }
    case 'date': {
      const years = when.year === undefined ? [-1, 0, 1].map((shift) => now.getUTCFullYear() + shift) : [when.year]
      const offsets = years.map((year) => Math.round((Date.UTC(year, when.month, when.day) - today) / dayMs))
      return offsets.reduce((best, offset) => (Math.abs(offset) < Math.abs(best) ? offset : best))
    }
    default:
      return undefined
  }
}

/** Days from `today` to the nearest day within two months that is that weekday and that day of the month. */
function nearestDated(weekday: number, dayOfMonth: number, today: number): number | undefined {
  for (let distance = 0; distance <= 62; distance++) {
    for (const offset of distance === 0 ? [0] : [distance, -distance]) {
      const day = new Date(today + offset * dayMs)
      if (day.getUTCDay() === weekday && day.getUTCDate() === dayOfMonth) return offset
    }
  }
  return undefined
}

/** Hours from the send time to a cue that lies ahead; a named day counts as its offset times 24. */
export function hoursAhead(when: When, now: Date): number | undefined {
  if (when.type === 'hours') return when.hours
  const offset = dayOffset(when, now, 'ahead')
  return offset === undefined ? undefined : offset * 24
}
