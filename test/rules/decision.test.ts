import {describe, expect, it} from 'vitest'
import * as data from '../../rules/decision.data.js'
import {letter, lintWith, testRule} from '../helpers/rule-tester.js'

testRule('decision', {
  valid: [
    {name: '"I have decided not to audition for the role"', text: letter('Thank you for inviting me to audition for the lead voice. I have decided not to audition for the role.')},
    {name: 'a childminder\'s decline: "I have decided not to take on any more children this year"', text: letter('Thank you for thinking of me. I have decided not to take on any more children this year.')},
    {name: 'a childminder\'s decline: "I\'ve decided not to take on another child in January"', text: letter("Thank you for thinking of me. I've decided not to take on another child in January.")},
    {name: '"I will not be taking up my place on the graduate scheme"', text: letter('I am writing to let you know that I will not be taking up my place on the graduate scheme.')},
    {name: '"I\'ve decided to sit this one out"', text: letter("Thanks so much for the invite. I've decided to sit this one out.")},
    {name: 'Australian: "I\'ve decided to knock it back"', text: letter("Thank you for the offer. Yeah, after sleeping on it I've decided to knock it back.")},
    {name: 'a colon in a time does not end the clause: "I have decided to decline the 13:00 slot"', text: letter('Thank you for the offer. I have decided to decline the post, as the sessions at 13:00 clash with my seminar.')},
    {name: '"I\'m going to have to drop out of the December bank shifts"', text: letter("Thank you for putting me down for the extra bank shifts. I'm so sorry, but I'm going to have to drop out of the December bank shifts after all.")},
    {name: '"I\'ve decided not to go on secondment this time"', text: letter("Thank you for approaching me about the secondment. After talking it over with my line manager, I've decided not to go on secondment this time.")},
    {name: '"I\'m going to pass on putting my name forward"', text: letter("Thanks a lot for reaching out about the role. I'm going to pass on putting my name forward, as the timing just isn't right for me.")},
    {name: '"I won\'t be taking on bank shifts this winter after all"', text: letter("Thanks so much for the induction. I'm writing to let you know I won't be taking on bank shifts this winter after all.")},
    {name: '"I have decided to accept their counter-offer and remain in my present post"', text: letter('Thank you for the offer. After discussing it with my present employer, I have decided to accept their counter-offer and remain in my present post.')},
    {name: '"I\'ve decided to stay put in Aberaeron rather than take the secondment"', text: letter("Thank you for putting my name forward for the secondment. I've decided to stay put in Aberaeron rather than take the secondment this time.")},
    {name: 'a season: "I have decided not to return next summer"', text: letter('Thank you for the offer to come back as a kids\' club leader. I have decided not to return next summer.')},
    {name: '"I won\'t be coming back to run the high ropes course this summer"', text: letter("Hi Brendan, just letting you know I won't be coming back to run the high ropes course this summer.")},
    {name: 'standing for election: "I\'ve decided not to stand this time"', text: letter("Thanks very much for asking me to stand as treasurer at this year's AGM. I've decided not to stand this time.")},
    {name: 'a board appointment: "I have decided not to stand for appointment this year"', text: letter('Thank you for your kind letter inviting me to join the board of trustees. I have decided not to stand for appointment this year.')},
    {name: '"I won\'t be going for the role"', text: letter("Thanks for your message and for thinking of me. I won't be going for the role, as I have just taken a permanent day job.")},
    {name: '"I have decided to accept a doctoral position at the Universidad Autónoma de Madrid"', text: letter('Thank you for offering me the funded PhD position. After a lot of thought, I have decided to accept a doctoral position at the Universidad Autónoma de Madrid, where I can stay close to my family.')},
    {name: 'Philippine English: "I will not be pushing through with the final interview"', text: letter('Thank you for the invitation. I will not be pushing through with the final interview.')},
    {name: '"I\'ve decided to accept a counter-offer and stay at my current firm"', text: letter("Thank you for the offer. I feel awful writing this, but I've decided to accept a counter-offer and stay at my current firm.")},
    {name: 'a decision after a recruiter\'s quoted "!!" that closes later', text: letter('Your note said "no worries if it\'s a no!! 😊 just let me know either way", so I wanted to come back to you quickly: I have decided not to go ahead with it.')},
    {name: '"I won\'t be returning to the brigade this season"', text: letter("Thank you for the offer of a place on the brigade. I won't be returning to the brigade this season.")},
    {name: '"I have decided to take my application no further"', text: letter('Thank you for the second round. I have decided to take my application no further.')},
    {name: '"I won\'t be putting a price in this time" (a tender)', text: letter("Thanks for thinking of us for the electrical package. I won't be putting a price in this time.")},
    {name: '"We will not be submitting a quote"', text: letter('Thanks for the invitation to tender. We will not be submitting a quote for the depot.')},
    {name: '"I have decided not to apply on this occasion"', text: letter('Thank you for your message about the vacancy. I have decided not to apply on this occasion.')},
    {name: '"I have decided not to apply at this moment"', text: letter('Thank you for thinking of me. I have decided not to apply at this moment.')},
    {name: '"accept a PhD position in Utrecht instead"', text: letter('Thank you for the offer. I have decided to accept a PhD position in Utrecht instead, where I can keep my datasets.')},
    {name: '"decided to stay in Corporate Planning"', text: letter('Thank you for supporting my transfer. After discussing it, I have decided to stay in Corporate Planning for the next year.')},
    {name: '"decided to stay with the adult learners program for now"', text: letter("Thank you for meeting me. I've thought it over and decided to stay with the adult learners program for now.")},
    {name: '"I won\'t be doing the trial" (a phone script)', text: letter("Thank you for offering me a trial shift. I'm ringing to let you know I won't be doing the trial, because I've taken a job elsewhere.")},
    {name: '"I\'ve decided to accept a position at a biotech in Cambridge instead"', text: letter("Thank you for the offer. I've decided to accept a position at a biotech in Cambridge instead.")},
    {name: '"I will not come back for this season"', text: letter('Thank you for offering me the job again. I will not come back for this season.')},
    {name: '"I\'ve decided not to take them" (shifts)', text: letter("Thanks for offering me the lifeguard shifts. I've decided not to take them, as I've been offered a job closer to home.")},
    {name: '"I have decided not to opt for the transfer this year"', text: letter('Thank you for considering my name. I have decided not to opt for the transfer this year.')},
    {name: '"I\'m going to pass on Thursday\'s interview"', text: letter("So sorry to do this, but I'm going to pass on Thursday's interview. Thank you for setting it up.")},
    {name: 'Indian English "I will not be appearing for the interview"', text: letter('Thank you for scheduling the interview. I have decided to continue with my present organisation, hence I will not be appearing for the interview.')},
    {name: '"I have decided to continue with my present organisation"', text: letter('Thank you for the interview invitation. I have decided to continue with my present organisation.')},
    {name: '"I have decided not to take them on" (bank shifts)', text: letter('Thank you for offering me bank shifts. I have decided not to take them on, as my hours have gone up.')},
    {name: '"not to go any further with it"', text: letter("I've decided not to go any further with it, as I've been made up to shift lead.")},
    {name: '"decided it\'s right to decline"', text: letter("With the night rota involved, I've decided it's right to decline the offer.")},
    {name: 'typed on a phone: "ive decided to turn it down"', text: letter('tbh ive decided to turn it down, ive been offered more hours.')},
    {name: 'typed on a phone: "i cant make it"', text: letter('sorry but i cant make it to the interview on friday.')},
    {name: '"I must ask you to withdraw my application"', text: letter('It is with some regret that I must ask you to withdraw my application.')},
    {name: '"take my name out of the running"', text: letter('I have decided to take my name out of the running.')},
    {name: 'a decision after a quotation with "!!" and an emoji', text: letter('Your message said "just let me know ASAP!! 😊", so I wanted to reply straight away: I have decided not to go ahead with the interview.')},
    {name: '"not to go for it this season"', text: letter("I've decided not to go for it this season, as my shifts at work have changed.")},
    {name: '"not to take my application any further"', text: letter('After some reflection I have decided not to take my application any further.')},
    {name: '"I\'ve decided not to take them up"', text: letter("I've decided not to take them up, as I've started a contract elsewhere.")},
    {name: '"I am writing today to decline the offer"', text: letter('I am writing today to decline the offer.')},
    {name: '"...stay at the university and not take up your offer"', text: letter('I have decided to stay at the university and not take up your offer.')},
    {name: 'a phone script: "I\'m ringing to withdraw"', text: letter("I've accepted a role with the council, so I'm ringing to withdraw from the interview on the 27th.")},
    {name: '"I won\'t be taking on the retainer"', text: letter("I've thought it over carefully and I won't be taking on the retainer.")},
    {name: 'a condition ends where its consequence begins: "..., so I am withdrawing"', text: letter('I would regret it if I left them halfway through the year, so I am withdrawing my application.')},
    {name: '"I have decided to rescind my acceptance"', text: letter('After a lot of thought I have decided to rescind my acceptance.')},
    {name: '"I have decided not to be put forward"', text: letter('I have decided not to be put forward for the search.')},
    {name: '"I write to withdraw my application"', text: letter('Having reflected, I write to withdraw my application for the senior associate position.')},
    {name: '"I\'ll pass on being put forward"', text: letter("I'll pass on being put forward this time.")},
    {name: '"...and therefore wish to withdraw my application"', text: letter('I have accepted a permanent post elsewhere and therefore wish to withdraw my application.')},
    {name: '"...stay at Northgate and turn the transfer down"', text: letter("I've decided to stay at Northgate and turn the transfer down.")},
    {name: '"...stay on the unit and to decline the transfer"', text: letter('After careful thought I have decided to stay on the unit for now and to decline the transfer.')},
    {name: '"I\'m going to pass – I\'m happy where I am"', text: letter("I'm going to pass – I'm happy where I am for now.")},
    {name: '"I\'ve made up my mind to decline"', text: letter("I've made up my mind to decline the offer.")},
    {name: '"I\'ve decided against taking the offer"', text: letter("I've decided against taking the offer.")},
    {name: '"...and decided to withdraw"', text: letter("I've given it a lot of thought and decided to withdraw from the process.")},
    {name: '"I\'m going to pass on interviewing"', text: letter("I'm happy where I am, so I'm going to pass on interviewing for this one.")},
    {name: '"I have nevertheless decided to withdraw"', text: letter('Your exhibition is why I applied. I have nevertheless decided to withdraw my application.')},
    {name: '"decided to stay where I am and decline the offer"', text: letter('After some thought I have decided to stay where I am and decline the offer.')},
    {name: '"I won\'t be putting my name forward" beside a polite "please accept my apologies if"', text: letter("I won't be putting my name forward. Please accept my apologies if this delays your search.")},
    {name: 'decline', text: letter('Thank you for the invitation. After careful consideration, I have decided to decline the interview.')},
    {name: 'will not be attending, after "I regret to inform you"', text: letter('I regret to inform you that I will not be attending the interview on Friday.')},
    {name: 'withdraw my application', text: letter('Thank you for your time. I would like to withdraw my application for the Data Analyst role.')},
    {name: 'not move forward', text: letter('I have decided not to move forward with my application.')},
    {name: 'must respectfully decline', text: letter('Thank you for the generous offer. I must respectfully decline.')},
    {name: 'accepted another offer and will not', text: letter('I have accepted another offer and will not be pursuing this role further.')},
    {name: 'turn down, with the object between', text: letter('I have, after a great deal of thought, decided to turn your kind offer down.')},
    {name: 'pass on', text: letter('Thanks so much for thinking of me! I’m going to pass on this one.')},
    {name: 'a request with please is not a hedge', text: letter('Could you please withdraw my application from consideration?')},
    {name: 'a polite "if" is not a condition', text: letter('If it is all right with you, I would like to withdraw my candidacy.')},
    {name: '"couldn\'t possibly" is firm', text: letter('I couldn’t possibly accept the offer while my family needs me here.')},
    {name: 'a bare "I\'ll pass for now"', text: letter('I’m happy where I am, so I’ll pass for now.')},
    {name: '"thanks, but no thanks"', text: letter('About the Telesales role: thanks, but no thanks.')},
    {name: 'going elsewhere', text: letter('After three rounds I have decided to go elsewhere.')},
    {name: 'a request with "if you could"', text: letter('I would be grateful if you could withdraw my application.')},
    {name: '"even if" is not a condition', text: letter('I will have to decline even if the role is a great one.')},
    {name: '"decided not to apply"', text: letter('Thank you for thinking of me. I have decided not to apply for the position.')},
    {name: 'an "if" inside a quotation is not the writer\'s condition', text: letter('Your note said "no need to reply if you are not interested", but I have decided not to apply.')},
    {name: 'a hedge elsewhere does not undo a firm decision', text: letter('I might be free next month. However, I will not be attending the interview.')}
  ],
  invalid: [
    {
      name: 'an inverted condition before an aside: "Should the role keep its 08:00 Saturday start, I am afraid I will have to step back from it"',
      text: letter('Thank you for the offer. Should the role keep its 08:00 Saturday start at the club, I am afraid I will have to step back from it, because my studies run on Saturday mornings.'),
      errors: [{reason: 'The draft never states the decision to decline ("I will have to step back" is only a condition)', line: 3, column: 25}]
    },
    {
      name: 'a hedge: "there\'s a fair chance I\'ll have to step away from the tour"',
      text: letter('Thank you for the offer. Some family matters are still unsettled, and there\'s a fair chance I\'ll have to step away from the tour rather than commit to eleven weeks on the road.'),
      errors: [{reason: /^"a fair chance I'll have to step away" is hedged/, line: 3, column: 79}]
    },
    {
      name: 'an inverted condition with a comma inside: "Should the rotating two-day, two-night pattern remain a requirement of the post, I will have to turn the offer down"',
      text: letter('Thank you for the offer. Should the rotating two-day, two-night pattern remain a requirement of the post, I will have to turn the offer down.'),
      errors: [{reason: 'The draft never states the decision to decline ("I will have to turn the offer down" is only a condition)', line: 3, column: 25}]
    },
    {
      name: 'a condition whose subject holds a range: "If the Tuesday–Thursday sections can\'t move to the evening, I will have to turn the offer down"',
      text: letter("Thank you for the offer. If the Tuesday–Thursday sections can't move to the evening, I will have to turn the offer down."),
      errors: [{reason: 'The draft never states the decision to decline ("I will have to turn the offer down" is only a condition)', line: 3, column: 25}]
    },
    {
      name: 'a hedge that grows: "it is looking more and more as though I won\'t be able to"',
      text: letter("Thank you for the offer. My funding has changed, and it is looking more and more as though I won't be able to take up the place in September."),
      errors: [{reason: '"it is looking more and more as though I won\'t be able to take up the" is hedged: it leaves the decision open', line: 3, column: 54}]
    },
    {
      name: '"I was knocked back" is a past rejection, not a decision',
      text: letter('Thank you for the offer. I was knocked back for a similar job last year, so this meant a lot.'),
      errors: [{reason: 'The draft never states the decision to decline ("I was knocked back" is about the past)', line: 3, column: 25}]
    },
    {
      name: 'an inverted condition with a time in it: "Should the Tuesday sessions stay fixed at 13:00, I will have to decline"',
      text: letter('Thank you for the offer. Should the Tuesday sessions stay fixed at 13:00, I will have to decline.'),
      errors: [{reason: 'The draft never states the decision to decline ("I will have to decline" is only a condition)', line: 3, column: 25}]
    },
    {
      name: 'an inverted condition after "and": "My home is in Tamale, and should the post require me to be based in Bolgatanga, I will have to decline"',
      text: letter('Thank you for the offer. My home is in Tamale, and should the post require me to be based in Bolgatanga five days a week, I will have to decline the offer.'),
      errors: [{reason: 'The draft never states the decision to decline ("I will have to decline" is only a condition)', line: 3, column: 25}]
    },
    {
      name: 'an inverted condition after an opening phrase: "Having thought about it, should the start date remain fixed, I will have to decline"',
      text: letter('Thank you for the offer. Having thought about it carefully, should the start date remain fixed at 1 May, I will have to decline.'),
      errors: [{reason: 'The draft never states the decision to decline ("I will have to decline" is only a condition)', line: 3, column: 25}]
    },
    {
      name: '"I won\'t come back to you until Friday" is no decision',
      text: letter("Thank you for the offer. I won't come back to you until Friday."),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 25}]
    },
    {
      name: '"I won\'t stand for this" is no decision',
      text: letter("Thank you for the offer. I won't stand for this kind of treatment."),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 25}]
    },
    {
      name: '"I won\'t be returning to work until May" declines nothing',
      text: letter("Thank you. I won't be returning to work until May, but I look forward to Tuesday."),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 11}]
    },
    {
      name: 'a hedged return: the firm form is "I will not return ..."',
      text: letter('Thank you. I might not return to the team this summer.'),
      errors: [{reason: /^"I might not return to the team" is hedged/, line: 3, column: 12, suggested: letter('Thank you. I will not return to the team this summer.')}]
    },
    {
      name: 'a hedged tender: the firm form is "I will not put a price in ..."',
      text: letter("Thank you. I probably won't be putting a price in this time."),
      errors: [{reason: /^"I probably won't be putting a price" is hedged/, line: 3, column: 12, suggested: letter('Thank you. I will not put a price in this time.')}]
    },
    {
      name: '"decided to stay in touch" declines nothing',
      text: letter('Thank you for the offer. I have decided to stay in touch with the team.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 25}]
    },
    {
      name: '"decided to stay in the process" declines nothing',
      text: letter('Thank you for the update. I have decided to stay in the process.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 26}]
    },
    {
      name: '"I might accept a counter-offer" is a hedge',
      text: letter('Thank you for the offer. I might accept a counter-offer from my current firm.'),
      errors: [{reason: /^"I might accept a counter-offer" is hedged/, line: 3, column: 26}]
    },
    {
      name: '"I didn\'t do the task well" is a past story, not a decision',
      text: letter("Thanks for the offer. I didn't do the task well, I know."),
      errors: [{reason: /^The draft never states the decision to decline/, line: 3, column: 22}]
    },
    {
      name: '"I don\'t take it lightly" declines nothing',
      text: letter("Thank you for putting my name forward. It is a real vote of confidence and I don't take it lightly."),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 39}]
    },
    {
      name: '"I will not come back to the office until Monday" declines nothing',
      text: letter('Thank you for the offer. I will not come back to the office until Monday.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 25}]
    },
    {
      name: '"I suspect I\'ll have to turn it down" is hedged',
      text: letter("Thank you for the offer. I suspect I'll have to turn the offer down."),
      errors: [{reason: /is hedged/, line: 3, column: 26}]
    },
    {
      name: 'an inverted condition: "Should relocation remain a requirement, I\'ll decline"',
      text: letter("Should relocation remain a requirement, I'll be declining the offer."),
      errors: [{reason: /only a condition/, line: 3, column: 1}]
    },
    {
      name: '"apply" about something else states no decision',
      text: letter('I will not apply any pressure on the team.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 1}]
    },
    {
      name: '"go for it" without a negation states no decision',
      text: letter('I have decided to go for it.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 1}]
    },
    {
      name: '"go further" without a negation states no decision',
      text: letter('I have decided to go further with my studies.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 1}]
    },
    {
      name: 'no decision at all: after the thanks',
      text: letter('Thank you for inviting me to interview for the Data Analyst position at Acme. I hope the process goes well.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 78, endColumn: 78}]
    },
    {
      name: 'no decision and no thanks: at the start of the body',
      text: letter('I hope you are well. I have been reflecting on our conversation.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 1}]
    },
    {
      name: 'hedged with "might"',
      text: letter('Thank you for the invitation. I might not be able to make it.'),
      errors: [{reason: '"I might not be able to make it" is hedged: it leaves the decision open', line: 3, column: 31, endColumn: 61}]
    },
    {
      name: '"not sure I can come"',
      text: letter('I\'m not sure I can come to the interview.'),
      errors: [{reason: /^"I'm not sure I can come" is hedged/, line: 3, column: 1, endColumn: 24}]
    },
    {
      name: 'a question',
      text: letter('Maybe we can skip it?'),
      errors: [{reason: /^"Maybe we can skip it" is hedged/, line: 3, column: 1}]
    },
    {
      name: '"I think I may have to decline"',
      text: letter('Thanks again. I think I may have to decline.'),
      errors: [{reason: /^"I think I may have to decline" is hedged/, line: 3, column: 15}]
    },
    {
      name: 'a conditional is not a decision',
      text: letter('If the salary does not change, I will decline the offer.'),
      errors: [{reason: 'The draft never states the decision to decline ("I will decline" is only a condition)', line: 3, column: 1}]
    },
    {
      name: 'a story about the past is not a decision',
      text: letter('I withdrew from a process like this once before. I am still thinking it over.'),
      errors: [{reason: 'The draft never states the decision to decline ("I withdrew" is about the past)', line: 3, column: 1}]
    },
    {
      name: '"decline" in another sense',
      text: letter('Thank you for the offer. I know sales declined last quarter in a declining market.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 25}]
    },
    {
      name: 'a decision only inside quotation marks',
      text: letter('My friend told me to just write "I will not be attending" and be done with it.'),
      errors: [{reason: 'The draft never states the decision to decline', line: 3, column: 1}]
    },
    {
      name: 'two hedged sentences give two findings',
      text: letter('I probably won’t make it. Perhaps I should withdraw?'),
      errors: [
        {reason: /^"I probably won’t make it" is hedged/, line: 3, column: 1},
        {reason: /^"Perhaps I should withdraw" is hedged/, line: 3, column: 27}
      ]
    }
  ]
})

describe('decision suggestions', () => {
  it('keeps the subject of a hedge that starts at its contraction ("I" + "\'m leaning towards")', () => {
    const text = letter("Thank you for the invitation. To be honest I'm leaning towards staying put and not going ahead with the interview.")
    const [message] = lintWith('decision', {name: 'leaning', text})
    expect(message.reason).toMatch(/^"I'm leaning towards staying put and not going ahead" is hedged/)
    expect(message.suggestions?.[0].fix.text).toBe('To be honest I have decided not to go ahead with the interview.')
  })

  it('drops the frame of a question: "Would it be alright if we called it here and I stepped back?"', () => {
    const text = letter('Thank you for the offer. Would it be alright if we called it here and I stepped back from the offer?')
    const [message] = lintWith('decision', {name: 'question', text})
    expect(message).toMatchObject({reason: '"I stepped back" asks a question instead of stating the decision', line: 3, column: 71})
    expect(message.suggestions?.[0].fix.text).toBe('I have decided to step back from the offer.')
  })
})

// The phrase lists are data: every entry must compile, and no verb form may be listed twice.
describe('decision.data', () => {
  it('compiles every pattern', () => {
    const sources = [
      ...data.subjects, ...data.chainWords, ...data.hedges, ...data.doubts, ...data.nounDecisions,
      data.negation, data.conditions, data.politeConditions, data.notConditional, data.pastChain, data.pastTime, data.otherObject, data.clauseBreak,
      ...[...data.declineVerbs, ...data.acceptVerbs].map((verb) => verb.after ?? '')
    ]
    for (const source of sources) expect(() => new RegExp(source, 'i')).not.toThrow()
  })
  it('lists each verb form once per list, with an -ing form for each base form', () => {
    for (const list of [data.declineVerbs, data.acceptVerbs]) {
      const forms = list.flatMap((verb) => [...verb.base, ...verb.ing, ...(verb.past ?? [])].map((form) => `${form} ${verb.after ?? ''}`))
      expect(forms.length).toBe(new Set(forms).size)
      for (const verb of list) if (verb.ing.length > 0) expect(verb.ing.length).toBe(verb.base.length)
    }
  })
})
