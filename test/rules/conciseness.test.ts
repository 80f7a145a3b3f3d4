import {describe, expect, it} from 'vitest'
import {familyDetails, fieldNouns, medicalDetails} from '../../rules/conciseness.data.js'
import {letter, lintWith, testRule} from '../helpers/rule-tester.js'
import {expectPatternsMatchThemselves} from './phrase-patterns.js'

/** A body of `count` words in plain sentences of ten words each. */
const words = (count: number) =>
  Array.from({length: count / 10}, () => 'I have thought about this offer very carefully this week.').join(' ')

testRule('conciseness', {
  valid: [
    {name: 'records a post keeps: "the detainees\' medication log"', text: letter("I have decided to decline the offer. I learned a lot from watching the officers keep the detainees' medication log.")},
    {name: 'a rate that is not pay: "lifted the response rate from 18% to 31%"', text: letter('I have decided to withdraw. It was exciting to read that your survey lifted the response rate from 18% to 31% in 3 rounds of follow-up.')},
    {name: 'the funeral trade: "a funeral home", "the funeral hall staff", "funeral planning"', text: letter('I have decided to decline the funeral hall staff position, as I have accepted a post with another funeral home. I admire your approach to funeral planning.')},
    {name: 'a percentage named after what it measures: "cut emissions by 40%" beside "2,400 services a year"', text: letter('I have decided to withdraw. I was impressed that your new cremators have cut emissions by 40% and that the team handles 2,400 services a year.')},
    {name: 'a dentist\'s surgeries: "seeing the new surgeries", "my current surgery has offered me"', text: letter('I enjoyed seeing the new surgeries. I have decided to withdraw, as my current surgery has offered me a permanent place.')},
    {name: 'a wine\'s alcohol is no pay: "down from 13.5% to around 12.5% alcohol" beside "14,000 cases a year"', text: letter('I have decided to decline. I kept coming back to the 14,000 cases a year and the plan to take the Pinot Gris down from 13.5% to around 12.5% alcohol.')},
    {name: 'a post covered for a while: "the three-month physiotherapy locum at the rehabilitation centre"', text: letter('Thank you for putting me forward for the three-month physiotherapy locum at the Kimberley rehabilitation centre. I have decided to decline it.')},
    {name: 'what a clinic runs: "watching the Tuesday evening rehab classes"', text: letter('I enjoyed meeting the team and watching the Tuesday evening rehab classes. I have decided to decline the offer.')},
    {name: 'a grade of the profession: "what other clinics are paying for a senior therapist"', text: letter('I have decided to decline the offer, as the rate is below what other clinics are paying for a senior therapist.')},
    {name: 'the practice itself: "future vacancies at the surgery"', text: letter('I have decided to decline the interview. I would be glad to hear about future vacancies at the surgery.')},
    {name: 'a body of a profession: "how the pharmacy team supports the medication safety committee"', text: letter('I enjoyed hearing how the pharmacy team supports the medication safety committee and the antimicrobial stewardship programme. I have decided to decline the offer.')},
    {name: 'a ward\'s work: "medication rounds running late"', text: letter('I have decided to withdraw my application. On the afternoon I visited, I saw medication rounds running late on two floors.')},
    {name: 'a study\'s subject: "the group\'s earlier study of depression among dialysis patients"', text: letter("Thank you for the interview. The group's earlier study of depression among dialysis patients is why I applied. I must withdraw.")},
    {
      name: 'work and workplaces: "a rehabilitation hospital", "the chemotherapy verification workflow", "the practice\'s diabetes outreach"',
      text: letter("I must decline, as I have accepted a position at a rehabilitation hospital in Gatineau. Thank you for walking me through the chemotherapy verification workflow and the practice's diabetes outreach.")
    },
    {name: 'a programme in a field: "a graduate program in physical therapy"', text: letter('I must decline, as I start a graduate program in physical therapy in June.')},
    {name: 'a qualification in a field: "a certificate in soft tissue surgery"', text: letter('I must withdraw, as I have accepted a post where I can work towards a certificate in soft tissue surgery.')},
    {name: 'a career the writer may take: "go into physical therapy"', text: letter("I must decline. I'm not sure yet whether I'll stay in coaching or go into physical therapy.")},
    {name: 'a vet\'s practice: "a post at a small-animal surgery in Dingwall"', text: letter('I must decline, as I have accepted a post at a small-animal surgery in Dingwall.')},
    {name: 'a practice\'s service: "the minor surgery clinics"', text: letter('I must withdraw. I enjoyed hearing how the practice team runs the morning triage line and the minor surgery clinics.')},
    {name: 'a field: "I have decided to stay in hospital pharmacy"', text: letter('I must decline. I have decided to stay in hospital pharmacy, where I trained, rather than move into retail.')},
    {name: 'a room of a practice: "the working interview in the surgery suite"', text: letter('I must decline. Thank you for the working interview in the surgery suite.')},
    {name: 'a postcode is no money: "the Spalding hub (PE12 6TL)"', text: letter('I must withdraw from the second of the 2 rounds for the Transport Shift Supervisor post at the Spalding hub (PE12 6TL).')},
    {name: 'steps taken after "this is what I\'ve done so far:"', text: letter("I have decided to decline the offer.\n\nSince I'd already picked up my starter kit, this is what I've done so far:\n- returned the two uniform shirts to the service desk;\n- handed back the swipe card;\n- dropped the signed keys register in the manager's tray;\n- deleted the roster app from my phone."), filePath: 'draft.md'},
    {name: 'a field named after "especially in": "future openings, especially in sports rehabilitation"', text: letter('I must decline. I would be very happy to hear from you about future openings, especially in sports rehabilitation.')},
    {name: 'a practice\'s rooms: "for showing me round the surgeries"', text: letter('Thank you for inviting me to the practice and for showing me round the surgeries. I must withdraw.')},
    {name: 'works mended: "the pumping station rehabilitation"', text: letter('Thank you for offering me the Site Engineer position on the pumping station rehabilitation in Beni Suef. I must decline.')},
    {name: 'land management: "how the module plans prescribed burns"', text: letter('I learned a lot about how the module plans prescribed burns along the shore. I must withdraw.')},
    {name: 'surgeries a practice runs: "how your nurses run the surgeries"', text: letter('Thank you for letting me see how your nurses run the surgeries. I must withdraw.')},
    {name: 'a room and a gym named by their field: "the club physio room", "the neuro rehab gym"', text: letter('Thank you for the trial day in the club physio room and the visit to the neuro rehab gym. I must decline.')},
    {name: 'work the writer does: "a post that combines hand therapy with teaching"', text: letter('I must decline: I have been offered a post that combines hand therapy with teaching at the university.')},
    {name: 'a profession\'s association: "the dental therapy association congress"', text: letter('I must decline. I hope we meet again at the next dental therapy association congress.')},
    {name: '"the surgery where I have worked for six years" is a workplace', text: letter('I must decline. A partnership has come up at the surgery where I have worked for six years.')},
    {name: '"tumour immunology", a science named by what it studies', text: letter('Your work is the reason I first became interested in tumour immunology. I must decline the interview.')},
    {name: 'a seat allotted "through the counselling" (India\'s admission rounds)', text: letter('I will not be joining the post, as I have been allotted a postgraduate seat in Community Medicine through the counselling last week.')},
    {name: 'a veterinary surgery is a workplace', text: letter('I must withdraw. I have been offered a contract at a veterinary surgery ten minutes from my flat.')},
    {name: 'fields of work: "a gene therapy group", "Hospital Administration"', text: letter('I have joined a gene therapy group, and the Graduate Trainee Programme in Hospital Administration must wait. I must decline.')},
    {name: 'a field of work: "rehabilitation project"', text: letter('Thank you for the offer for the barrage rehabilitation project. I must decline.')},
    {name: 'a field named before the word: "a post in radiotherapy", "a PhD position on declining fertility"', text: letter('Thank you for the interview for the post in radiotherapy and the PhD position on declining fertility. I must withdraw, and I hope to see you in the radiotherapy community.')},
    {name: '"the rehabilitation of the Assiniboine crossing" mends a bridge', text: letter("I'm halfway through the rehabilitation of the Assiniboine crossing with my current firm, so I must decline.")},
    {name: 'custody in a police sense: "a full year in custody" as a custody sergeant', text: letter("I must withdraw, as I've taken the custody sergeant post. I'd like to apply next year once I've done a full year in custody.")},
    {name: 'steps taken, announced "I have:"', text: letter('I must withdraw. Because the welcome pack has already been sent, I have:\n\n- returned the agreement\n- cancelled the induction\n- asked the university to stop the visa letter\n- deleted the handbook')},
    {name: 'things handed back, announced after the decision', text: letter('I must decline, as I made my decision before the pack arrived. I dropped the following at reception:\n\n- the laptop\n- the card\n- the agreement\n- the handbook')},
    {name: 'a field of work in two words: "therapy vacancies"', text: letter('I must decline. I would be happy to be considered for future therapy vacancies at the trust.')},
    {name: 'a field of work after another: "cancer counselling teams"', text: letter('I must decline. I was moved by the work your psychiatry and cancer counselling teams do.')},
    {name: 'childcare on interview day is brief logistics', text: letter('I cannot arrange childcare on the interview day, so I must withdraw my application.')},
    {name: 'a short decline', text: letter('Thank you for the offer. I have accepted another role, so I must decline.')},
    {name: 'exactly at the limit', text: letter(words(250))},
    {name: 'a brief personal reason', text: letter('Due to family commitments and personal reasons, I must withdraw my application.')},
    {name: "the offer's health insurance is a benefit, not a medical detail", text: letter('Thank you for the offer, including the health insurance and dental cover. I must decline.')},
    {name: 'numbers that are not money', text: letter('After 10 years in the field and 2 rounds of interviews, I must withdraw from the 19 May interview at 2:30 pm in Room 4B.')},
    {name: 'a 401k is not a salary figure', text: letter('Your 401k match was generous, but I have accepted another offer.')},
    {name: "the recipient's field of work", text: letter('I admire your cancer research and your mental health services, but I must decline.')},
    {name: 'three reasons are allowed', text: letter('I must decline for three reasons: the commute, the hours and the travel.')},
    {name: 'a list of logistics, not reasons', text: letter('I must decline.\n\nTo tidy up:\n\n- the hotel is cancelled\n- the laptop is returned\n- the pack is deleted\n- the agency knows')},
    {name: 'a maxWords option', text: letter(words(300)), options: {maxWords: 300}}
  ],
  invalid: [
    {
      name: 'medical detail: "booked in for a spinal fusion", "my consultant has told me"',
      text: letter('I have decided to withdraw my application: I am booked in for a spinal fusion in early February, and my consultant has told me I will not be fit to lift anything heavy for six months.'),
      errors: [{reason: 'Too much medical detail: "spinal fusion"', line: 3, column: 65}]
    },
    {
      name: 'pay in taka: "Tk 78,000 per month"',
      text: letter('I have decided not to accept the offer. Another factory in the EPZ has offered me Tk 78,000 per month with a transport allowance, which I have accepted.'),
      errors: [{reason: 'Too much money detail: "Tk 78,000"', line: 3, column: 83}]
    },
    {
      name: 'a partner\'s new post and the children\'s schools: "My wife begins a consultant post", "our two boys are changing schools"',
      text: letter('I have decided not to accept the offer. My wife begins a consultant post at the university hospital in September, and our two boys are changing schools to go with her.'),
      errors: [{reason: 'Too much family detail: "My wife begins a", "our two boys are changing schools"', line: 3, column: 41}]
    },
    {
      name: 'a percentage beside pay words is still money: "a 15% bonus" and "95k a year"',
      text: letter('I have decided to decline, as I was offered 95k a year and a 15% bonus elsewhere.'),
      errors: [{reason: 'Too much money detail: "95k", "15%"', line: 3, column: 45}]
    },
    {
      name: 'a heart condition: "an irregular heartbeat", "my cardiologist", "beta blockers"',
      text: letter('I have decided to withdraw my application, as my pre-employment medical showed an irregular heartbeat and my cardiologist has put me on beta blockers.'),
      errors: [{reason: 'Too much medical detail: "irregular heartbeat", "my cardiologist", "beta blockers"', line: 3, column: 83}]
    },
    {
      name: 'an operation, not a practice: "at the surgery for my knee"',
      text: letter('I have decided to decline the offer, as I will be at the surgery for my knee next month.'),
      errors: [{reason: 'Too much medical detail: "surgery"', line: 3, column: 58}]
    },
    {
      name: 'a partner\'s new post and the children\'s school: "My wife has accepted a harbour-master post", "our two children start school"',
      text: letter('I have decided to decline the offer. My wife has accepted a harbour-master post in Antwerp, and our two children start school there in August.'),
      errors: [{reason: 'Too much family detail: "My wife has accepted a harbour-master post", "our two children start school"', line: 3, column: 38}]
    },
    {
      name: 'pay with a currency code: "CLP 2,300,000 a month"',
      text: letter('I have decided to decline the offer. The other position I have accepted pays CLP 2,300,000 a month plus a pickup truck.'),
      errors: [{reason: 'Too much money detail: "CLP 2,300,000"', line: 3, column: 78}]
    },
    {
      name: 'a partner\'s new post: "My husband starts with the port authority in Darwin"',
      text: letter('I have decided to decline the offer. My husband starts with the port authority in Darwin in June, so we are heading north.'),
      errors: [{reason: 'Too much family detail: "My husband starts with"', line: 3, column: 38}]
    },
    {
      name: 'an operation named by what it removes: "I need a hysterectomy in the new year"',
      text: letter('I must withdraw my application. My consultant has told me I need a hysterectomy in the new year.'),
      errors: [{reason: 'Too much medical detail: "hysterectomy"', line: 3, column: 68}]
    },
    {
      name: 'an operation booked by someone else: "My consultant has just booked me in for a hip replacement operation"',
      text: letter('I must withdraw my application. My consultant has just booked me in for a hip replacement operation in January.'),
      errors: [{reason: 'Too much medical detail: "booked me in for a hip replacement"', line: 3, column: 56}]
    },
    {
      name: 'the writer\'s own surgery beside "a rehabilitation hospital"',
      text: letter('I must withdraw, as I am in a rehabilitation hospital until March after my surgery.'),
      errors: [{reason: 'Too much medical detail: "surgery"', line: 3, column: 76}]
    },
    {
      name: 'pay in shillings: "a salary of KSh 145,000 per month"',
      text: letter('I must decline, as my present school has matched your terms with a salary of KSh 145,000 per month.'),
      errors: [{reason: 'Too much money detail: "KSh 145,000"', line: 3, column: 78}]
    },
    {
      name: 'an operation named at length: "booked in for a cruciate ligament reconstruction operation"',
      text: letter("I won't be taking it on: I'm booked in for a cruciate ligament reconstruction operation in January."),
      errors: [{reason: 'Too much medical detail: "booked in for a cruciate ligament reconstruction"', line: 3, column: 30}]
    },
    {
      name: 'a partner\'s news: "My husband has just been given a permanent job in Bristol"',
      text: letter('I must decline. My husband has just been given a permanent job in Bristol, so we are moving before Christmas.'),
      errors: [{reason: 'Too much family detail: "My husband has just been given"', line: 3, column: 17}]
    },
    {
      name: 'a specialist named: "My orthopaedic surgeon has scheduled me for a spinal fusion"',
      text: letter('I must withdraw. My orthopaedic surgeon has scheduled me for a spinal fusion in January.'),
      errors: [{reason: 'Too much medical detail: "My orthopaedic surgeon", "spinal fusion"', line: 3, column: 18}]
    },
    {
      name: 'a household\'s arrangements: "Our daycare ... is shutting" and "my wife works nights"',
      text: letter('I must withdraw. Our daycare in St. Boniface is shutting its doors at the end of December and my wife works nights at the hospital, so I cannot take on rotating shifts.'),
      errors: [{reason: 'Too much family detail: "Our daycare in St. Boniface is shutting", "my wife works nights"', line: 3, column: 18}]
    },
    {
      name: 'medication the writer was prescribed is still medical detail',
      text: letter('I must withdraw, as I have been prescribed medication for my back.'),
      errors: [{reason: 'Too much medical detail: "prescribed", "medication"', line: 3, column: 33}]
    },
    {
      name: 'a household\'s arrangements: "The crèche my son attends is closing"',
      text: letter('I have to withdraw my application. The crèche my son attends is closing at Christmas, so I cannot commit to full-time hours.'),
      errors: [{reason: /^Too much family detail: "crèche my son attends is closing"/, line: 3, column: 40}]
    },
    {
      name: 'a figure in Turkish lira: "62,000 TL per month"',
      text: letter('I have decided to decline, because my current company increased my salary to 62,000 TL per month.'),
      errors: [{reason: /money/, line: 3, column: 78}]
    },
    {
      name: 'a figure in ringgit: "RM5,400 a month"',
      text: letter('I must decline. Another NGO has offered me RM5,400 a month with a transport allowance.'),
      errors: [{reason: /money/, line: 3, column: 44}]
    },
    {
      name: 'four numbered reasons, some items opening on a capital',
      text: letter('I have decided to decline. My reasons are:\n\n1. the role requires travel four nights a week;\n2. I am hoping to move into the public sector;\n3. my current project runs until December;\n4. I would prefer a smaller firm.'),
      errors: [{reason: /reasons/, line: 5, column: 1}]
    },
    {
      name: '"our childminder has handed in her notice"',
      text: letter('I must withdraw my application: our childminder has handed in her notice and there is nobody else to cover the early starts.'),
      errors: [{reason: /family/, line: 3, column: 33}]
    },
    {
      name: 'a separation and a childminder giving notice',
      text: letter('My partner and I separated last month, and my son\'s childminder has since given notice. I must decline.'),
      errors: [{reason: /family/, line: 3, column: 1}]
    },
    {
      name: 'an operation someone booked for the writer',
      text: letter('I must decline. My consultant has booked me in for a shoulder operation next month.'),
      errors: [{reason: 'Too much medical detail: "booked me in for a shoulder operation"', line: 3, column: 35}]
    },
    {
      name: 'an operation the writer needs, named by what it is',
      text: letter("I must decline. I need a knee replacement operation in the new year."),
      errors: [{reason: /medical/, line: 3, column: 19}]
    },
    {
      name: 'a salary in rand',
      text: letter('I must decline. The role is offered at R14,200 a month.'),
      errors: [{reason: /salary|money|pay/i, line: 3, column: 40}]
    },
    {
      name: 'a salary in rupees, "Rs." before the figure',
      text: letter('I must decline. My employer has increased my salary to Rs. 165,000 per month.'),
      errors: [{reason: /salary|money|pay/i, line: 3, column: 56}]
    },
    {
      name: 'custody of a child is a family detail',
      text: letter('I must decline. The custody hearing for my son is in March.'),
      errors: [{reason: /family/, line: 3, column: 21}]
    },
    {
      name: 'a salary in dirhams',
      text: letter('I must decline. My employer matched it with AED 46,500 per month.'),
      errors: [{reason: /salary|money|pay/i, line: 3, column: 45}]
    },
    {
      name: '"has had a second stroke" is a family detail',
      text: letter('I must decline. My father has had a second stroke this month.'),
      errors: [{reason: /family/, line: 3, column: 17}]
    },
    {
      name: 'a child\'s nursery closing is a family detail',
      text: letter("I must decline. My son's nursery is closing at the end of December."),
      errors: [{reason: /family/, line: 3, column: 17}]
    },
    {
      name: 'an operation named by what it was for is a medical detail',
      text: letter('I must decline. I had a hernia operation in March.'),
      errors: [{reason: /medical/, line: 3, column: 19}]
    },
    {
      name: 'an operation one is "booked in for" is a medical detail',
      text: letter("I must withdraw. I'm booked in for a hip replacement operation next month."),
      errors: [{reason: /medical/, line: 3, column: 22}]
    },
    {
      name: 'a parent\'s stroke is a family detail',
      text: letter('I must withdraw my application. My father had a stroke in the spring.'),
      errors: [{reason: /family/, line: 3, column: 33}]
    },
    {
      name: 'a partner\'s new job, "has just been offered", is a family detail',
      text: letter('I must decline. My husband has just been offered a job in Edinburgh.'),
      errors: [{reason: /family/, line: 3, column: 17}]
    },
    {
      name: 'childcare arrangements falling through is a family detail',
      text: letter('Our childcare arrangements have fallen through, so I must withdraw my application.'),
      errors: [{reason: /family/, line: 3, column: 5}]
    },
    {
      name: 'too long: reported from the first word over the limit',
      text: letter(words(260)),
      errors: [{reason: '260 words; aim for under 250', line: 3, column: 1 + 58 * 25}]
    },
    {
      name: 'a maxWords option',
      text: letter(words(30)),
      options: {maxWords: 20},
      errors: [{reason: '30 words; aim for under 20', line: 3, column: 1 + 58 * 2}]
    },
    {
      name: 'medical detail, reported at the words',
      text: letter('Thank you for the invitation. I had surgery last month and I am still recovering, so I must withdraw.'),
      errors: [{reason: 'Too much medical detail: "surgery"', line: 3, column: 37, endColumn: 44}]
    },
    {
      name: 'family detail',
      text: letter("Thank you for the offer. We are relocating for my husband's job, so I must decline."),
      errors: [{reason: `Too much family detail: "my husband's job"`, line: 3, column: 48, endColumn: 64}]
    },
    {
      name: 'salary figures: one finding for the sentence',
      text: letter('Thank you for the offer. The other firm offered 110k base plus a 20% bonus, and $5,000 to sign.'),
      errors: [{reason: 'Too much money detail: "110k", "20%", "$5,000"', line: 3, column: 49, endColumn: 53}]
    },
    {
      name: 'what the writer earns, without a figure',
      text: letter('Thank you for the offer. My current salary is higher, so I must decline.'),
      errors: [{reason: 'Too much money detail: "My current salary is"', line: 3, column: 26}]
    },
    {
      name: 'a long inline list of reasons',
      text: letter('Thank you for the invitation. I must decline for several reasons: the commute, the hours, the travel and the pay.'),
      errors: [{reason: '4 reasons; one brief explanation is enough', line: 3, column: 67}]
    },
    {
      name: 'a bullet list of reasons, CRLF',
      text: 'Dear Ms. Patel,\r\n\r\nI have decided to decline for these reasons:\r\n\r\n- the commute\r\n- the salary\r\n- the hours\r\n- the travel\r\n\r\nBest regards,\r\nJordan Lee\r\n',
      errors: [{reason: '4 reasons; one brief explanation is enough', line: 5, column: 1, endLine: 8, endColumn: 13}]
    },
    {
      name: 'first, second, third, finally',
      text: letter('Thank you. First, the commute is long. Second, the pay is low. Third, the hours are long. Finally, I have another offer.'),
      errors: [{reason: '4 reasons; one brief explanation is enough', line: 3, column: 12}]
    },
    {
      name: 'a maxReasons option',
      text: letter('I must decline for two reasons: the commute and the hours.'),
      options: {maxReasons: 1},
      errors: [{reason: '2 reasons; one brief explanation is enough', line: 3, column: 33}]
    }
  ]
})

describe('conciseness suggestions', () => {
  it('a long draft can be swapped for a short one in the guidance\'s shape', () => {
    const text = letter(`Thank you for offering me the Data Analyst position at Acme. ${words(250)}`)
    const [message] = lintWith('conciseness', {name: 'long', text})
    const {fix} = message.suggestions![0]
    const fixed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
    expect(fix.text).toMatch(/^Thank you for offering me the Data Analyst position at Acme\. After careful consideration, I have decided to decline the offer/)
    expect(lintWith('conciseness', {name: 'fixed', text: fixed})).toEqual([])
  })

  it('the short draft ends at the sign-off: the sign-off and a postscript after it stay', () => {
    const text = `${letter(`Thank you for offering me the Data Analyst position at Acme. ${words(250)}`)}\nP.S. I have passed your post on to two friends.\n`
    const [message] = lintWith('conciseness', {name: 'long with a postscript', text})
    const {fix} = message.suggestions![0]
    const fixed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
    expect(fixed).toMatch(/my career goals\.\n\nBest regards,\nJordan Lee\n\nP\.S\. I have passed your post on to two friends\.\n$/)
  })

  it('a detail gives way to a brief explanation, and the decision beside it stays', () => {
    const text = letter('Thank you for the invitation. I had surgery last month, so I must withdraw.')
    const [message] = lintWith('conciseness', {name: 'detail', text})
    const {fix} = message.suggestions![0]
    const fixed = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])
    expect(fixed).toBe(letter('Thank you for the invitation. I must withdraw. Due to a change in my personal circumstances, I am unable to pursue this opportunity at this time.'))
    expect(lintWith('conciseness', {name: 'fixed', text: fixed})).toEqual([])
  })
})

describe('conciseness data', () => {
  it('has no duplicate entries', () => {
    for (const list of [medicalDetails, familyDetails, fieldNouns]) expect(new Set(list).size).toBe(list.length)
  })

  it('has patterns that find their own words as the tokenizer splits them', () => {
    expectPatternsMatchThemselves([...medicalDetails, ...familyDetails])
  })
})
