import {letter, testRule} from '../helpers/rule-tester.js'

const apology = ' I apologise for any inconvenience this may cause.'

testRule('apology', {
  valid: [
    {name: '"I regret the rearranging this will mean for your interview panel" apologises', text: letter('I am withdrawing my application. I regret the rearranging this will mean for your interview panel.')},
    {name: '"I regret the extra scheduling this will create" apologises', text: letter('I have decided to withdraw my application. I regret the extra scheduling this will create for the selection panel.')},
    {name: '"I regret the extra work this causes" apologises', text: letter('I have decided to decline the interview. I regret the extra work this causes.')},
    {name: '"Please excuse that I come back with a no"', text: letter('Please excuse that I come back with a no. I have decided to stay at my current company.')},
    {name: 'apologise for any inconvenience', text: letter('I must decline the interview. I apologise for any inconvenience.')},
    {name: 'American spelling', text: letter('I must decline the offer, and I apologize for any inconvenience this causes.')},
    {name: 'sorry for any trouble', text: letter("I won't be attending on Friday. I'm sorry for any trouble.")},
    {name: 'regret aimed at the inconvenience', text: letter('I have withdrawn my application. I regret any inconvenience this may cause.')},
    {name: 'my apologies', text: letter('My apologies, but I have decided to decline the offer.')},
    {name: 'sorry to disappoint', text: letter('Sorry to disappoint, but I have accepted another role.')},
    {name: 'please excuse the short notice', text: letter('Please excuse the short notice; I must cancel the interview.')},
    {name: 'two apologies are still fine', text: letter("I'm sorry, but I must decline. Apologies again for the late reply.")},
    {name: 'a waived apology does not count towards grovelling', text: letter("I'm sorry to cancel. I apologise for the hassle. No need to apologise for rescheduling last week.")},
    {name: 'quoted apologies do not count towards grovelling', text: letter('I am sorry, and I apologise. Your email said "sorry, sorry, sorry" about the delay.')}
  ],
  invalid: [
    {
      name: '"I regret to say that I\'ve picked up extra hours" regrets the news',
      text: letter("Unfortunately, I have decided to decline the interview. I regret to say that I've picked up extra hours at my current job."),
      errors: [{reason: 'No apology for the inconvenience: "regret to say" regrets the news but apologises for nothing', line: 3, column: 123}],
      output: letter("Unfortunately, I have decided to decline the interview. I regret to say that I've picked up extra hours at my current job." + apology)
    },
    {
      name: 'a waived apology, "no need at all to apologise", is not the writer\'s',
      text: letter('There is no need at all to apologise for the delay. I must decline the interview.'),
      errors: [{reason: /^No apology/, line: 3, column: 82}],
      output: letter('There is no need at all to apologise for the delay. I must decline the interview.' + apology)
    },
    {
      name: 'no apology: inserted before the sign-off',
      text: letter('Thank you for the invitation. I must decline the interview.'),
      errors: [{reason: 'No apology for the inconvenience', line: 3, column: 60, endLine: 3, endColumn: 60}],
      output: letter('Thank you for the invitation. I must decline the interview.' + apology)
    },
    {
      name: '"Unfortunately" alone is not an apology',
      text: letter('Unfortunately, I am unable to accept the offer.'),
      errors: [{reason: 'No apology for the inconvenience', line: 3, column: 48}],
      output: letter('Unfortunately, I am unable to accept the offer.' + apology)
    },
    {
      name: '"I regret to inform you" regrets the news, not the trouble',
      text: letter('I regret to inform you that I must decline the interview.'),
      errors: [{reason: 'No apology for the inconvenience: "regret to inform" regrets the news but apologises for nothing', line: 3, column: 58}],
      output: letter('I regret to inform you that I must decline the interview.' + apology)
    },
    {
      name: 'sympathy is not an apology',
      text: letter("I'm sorry to hear you were ill last week. I have decided to decline the offer."),
      errors: [{reason: 'No apology for the inconvenience', line: 3, column: 79}],
      output: letter("I'm sorry to hear you were ill last week. I have decided to decline the offer." + apology)
    },
    {
      name: '"no need to apologise" is not an apology',
      text: letter('No need to apologise for the delay. I must withdraw my application.'),
      errors: [{reason: 'No apology for the inconvenience', line: 3, column: 68}],
      output: letter('No need to apologise for the delay. I must withdraw my application.' + apology)
    },
    {
      name: '"sorry" in a quotation or a company name is not the writer apologising',
      text: letter('Since my interview at Sorry Games, where the motto is "never say sorry", I have accepted another offer.'),
      errors: [{reason: 'No apology for the inconvenience', line: 3, column: 104}],
      output: letter('Since my interview at Sorry Games, where the motto is "never say sorry", I have accepted another offer.' + apology)
    },
    {
      name: 'three apologies: the third is reported, with a suggestion only',
      text: letter("I'm so sorry. I must decline the offer. I apologise for the trouble. Sorry again!"),
      errors: [{reason: 'Apologising again ("Sorry"): one apology is enough', line: 3, column: 70, endColumn: 75}]
    },
    {
      name: 'grovelling: the third and later apologies are reported',
      text: letter('My apologies. I am truly sorry, and I regret the short notice. I must decline. Please accept my apologies.'),
      errors: [
        {reason: 'Apologising again ("regret the short notice"): one apology is enough', line: 3, column: 39},
        {reason: 'Apologising again ("apologies"): one apology is enough', line: 3, column: 97}
      ]
    },
    {
      name: 'a surplus apology in the decision\'s sentence: only its clause is cut, the "but" kept',
      text: letter('I am so sorry. I am really sorry to say this, and I apologise again and again, but I have decided to decline the offer.'),
      errors: [
        {
          reason: 'Apologising again ("apologise"): one apology is enough',
          line: 3,
          column: 53,
          suggested: letter('I am so sorry. I am really sorry to say this, but I have decided to decline the offer.')
        }
      ]
    },
    {
      name: 'three apologies in one sentence: the third clause goes, the first two stay',
      text: letter("I must decline. I'm sorry for any inconvenience, and I apologise for the trouble, and sorry once more for the disruption."),
      errors: [
        {
          reason: 'Apologising again ("sorry"): one apology is enough',
          line: 3,
          column: 87,
          suggested: letter("I must decline. I'm sorry for any inconvenience, and I apologise for the trouble.")
        }
      ]
    },
    {
      name: 'an apology sentence of apologies alone goes whole',
      text: letter("Sorry. I must decline. Apologies. I'm truly sorry, and I apologise for wasting your time."),
      errors: [
        {reason: 'Apologising again ("sorry"): one apology is enough', line: 3, column: 45, suggested: letter('Sorry. I must decline. Apologies.')},
        {reason: 'Apologising again ("apologise"): one apology is enough', line: 3, column: 58, suggested: letter('Sorry. I must decline. Apologies.')}
      ]
    },
    {
      name: 'a surplus apology in the same clause as the decision: no safe cut, no suggestion',
      text: letter('Sorry. Apologies. I am sorry that I must decline the offer.'),
      errors: [{reason: 'Apologising again ("sorry"): one apology is enough', line: 3, column: 24, noSuggestion: true}]
    },
    {
      name: 'CRLF: the apology goes before the sign-off, on the same line as the last sentence',
      text: 'Hi Zoë,\r\n\r\nThanks for the offer. I will not be accepting it.\r\n\r\nBest,\r\nJosé Núñez\r\n',
      errors: [{reason: 'No apology for the inconvenience', line: 3, column: 50}],
      output: 'Hi Zoë,\r\n\r\nThanks for the offer. I will not be accepting it.' + apology + '\r\n\r\nBest,\r\nJosé Núñez\r\n'
    }
  ]
})
