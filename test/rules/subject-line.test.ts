import {describe, expect, it} from 'vitest'
import {applyEdits} from '../../src/engine/fix.js'
import {lint} from '../../src/engine/lint.js'
import {onlyRule, testRule} from '../helpers/rule-tester.js'

const body = 'Dear Ms. Patel,\n\nThank you for inviting me to interview for the Data Analyst position at Acme. I have decided to decline.\n\nBest regards,\nJordan Lee\n'
const withSubject = (subject: string) => `Subject: ${subject}\n\n${body}`

testRule('subject-line', {
  valid: [
    {name: 'a decline stated as "not interested": "Recruiter enquiry – Tattoo Studio Manager – not interested"', text: withSubject('Recruiter enquiry – Tattoo Studio Manager – not interested')},
    {name: 'an audition named: "Audition for Tutti Viola – Wiener Konzertvereinigung"', text: withSubject('Audition for Tutti Viola – Wiener Konzertvereinigung')},
    {name: 'a role beside a venue: "Sound engineer contract – Friday at the Aotea Centre"', text: withSubject('Sound engineer contract – Friday at the Aotea Centre')},
    {name: 'a freelance job named: "Sound Recordist booking – Glenmore shoot"', text: withSubject('Sound Recordist booking – Glenmore shoot')},
    {name: '"Unable to attend the assessment day" states its purpose', text: withSubject('Unable to attend the assessment day')},
    {name: 'a template subject around a placeholder', text: withSubject('Interview for [Job Title] – Thank you for the opportunity')},
    {name: 'a role name with thanks', text: withSubject('Postdoctoral Research Associate (cryo-EM) – thank you and my decision')},
    {name: 'rescinding an acceptance', text: withSubject('Rescinding my acceptance – Software Engineer II, Payments Platform')},
    {name: 'a promotion, with thanks', text: withSubject('Engagement Manager promotion – my decision, with thanks')},
    {name: 'an assistantship, with thanks', text: withSubject('Graduate research assistantship – thank you and my decision')},
    {name: 'a reply naming roles', text: withSubject('Re: Senior Estimator roles – not looking')},
    {name: 'a reply keeps its thread\'s subject', text: withSubject('Re: Warehouse Team Leader – your message')},
    {name: 'an appointment and a decision', text: withSubject('Non-Executive Director appointment - decision')},
    {name: 'a reply about a contract', text: withSubject('Re: Backend contract – 3 months, remote')},
    {name: 'an assessment centre, with thanks and an update', text: withSubject('Graduate Analyst Programme assessment centre – thank you and an update')},
    {name: 'an internal move, with thanks', text: withSubject('Internal move to Customer Analytics – thank you, and my decision')},
    {name: 'the guidance form', text: withSubject('Interview for Data Analyst – Thank you for the opportunity')},
    {name: 'declining, with the role', text: withSubject('Declining interview – Data Analyst')},
    {name: 'withdrawal', text: withSubject('Withdrawal of application: Senior Designer')},
    {name: 'a reply that keeps the thread subject', text: withSubject('Re: Interview invitation for Product Manager – thank you')},
    {name: 'a reply naming the date', text: withSubject('Re: Interview on Thursday 12 March')},
    {name: 'a reply keeps the thread\'s subject', text: withSubject('RE: Your job offer')},
    {name: 'no subject at all', text: body},
    {name: 'a template subject', text: withSubject('Interview for [Job Title] – Thank You for the Opportunity'), mode: 'template'},
    {name: 'an email header', text: `From: jo@example.com\nSubject: Job offer for Data Analyst – thank you\n\n${body}`, filePath: 'a.eml'}
  ],
  invalid: [
    {
      name: 'an occasion\'s kind after a chat: "Following our chat at the busking festival"',
      text: withSubject('Following our chat at the busking festival'),
      errors: [{reason: 'Subject "Following our chat at the busking festival" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'an event named after a chat: "Following our chat at Hyper Japan"',
      text: withSubject('Following our chat at Hyper Japan'),
      errors: [{reason: 'Subject "Following our chat at Hyper Japan" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'an open house with a name: "Following our chat at the Bal Harbour open house"',
      text: withSubject('Following our chat at the Bal Harbour open house'),
      errors: [{reason: 'Subject "Following our chat at the Bal Harbour open house" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'only a day and a venue: "Friday at the Aotea Centre"',
      text: withSubject('Friday at the Aotea Centre'),
      errors: [{reason: 'Subject "Friday at the Aotea Centre" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'an occasion split at its hyphen: "Following our chat at the Montego Bay drop-in"',
      text: withSubject('Following our chat at the Montego Bay drop-in'),
      errors: [{reason: 'Subject "Following our chat at the Montego Bay drop-in" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'an open day with a name: "Following our chat at the Cebu open day"',
      text: withSubject('Following our chat at the Cebu open day'),
      errors: [{reason: 'Subject "Following our chat at the Cebu open day" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'an occasion with a name: "After our chat at the Sydney Marathon expo"',
      text: withSubject('After our chat at the Sydney Marathon expo'),
      errors: [{reason: 'Subject "After our chat at the Sydney Marathon expo" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'an occasion: "Following our chat at the vernissage"',
      text: withSubject('Following our chat at the vernissage'),
      errors: [{reason: 'Subject "Following our chat at the vernissage" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'an occasion: "Following our chat at the tasting"',
      text: withSubject('Following our chat at the tasting'),
      errors: [{reason: 'Subject "Following our chat at the tasting" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a reply that only greets: "Re: Lovely to hear from you"',
      text: withSubject('Re: Lovely to hear from you'),
      errors: [{reason: 'Subject "Re: Lovely to hear from you" does not say what the message is about', line: 1, column: 10}]
    },
    {
      name: 'a reply that only greets: "Re: Hello again"',
      text: withSubject('Re: Hello again'),
      errors: [{reason: 'Subject "Re: Hello again" does not say what the message is about', line: 1, column: 10}]
    },
    {
      name: 'an occasion: "Following our chat at the open day"',
      text: withSubject('Following our chat at the open day'),
      errors: [{reason: 'Subject "Following our chat at the open day" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a time and a place: "Following our chat on the ward"',
      text: withSubject('Following our chat on the ward'),
      errors: [{reason: 'Subject "Following our chat on the ward" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a day and a call: "After Tuesday\'s call"',
      text: withSubject("After Tuesday's call"),
      errors: [{reason: 'Subject "After Tuesday\'s call" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: '"Board appointment" is only a topic',
      text: withSubject('Board appointment'),
      errors: [{reason: 'Subject "Board appointment" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: '"Assessment day" is only a topic',
      text: withSubject('Assessment day'),
      errors: [{reason: 'Subject "Assessment day" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: '"Offer of employment" is only a topic',
      text: withSubject('Offer of employment'),
      errors: [{reason: 'Subject "Offer of employment" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a time and a topic: "Following our chat on Thursday"',
      text: withSubject('Following our chat on Thursday'),
      errors: [{reason: 'Subject "Following our chat on Thursday" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a reply whose subject is small talk: "Re: Catching up"',
      text: withSubject('Re: Catching up'),
      errors: [{reason: 'Subject "Re: Catching up" does not say what the message is about', line: 1, column: 10}]
    },
    {
      name: 'who sent it is no purpose: "Regarding the offer you sent"',
      text: withSubject('Regarding the offer you sent'),
      errors: [{reason: 'Subject "Regarding the offer you sent" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a reply whose subject names only a conversation: "Re: Quick chat"',
      text: withSubject('Re: Quick chat'),
      errors: [{reason: 'Subject "Re: Quick chat" does not say what the message is about', line: 1, column: 10}]
    },
    {
      name: 'a reply whose subject names nothing: "Re: Next steps"',
      text: withSubject('Re: Next steps'),
      errors: [{reason: 'Subject "Re: Next steps" does not say what the message is about', line: 1, column: 10}]
    },
    {
      name: '"Technical interview" is only a topic',
      text: withSubject('Technical interview'),
      errors: [{reason: 'Subject "Technical interview" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: '"A quick note after our call" names only when',
      text: withSubject('A quick note after our call'),
      errors: [{reason: 'Subject "A quick note after our call" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a subject that is only a placeholder names nothing yet',
      text: withSubject('[Job Title]'),
      errors: [{reason: 'The subject is empty', line: 1, column: 10}]
    },
    {
      name: 'thanks alone name nothing',
      text: withSubject('Thank you!'),
      errors: [{reason: 'Subject "Thank you!" does not say what the message is about', line: 1, column: 10}]
    },
    {
      name: 'an offer letter, and nothing more',
      text: withSubject('Offer letter'),
      errors: [{reason: 'Subject "Offer letter" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a reply about nothing',
      text: withSubject('Re: Quick update'),
      errors: [{reason: 'Subject "Re: Quick update" does not say what the message is about', line: 1, column: 10}]
    },
    {
      name: 'which interview, and nothing more',
      text: withSubject('Panel interview'),
      errors: [{reason: 'Subject "Panel interview" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: 'a greeting for a subject',
      text: withSubject('Hi'),
      errors: [{reason: 'Subject "Hi" does not say what the message is about', line: 1, column: 10, endColumn: 12}]
    },
    {
      name: 'only a reply marker',
      text: withSubject('Re:'),
      errors: [{reason: 'The subject is empty', line: 1, column: 10, endColumn: 13}]
    },
    {
      name: 'quick question',
      text: withSubject('Quick question'),
      errors: [{reason: /does not say what the message is about/, line: 1, column: 10}]
    },
    {
      name: 'following up',
      text: withSubject('Following up'),
      errors: [{reason: /does not say what the message is about/, line: 1, column: 10}]
    },
    {
      name: 'just "Interview"',
      text: withSubject('Interview'),
      errors: [{reason: 'Subject "Interview" names no role and no purpose', line: 1, column: 10}]
    },
    {
      name: '(no subject) in an email',
      text: `From: jo@example.com\nSubject: (no subject)\n\n${body}`,
      filePath: 'a.eml',
      errors: [{line: 2, column: 10, endColumn: 22}]
    },
    {
      name: 'front matter subject: reported at its value',
      text: `---\nsubject: Update\nrole: Risk Analyst\n---\n\n${body}`,
      filePath: 'a.md',
      errors: [{reason: 'Subject "Update" does not say what the message is about', line: 2, column: 10, endColumn: 16}]
    },
    {
      name: 'an empty subject line, CRLF',
      text: `Subject:\r\n\r\n${body.replace(/\n/g, '\r\n')}`,
      errors: [{reason: 'The subject is empty', line: 1, column: 9}]
    }
  ]
})

describe('subject-line suggestions', () => {
  const suggestion = (text: string, filePath?: string) => {
    const [message] = lint(text, {rules: onlyRule('subject-line'), filePath}).messages
    return applyEdits(text, [message.suggestions![0].fix]).output
  }

  it('writes the guidance form with the draft\'s role and company, keeping "Re:"', () => {
    expect(suggestion(withSubject('Re: Quick question')).split('\n')[0]).toBe(
      'Subject: Re: Interview for Data Analyst at Acme – Thank you for the opportunity'
    )
  })

  it('says withdrawal for a withdrawal, and job offer for an offer', () => {
    const withdrawal = 'Subject: Update\n\nDear Sam,\n\nThank you. I withdraw my application for the Designer role.\n\nBest,\nJo\n'
    expect(suggestion(withdrawal).split('\n')[0]).toBe('Subject: Withdrawal of application for Designer')
    const offer = 'Subject: Update\n\nDear Sam,\n\nThank you for the offer. I must decline it.\n\nBest,\nJo\n'
    expect(suggestion(offer).split('\n')[0]).toBe('Subject: Job offer – Thank you')
  })

  it('rewrites a front matter value in place, quoted for YAML', () => {
    const text = `---\nsubject: "Hi"\nrole: Risk Analyst\n---\n\n${body}`
    expect(suggestion(text, 'a.md').split('\n')[1]).toBe('subject: "Interview for Risk Analyst at Acme – Thank you for the opportunity"')
  })

  it('puts a space after an empty "Subject:"', () => {
    expect(suggestion(`Subject:\n\n${body}`).split('\n')[0]).toMatch(/^Subject: Interview for Data Analyst/)
  })
})
