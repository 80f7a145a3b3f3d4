import {describe, expect, it} from 'vitest'
import {buildDocument} from '../../src/document/build.js'
import {dayOffset, hoursAhead, timeCues} from '../../src/document/time.js'
import {readDraft} from '../../src/input/index.js'
import {letter, testRule} from '../helpers/rule-tester.js'

const markdown = (front: string, body: string) => `---\n${front}\n---\n\n${letter(body)}`
/** Tuesday 10 March 2026. */
const date = '2026-03-10'

testRule('promptness', {
  valid: [
    {name: 'a weekday before a date is that date: "on Wednesday 18 March" is eight days away', text: letter('Thank you for the invitation. I won\'t be doing the trial day on Wednesday 18 March, as I have accepted another post.'), date},
    {name: '"Wednesday the 18th" is eight days away, not tomorrow', text: letter('I am writing about the interview planned for Wednesday the 18th. I have decided to decline the interview, as I have taken a post elsewhere.'), date},
    {name: '"this morning\'s induction paperwork" is no meeting', text: letter("I start a new position tomorrow, and after this morning's induction paperwork I have decided to withdraw."), date},
    {name: 'no time cues, no dates', text: letter('Thank you for the invitation. I must decline the interview.'), date},
    {name: 'a late reply that apologises', text: letter('Sorry for the late reply, I know it has been two weeks. I will not be attending.'), date},
    {name: 'a delay owned by thanking for patience', text: letter('Thank you for your patience. It has been a month, and I have decided to decline.'), date},
    {name: 'short notice acknowledged', text: letter('I apologise for the short notice, but I cannot attend the interview tomorrow.'), date},
    {name: 'a past call "this morning" is not an imminent interview', text: letter('Thank you for our call this morning. I must decline the offer.'), date},
    {name: '"today" about the writing, not the interview', text: letter('I am writing today to decline the interview.'), date},
    {name: 'another company\'s interview a few words on: "a final-round interview tomorrow with another company"', text: letter('I am writing to withdraw my application. I have a final-round interview tomorrow with another company, and it would not be fair to keep your slot.'), date},
    {name: 'another company\'s interview', text: letter('I have a second interview with another company tomorrow, so I must withdraw.'), date},
    {name: 'a week is not late with lateAfterDays 7', text: markdown('invited: 2026-03-03', 'Thank you for the invitation. I must decline.'), filePath: 'd.md', date},
    {name: 'an interview two days away is not imminent', text: markdown('interview: 2026-03-12T10:00:00Z', 'I must decline the interview.'), filePath: 'd.md', date},
    {name: 'lateAfterDays raised', text: letter('It has been two weeks. I must decline.'), date, options: {lateAfterDays: 30}}
  ],
  invalid: [
    {
      name: '"Wednesday the 11th" is tomorrow',
      text: letter('I am writing about the interview planned for Wednesday the 11th. I have decided to decline the interview, as I have taken a post elsewhere.'),
      date,
      errors: [{reason: /^The interview is close \("Wednesday the 11th"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. I am writing about the interview planned for Wednesday the 11th. I have decided to decline the interview, as I have taken a post elsewhere.')
    },
    {
      name: 'a delay told with "since": "It\'s nearly three weeks since your email came in"',
      text: letter("Thank you for inviting me. It's nearly three weeks since your email came in, and I have accepted a post elsewhere. I must withdraw. I regret any inconvenience."),
      date,
      errors: [{reason: 'The reply is late ("It\'s nearly three weeks") and does not apologise for the delay', line: 3, column: 1}],
      output: letter("I apologise for the delay in getting back to you. Thank you for inviting me. It's nearly three weeks since your email came in, and I have accepted a post elsewhere. I must withdraw. I regret any inconvenience.")
    },
    {
      name: 'a delay told by what it took: "It took me almost three weeks to reply"',
      text: letter('Thank you for inviting me. It took me almost three weeks to reply, as I was waiting on another offer. I will not be moving forward. I regret any inconvenience.'),
      date,
      errors: [{reason: 'The reply is late ("It took me almost three weeks") and does not apologise for the delay', line: 3, column: 1}],
      output: letter('I apologise for the delay in getting back to you. Thank you for inviting me. It took me almost three weeks to reply, as I was waiting on another offer. I will not be moving forward. I regret any inconvenience.')
    },
    {
      name: 'a late reply dated by the request: "Three weeks ago you asked me to let you know"',
      text: letter('Three weeks ago you asked me to let you know by the end of that week, and I have only now got to it. I have decided not to take up the secondment.'),
      date,
      errors: [{reason: 'The reply is late ("Three weeks ago" was 21 days ago) and does not apologise for the delay', line: 3, column: 1}],
      output: letter('I apologise for the delay in getting back to you. Three weeks ago you asked me to let you know by the end of that week, and I have only now got to it. I have decided not to take up the secondment.')
    },
    {
      name: 'a place by its name: "my interview at the Southwark office tomorrow at 10am"',
      text: letter('I have decided to withdraw, and so I will not be attending my interview at the Southwark office tomorrow at 10am. I apologise for any inconvenience this causes the panel.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. I have decided to withdraw, and so I will not be attending my interview at the Southwark office tomorrow at 10am. I apologise for any inconvenience this causes the panel.')
    },
    {
      name: 'a place between the interview and its time: "my interview at the training ground tomorrow at 10:00"',
      text: letter('Thank you for arranging my interview at the training ground tomorrow at 10:00. I will not be attending.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. Thank you for arranging my interview at the training ground tomorrow at 10:00. I will not be attending.')
    },
    {
      name: '"my onsite loop tomorrow at 10am"',
      text: letter("I'm writing to withdraw from the process, including my onsite loop tomorrow at 10am."),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter("I am sorry for the short notice. I'm writing to withdraw from the process, including my onsite loop tomorrow at 10am.")
    },
    {
      name: 'an interview dated after a comma: ", scheduled for 3:00 this afternoon"',
      text: letter('Thank you for inviting me for the interview at the Ortigas office, scheduled for 3:00 this afternoon. I will not be able to attend.'),
      date,
      errors: [{reason: /^The interview is close \("this afternoon"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. Thank you for inviting me for the interview at the Ortigas office, scheduled for 3:00 this afternoon. I will not be able to attend.')
    },
    {
      name: 'an interview dated by ", which is tomorrow at 10am"',
      text: letter('Thank you for booking me in for the picker interview, which is tomorrow at 10am at the Bessemer site. I won\'t be attending.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. Thank you for booking me in for the picker interview, which is tomorrow at 10am at the Bessemer site. I won\'t be attending.')
    },
    {
      name: '"my slot tomorrow" is close',
      text: letter('I must withdraw from my slot tomorrow at 2pm.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. I must withdraw from my slot tomorrow at 2pm.')
    },
    {
      name: 'a meeting dated by a relative clause: "..., which is booked for tomorrow"',
      text: letter('Thank you for arranging my interview for the Dispenser role, which is booked for tomorrow at 11am. I must withdraw.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. Thank you for arranging my interview for the Dispenser role, which is booked for tomorrow at 11am. I must withdraw.')
    },
    {
      name: '"tomorrow morning\'s assessment centre" is close',
      text: letter("I must withdraw, and my place at tomorrow morning's assessment centre can go to another applicant."),
      date,
      errors: [{reason: /^The interview is close \("tomorrow morning's"\)/, line: 3, column: 1}],
      output: letter("I am sorry for the short notice. I must withdraw, and my place at tomorrow morning's assessment centre can go to another applicant.")
    },
    {
      name: 'an interview slot tomorrow is close',
      text: letter('I will therefore not be attending my interview slot tomorrow at 09:30.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. I will therefore not be attending my interview slot tomorrow at 09:30.')
    },
    {
      name: 'a session five words from its time: "My session with the under-16 squad is tomorrow at 4pm"',
      text: letter('My session with the under-16 squad is tomorrow at 4pm, and I will not be attending it.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. My session with the under-16 squad is tomorrow at 4pm, and I will not be attending it.')
    },
    {
      name: 'a trial class tomorrow is close',
      text: letter("I've decided to withdraw, which means I won't be coming in for my trial class tomorrow at 7am."),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter("I am sorry for the short notice. I've decided to withdraw, which means I won't be coming in for my trial class tomorrow at 7am.")
    },
    {
      name: 'a trial shift tomorrow is close',
      text: letter('My trial shift is tomorrow at 11, and I have decided not to go ahead with it.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. My trial shift is tomorrow at 11, and I have decided not to go ahead with it.')
    },
    {
      name: 'thanks for setting up this afternoon\'s interview look ahead, not back',
      text: letter("Thank you for setting up this afternoon's interview. I must withdraw."),
      date,
      errors: [{reason: /^The interview is close \("this afternoon's"\)/, line: 3, column: 1}],
      output: letter("I am sorry for the short notice. Thank you for setting up this afternoon's interview. I must withdraw.")
    },
    {
      name: '"tomorrow\'s video interview" is close',
      text: letter("Thank you for arranging tomorrow's video interview. I will not be attending."),
      date,
      errors: [{reason: /^The interview is close \("tomorrow's"\)/, line: 3, column: 1}],
      output: letter("I am sorry for the short notice. Thank you for arranging tomorrow's video interview. I will not be attending.")
    },
    {
      name: 'an interview the next day, from a send date without a time',
      text: markdown('interview: 2026-03-11T10:00', 'Thank you for the invitation. I must withdraw.'),
      filePath: 'd.md',
      date,
      errors: [{reason: /^The interview is close \(2026-03-11T10:00, tomorrow\)/, line: 7, column: 1}],
      output: markdown('interview: 2026-03-11T10:00', 'I am sorry for the short notice. Thank you for the invitation. I must withdraw.')
    },
    {
      name: '"it\'s been two weeks" without an apology',
      text: letter('I know it’s been two weeks since your email. I will not be attending the interview.'),
      date,
      errors: [{reason: 'The reply is late ("it’s been two weeks") and does not apologise for the delay', line: 3, column: 1, endColumn: 1}],
      output: letter('I apologise for the delay in getting back to you. I know it’s been two weeks since your email. I will not be attending the interview.')
    },
    {
      name: 'the invitation date in front matter',
      text: markdown('invited: 2026-02-20', 'Thank you for the invitation. I must decline.'),
      filePath: 'd.md',
      date,
      errors: [{reason: 'The reply is late (the invitation is 18 days old) and does not apologise for the delay', line: 7, column: 1}],
      output: markdown('invited: 2026-02-20', 'I apologise for the delay in getting back to you. Thank you for the invitation. I must decline.')
    },
    {
      name: 'a past date of the invitation in the text',
      text: letter('Thank you for your email of 2 March. I must decline.'),
      date,
      errors: [{reason: 'The reply is late ("2 March" was 8 days ago) and does not apologise for the delay', line: 3, column: 1}],
      output: letter('I apologise for the delay in getting back to you. Thank you for your email of 2 March. I must decline.')
    },
    {
      name: 'the interview is tomorrow morning',
      text: letter('I regret that I cannot attend the interview tomorrow morning.'),
      date,
      errors: [{reason: /^The interview is close \("tomorrow morning"\).*phone them/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. I regret that I cannot attend the interview tomorrow morning.')
    },
    {
      name: '"this afternoon" with the attending verb',
      text: letter('Thank you for the invitation. Unfortunately, I can’t make it this afternoon.'),
      date,
      errors: [{reason: /^The interview is close \("this afternoon"\)/, line: 3, column: 1}],
      output: letter('I am sorry for the short notice. Thank you for the invitation. Unfortunately, I can’t make it this afternoon.')
    },
    {
      name: 'the interview date-time in front matter, imminentHours 24',
      text: markdown('interview: 2026-03-10T15:00:00Z', 'I will not be attending the interview.'),
      filePath: 'd.md',
      date: '2026-03-10T09:00:00Z',
      errors: [{reason: /^The interview is close \(2026-03-10T15:00:00Z, 6 hours away\)/, line: 7, column: 1}],
      output: markdown('interview: 2026-03-10T15:00:00Z', 'I am sorry for the short notice. I will not be attending the interview.')
    },
    {
      name: 'both late and imminent',
      text: letter('It has been over a week, and the interview is on Wednesday. I will not be attending.'),
      date,
      errors: [
        {reason: /^The reply is late \("It has been over a week"\)/, line: 3, column: 1},
        {reason: /^The interview is close \("Wednesday"\)/, line: 3, column: 1}
      ],
      output: letter('I apologise for the delay in getting back to you. I am sorry for the short notice. It has been over a week, and the interview is on Wednesday. I will not be attending.')
    }
  ]
})

// Time cues are resolved against the send date: Tuesday 10 March 2026.
describe('time cues', () => {
  const now = new Date('2026-03-10T08:00:00Z')
  it('reads weekdays forwards or backwards, "next" and "last"', () => {
    expect(dayOffset({type: 'weekday', weekday: 3}, now)).toBe(1)
    expect(dayOffset({type: 'weekday', weekday: 2}, now)).toBe(7)
    expect(dayOffset({type: 'weekday', weekday: 1}, now, 'back')).toBe(-1)
    expect(dayOffset({type: 'weekday', weekday: 3, week: 'next'}, now)).toBe(8)
    expect(dayOffset({type: 'weekday', weekday: 4, week: 'last'}, now)).toBe(-5)
  })
  it('gives a date without a year the nearest year', () => {
    expect(dayOffset({type: 'date', month: 1, day: 20}, now)).toBe(-18)
    expect(dayOffset({type: 'date', month: 11, day: 30}, now)).toBe(-70)
    expect(dayOffset({type: 'date', month: 2, day: 12, year: 2027}, now)).toBe(367)
  })
  it('counts a named day as 24 hours per day', () => {
    expect(hoursAhead({type: 'day', days: 1}, now)).toBe(24)
    expect(hoursAhead({type: 'hours', hours: 0.5}, now)).toBe(0.5)
    expect(hoursAhead({type: 'elapsed', days: 14}, now)).toBeUndefined()
  })
  it('reads a weekday before a date as part of the date: "Tuesday 14 July", "Friday, March 13"', () => {
    const doc = buildDocument(readDraft(letter('I cannot come on Tuesday 14 July or on Friday, March 13.'), 'd.txt'))
    expect(timeCues(doc).map((cue) => [cue.text, cue.when])).toEqual([
      ['Tuesday 14 July', {type: 'date', month: 6, day: 14, year: undefined}],
      ['Friday, March 13', {type: 'date', month: 2, day: 13, year: undefined}]
    ])
  })
  it('reads the cues of a draft once, in text order', () => {
    const doc = buildDocument(readDraft(letter('It has been over a fortnight. The interview is tomorrow morning, not on 12 March or Friday.'), 'd.txt'))
    expect(timeCues(doc).map((cue) => [cue.text, cue.when])).toEqual([
      ['It has been over a fortnight', {type: 'elapsed', days: 15}],
      ['tomorrow morning', {type: 'day', days: 1}],
      ['12 March', {type: 'date', month: 2, day: 12, year: undefined}],
      ['Friday', {type: 'weekday', weekday: 5, week: undefined}]
    ])
    expect(timeCues(doc)).toBe(timeCues(doc))
  })
})
