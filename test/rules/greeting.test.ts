import {describe, expect, it} from 'vitest'
import {applyEdits} from '../../src/engine/fix.js'
import {lint} from '../../src/engine/lint.js'
import {onlyRule, testRule} from '../helpers/rule-tester.js'

const body = 'Thank you for inviting me to interview. I have decided to decline.\n\nBest regards,\nJordan Lee\n'
const withGreeting = (greeting: string) => `${greeting}\n\n${body}`
const withRecipient = (greeting: string) => `---\nrecipient: Priya Shah\n---\n\n${greeting}\n\n${body}`

testRule('greeting', {
  valid: [
    {name: 'a Welsh good morning: "Bore da Mrs Thomas,"', text: withGreeting('Bore da Mrs Thomas,')},
    {name: 'an Irish salutation with a three-word name: "A Bhean Uí Mhaolalaí, a chara,"', text: withGreeting('A Bhean Uí Mhaolalaí, a chara,')},
    {name: 'a Māori greeting: "Tēnā koe Moana,"', text: withGreeting('Tēnā koe Moana,')},
    {name: 'a Scottish Gaelic greeting: "A Sheumais chòir,"', text: withGreeting('A Sheumais chòir,')},
    {name: 'an Irish greeting with a name: "A Sheáin, a chara,"', text: withGreeting('A Sheáin, a chara,')},
    {name: 'the Irish "A chara," to someone unknown, as "Dear Sir or Madam,"', text: withGreeting('A chara,')},
    {name: 'a title with a full stop: "Engr."', text: withGreeting('Dear Engr. Siddiqui,')},
    {name: '"Ma\'am" is a title, not a sentence', text: withGreeting("Dear Ma'am Reyes,")},
    {name: 'a Fijian greeting, "Bula"', text: withGreeting('Bula Mereoni,')},
    {name: 'a Welsh greeting, "Annwyl"', text: withGreeting('Annwyl Huw,')},
    {name: 'a Māori greeting, "Kia ora"', text: withGreeting('Kia ora Kalani,')},
    {name: 'Indian English "Respected", with a name', text: withGreeting('Respected Ms. Raghunathan,')},
    {name: 'formal, with a name', text: withGreeting('Dear Ms. Patel,')},
    {name: 'casual-polite US', text: withGreeting('Hi Sam,')},
    {name: 'a team', text: withGreeting('Dear Hiring Team,')},
    {name: 'Hiring Manager when no name is known', text: withGreeting('Dear Hiring Manager,')},
    {name: 'Sir/Madam when no name is known (UK formal)', text: withGreeting('Dear Sir/Madam,')},
    {name: 'to whom it may concern, no name known', text: withGreeting('To whom it may concern,')},
    {name: 'good morning, no name known', text: withGreeting('Good morning,')},
    {name: 'non-ASCII name', text: withGreeting('Dear Zoë Müller,')},
    {name: 'a salutation in another language', text: withGreeting('Kære Søren,')},
    {name: 'a date and an address above the salutation', text: withGreeting('12 March 2026\n\nMs A. Patel\nNorthwind Traders\nLeeds LS1 4AP\n\nDear Ms Patel,')},
    {name: 'the guidance template', text: withGreeting('Dear [Hiring Manager],'), mode: 'template'},
    {name: 'greeting and body on one line', text: 'Hi Sam, thank you for the invitation, but I must decline.\n\nBest,\nJo\n'},
    {name: 'a phone-call script has no greeting', text: '---\nscript: true\n---\n\nThank you for the call. I have decided to decline the offer.\n', filePath: 'call.md'},
    {name: 'CRLF', text: 'Dear Mr Okafor,\r\n\r\nThank you. I must decline.\r\n\r\nKind regards,\r\nSiobhán\r\n'}
  ],
  invalid: [
    {
      name: 'no greeting: inserted at the top',
      text: body,
      errors: [{reason: 'No greeting: the draft opens without a salutation', line: 1, column: 1}],
      output: `Dear Hiring Manager,\n\n${body}`
    },
    {
      name: 'no greeting, known recipient, after the subject line, CRLF',
      text: '---\nrecipient: Ms. Patel\n---\n\nThank you for the offer. I must decline it.\r\n',
      filePath: 'a.md',
      errors: [{line: 5, column: 1}],
      output: '---\nrecipient: Ms. Patel\n---\n\nDear Ms. Patel,\r\n\r\nThank you for the offer. I must decline it.\r\n'
    },
    {
      name: 'too casual',
      text: withGreeting('Yo Mike,'),
      errors: [{reason: '"Yo" is too casual a greeting for a letter to an employer', line: 1, column: 1, endColumn: 3}]
    },
    {
      name: 'too casual, no name',
      text: withGreeting('Hey there,'),
      errors: [{reason: /too casual/, line: 1, column: 1, endColumn: 10}]
    },
    {
      name: 'to whom it may concern, although the recipient is known',
      text: withRecipient('To whom it may concern,'),
      filePath: 'a.md',
      errors: [{reason: '"To whom it may concern" addresses no one, though the draft is to Priya Shah', line: 5, column: 1}]
    },
    {
      name: 'Sir/Madam although the recipient is known',
      text: withRecipient('Dear Sir / Madam,'),
      filePath: 'a.md',
      errors: [{reason: /addresses no one/, line: 5, column: 1, endColumn: 18}]
    },
    {
      name: 'the Irish "A chara," alone, when the draft knows the recipient',
      text: withRecipient('A chara,'),
      errors: [{reason: '"A chara" addresses no one, though the draft is to Priya Shah', line: 5, column: 1, endColumn: 9}]
    },
    {
      name: '"A" before a word that is no name is no greeting: "A quick note,"',
      text: withGreeting('A quick note,'),
      errors: [{reason: 'No greeting: the draft opens without a salutation', line: 1, column: 1}],
      output: `Dear Hiring Manager,\n\n${withGreeting('A quick note,')}`
    },
    {
      name: 'a bare "Hi,"',
      text: withGreeting('Hi,'),
      errors: [{reason: '"Hi" addresses no one', line: 1, column: 1, endColumn: 4}]
    },
    {
      name: 'a greeting word opening the body',
      text: 'Hi, I am writing to decline the interview. Thank you for the invitation.\n\nBest,\nJo\n',
      errors: [{reason: '"Hi" addresses no one', line: 1, column: 1, endColumn: 5}]
    },
    {
      name: 'a bare name',
      text: withGreeting('Sam,'),
      errors: [{reason: '"Sam," has no salutation before the name', line: 1, column: 1}],
      output: withGreeting('Dear Sam,')
    }
  ]
})

describe('greeting suggestions', () => {
  const suggested = (text: string, filePath?: string) => {
    const [message] = lint(text, {rules: onlyRule('greeting'), filePath}).messages
    return message.suggestions!.map((suggestion) => applyEdits(text, [suggestion.fix]).output)
  }

  it('swaps only the casual word when the greeting has a name', () => {
    expect(suggested(withGreeting('Hey Sam,'))).toEqual([withGreeting('Dear Sam,'), withGreeting('Hello Sam,')])
  })

  it('addresses the known recipient', () => {
    expect(suggested(withRecipient('Dear Sir/Madam,'), 'a.md')).toEqual([withRecipient('Dear Priya Shah,')])
    expect(suggested(withRecipient('Hi,'), 'a.md')).toEqual([withRecipient('Hi Priya,')])
  })

  it('moves a greeting that opens the first sentence to a line of its own', () => {
    expect(suggested('Hi, thank you for the invitation. I must decline.\n\nBest,\nJo\n')[0]).toBe(
      'Dear Hiring Manager,\n\nThank you for the invitation. I must decline.\n\nBest,\nJo\n'
    )
  })
})
