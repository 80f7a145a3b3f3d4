import {describe, expect, it} from 'vitest'
import {acronyms, everydayWords, slang, swearing, textSpeakInCapitals} from '../../rules/professional-tone.data.js'
import {letter, lintWith, testRule} from '../helpers/rule-tester.js'

testRule('professional-tone', {
  valid: [
    {name: 'the casino\'s dice game: "the trial shift on the craps pit"', text: letter('Thank you for the trial shift on the craps pit last Friday. I have decided to decline the offer.')},
    {name: 'a stage direction in a phone script: "(If asked for a reason:)" closes its bracket, it does not smile', text: letter("(If asked for a reason:) It's simply that the other post came through first. I must decline.")},
    {name: 'a refrigerated ship: "Chief Officer on the reefer fleet"', text: letter('I have decided to say no to the offer. My current employer has extended my contract as Chief Officer on the reefer fleet.')},
    {name: 'capitals joined by a slash are a code: "the SAP FI/CO engagement"', text: letter("Thank you for the offer. I won't be taking the SAP FI/CO contract in Mannheim.")},
    {name: 'a Welsh "mam" is a mother', text: letter('My mam has been unwell, so I must decline the offer.')},
    {name: 'an emoji inside someone else\'s quoted words', text: letter('You said it was "no worries if it\'s a no 😊", so I will be straightforward: I must decline.')},
    {name: 'repeated marks inside someone else\'s quoted words', text: letter('You said "just let me know ASAP!!", so here it is: I must decline.')},
    {name: 'a casual closing is left to sign-off: one word, one finding', text: 'Hi Kim,\n\nThank you for the offer. I must decline it.\n\nxoxo\nBeth Lane\n'},
    {name: 'one "!" in thanks', text: letter('Thank you for the offer! I have decided to decline it.')},
    {name: 'acronyms are not shouting', text: letter('I met the HR team, the CEO and the CTO at NASA in the UK. I must decline the SVP, HR EMEA interview.')},
    {name: '"U.S." and "U.K." are not "u"', text: letter('I have accepted a role in the U.S. office rather than the U.K. one, so I must decline.')},
    {name: "Ya'akov is a name, not \"ya\"", text: letter("Please thank Ya'akov for his time. I must decline the interview.")},
    {name: 'quoted words are someone else\'s', text: letter('When we spoke I said "yeah, sounds good", but I have since decided to decline.')},
    {name: 'placeholders in capitals', text: letter('Thank you, [HIRING MANAGER NAME], for the offer from [COMPANY NAME]. I must decline.')},
    {name: 'a word retext-equality reports is left to inclusive-language', text: letter('I felt like an idiot for missing your call, and I must decline the interview.')},
    {name: '"gross salary" and Mr. Hooker', text: letter('Mr. Hooker explained the gross salary clearly. I have decided to decline the offer.')},
    {name: '"YA fiction", Adobe XD, times and links', text: letter('I enjoyed hearing about the YA fiction list, the Adobe XD files and https://example.com/lol at 10:30 AM. I must decline.')},
    {name: 'a word of another language inside a name: "Nafasi ya Mhudumu wa Afya"', text: 'Subject: Nafasi ya Mhudumu wa Afya - declining the offer\n\n' + letter('Thank you for the offer. I will not be accepting it.')},
    {name: 'a reference code: "2026/HOS/417"', text: letter('Thank you for inviting me to interview (reference 2026/HOS/417). I will not be attending.')},
    {name: 'names that look like text-speak; "R" the language', text: letter('Ya Li and Dr. Tho were kind. R is my main language, and I have <3 years of it, so I must decline.')},
    {name: 'list bullets and trademark signs are not emoji', text: letter('▪ Thank you for the offer from Acme™. ▪ I must decline it.')},
    {
      name: 'an emoji in the company name',
      filePath: 'draft.md',
      text: `---\ncompany: "Lemon 🍋 Labs"\n---\n\n${letter('Thank you for the offer from Lemon 🍋 Labs. I must decline it.')}`
    }
  ],
  invalid: [
    {
      name: 'a smile after a bracket already closed: "Note (to self:) I must decline :)"',
      text: letter('Note (to self:) I must decline :)'),
      errors: [{reason: '":)" is an emoticon', line: 3, column: 32}]
    },
    {
      name: 'long words joined by a slash still shout: "I REALLY CANNOT LEAVE/STAY"',
      text: letter('I must decline. I REALLY CANNOT LEAVE/STAY now.'),
      errors: [{reason: '"I REALLY CANNOT LEAVE/STAY" is in capitals, which reads as shouting', line: 3, column: 17}]
    },
    {
      name: 'text-speak ending a clause: its comma stays with the clause',
      text: letter("I must decline. The band was a bit low for a lead role lol, so I'm staying put."),
      errors: [{reason: '"lol" is text-speak; leave it out', line: 3, column: 56, suggested: letter("I must decline. The band was a bit low for a lead role, so I'm staying put.")}]
    },
    {
      name: '"See ya Monday": a day is no name for "ya" to join',
      text: letter('I must decline the interview. See ya Monday at the quiz instead!'),
      errors: [{reason: '"ya" is slang; write "you"', line: 3, column: 35}]
    },
    {
      name: 'a swear word between slashes in lower case is no code',
      text: letter('I must decline. The process was shit/awful.'),
      errors: [{reason: '"shit" is profane', line: 3, column: 33}]
    },
    {
      name: 'slang',
      text: letter('I am gonna decline the offer. Thank you for it.'),
      errors: [{reason: '"gonna" is slang; write "going to"', line: 3, column: 6, endColumn: 11}]
    },
    {
      name: 'text-speak, capitalised at the start',
      text: letter('Thx for the offer. I must decline it, lol.'),
      errors: [
        {reason: '"Thx" is slang; write "Thank you"', line: 3, column: 1, endColumn: 4},
        {reason: '"lol" is text-speak; leave it out', line: 3, column: 39, endColumn: 42}
      ]
    },
    {
      name: 'repeated marks',
      text: letter('Thank you for the offer!! Can you believe I must decline?!'),
      errors: [
        {reason: '"!!" repeats punctuation for emphasis', line: 3, column: 24, endColumn: 26},
        {reason: '"?!" repeats punctuation for emphasis', line: 3, column: 57, endColumn: 59}
      ]
    },
    {
      name: 'a sentence in capitals',
      text: letter('THANK YOU FOR THE OFFER. I must decline it.'),
      errors: [{reason: '"THANK YOU FOR THE OFFER" is in capitals, which reads as shouting', line: 3, column: 1, endColumn: 24}]
    },
    {
      name: 'a run of capitals inside a sentence',
      text: letter('I must decline, so PLEASE DO NOT CALL ME about the HR role.'),
      errors: [{reason: /^"PLEASE DO NOT CALL ME" is in capitals/, line: 3, column: 20, endColumn: 41}]
    },
    {
      name: 'emoji and emoticon',
      text: letter('Thank you for the offer 😊 I must decline it :)'),
      errors: [
        {reason: '"😊" is an emoji', line: 3, column: 25, endColumn: 27},
        {reason: '":)" is an emoticon', line: 3, column: 46, endColumn: 48}
      ]
    },
    {
      name: 'profanity from retext-profanities',
      text: letter('The damn commute is too long, so I must decline the offer.'),
      errors: [{reason: '"damn" is profane', line: 3, column: 5, endColumn: 9}]
    },
    {
      name: 'a subject in capitals',
      text: `Subject: DECLINING THE INTERVIEW\n\n${letter('Thank you for the invitation. I must decline the interview.')}`,
      errors: [{reason: /^"DECLINING THE INTERVIEW" is in capitals/, line: 1, column: 10, endColumn: 33}]
    },
    {
      name: 'a greeting with "!!", CRLF',
      text: 'Hi team!!\r\n\r\nThank you for the offer. I must decline it.\r\n\r\nBest regards,\r\nJordan Lee\r\n',
      errors: [{reason: '"!!" repeats punctuation for emphasis', line: 1, column: 8, endColumn: 10}]
    }
  ]
})

/** The draft after the first suggestion of each message of the rule. */
function suggested(text: string): string[] {
  return lintWith('professional-tone', {name: 'suggestion', text}).map((message) => {
    const [start, end] = message.suggestions![0].fix.range
    return text.slice(0, start) + message.suggestions![0].fix.text + text.slice(end)
  })
}

describe('professional-tone suggestions', () => {
  it('replaces slang keeping the capital', () => {
    expect(suggested(letter('Yeah, I must decline.'))).toEqual([letter('Yes, I must decline.')])
  })
  it('drops text-speak with its comma and capitalises what follows', () => {
    expect(suggested(letter('Omg, thank you. I must decline.'))).toEqual([letter('Thank you. I must decline.')])
    expect(suggested(letter('Thanks, haha, but I must decline.'))).toEqual([letter('Thanks, but I must decline.')])
    expect(suggested(letter('I must decline. LOL.'))).toEqual([letter('I must decline.')])
  })
  it('drops an emoji with the space before it', () => {
    expect(suggested(letter('Thank you 😊! I must decline.'))).toEqual([letter('Thank you! I must decline.')])
  })
  it('writes shouting in sentence case, keeping acronyms and names', () => {
    expect(suggested(letter('I AM MOVING TO LONDON WITH THE NHS IN MAY, so I must decline.'))).toEqual([
      letter('I am moving to London with the NHS in May, so I must decline.')
    ])
  })
  it('offers "." and "!" for "!!"', () => {
    const [message] = lintWith('professional-tone', {name: 'marks', text: letter('Thank you!! I must decline.')})
    expect(message.suggestions!.map((suggestion) => suggestion.fix.text)).toEqual(['.', '!'])
  })
})

describe('professional-tone data', () => {
  const lists = {slang: Object.keys(slang), textSpeakInCapitals, swearing, everydayWords, acronyms}
  it.each(Object.entries(lists))('%s has no duplicates', (_, list) => {
    expect(new Set(list).size).toBe(list.length)
  })
  it('keys slang in lower case, and every word kept in capitals is slang', () => {
    for (const key of Object.keys(slang)) expect(key).toBe(key.toLowerCase())
    for (const word of textSpeakInCapitals) expect(slang).toHaveProperty(word)
  })
  it('keeps acronyms in capitals', () => {
    for (const acronym of acronyms) expect(acronym).toBe(acronym.toUpperCase())
  })
})
