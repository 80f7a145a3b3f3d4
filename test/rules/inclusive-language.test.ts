import {describe, expect, it} from 'vitest'
import {everydayWords, familyPatterns, genericPeople, ignoredPatterns, pronounPatterns, unfitAlternatives} from '../../rules/inclusive-language.data.js'
import {letter, lintWith, testRule} from '../helpers/rule-tester.js'

testRule('inclusive-language', {
  valid: [
    {name: 'a beekeeper\'s queen: "you had already planned the queen rearing around my arrival"', text: letter('I must rescind my acceptance. I am sorry, as you had already planned the queen rearing around my arrival.')},
    {name: '"actor" names the profession: "the voice actor apprenticeship"', text: letter('Thank you for inviting me to the final audition for the voice actor apprenticeship. I would like to withdraw my application.')},
    {name: 'animals in a study: "two collared females"', text: letter('I must decline the offer. Tracking the two collared females across the conservancy was the highlight of my visit.')},
    {name: 'a grower\'s "mother plant blocks"', text: letter('I must decline the interview. Your description of the mother plant blocks caught my eye.')},
    {name: 'a child: "She\'s a gorgeous little girl"', text: letter("I have decided not to take on another child. She's a gorgeous little girl.")},
    {name: 'football\'s "offensive lineman", a position\'s name', text: letter('I must decline the coaching post, as I have agreed to stay on as the offensive lineman coach at my college.')},
    {name: 'asylum in its legal sense: "the federal asylum agency", "claim asylum"', text: letter('I must decline, as I have accepted a post with the federal asylum agency, interpreting for people who claim asylum.')},
    {name: 'the rule\'s own list leaves a name: "Ms Manning"', text: letter('I must decline the offer. Please thank Ms Manning for arranging the visit.')},
    {name: 'the rule\'s own list leaves quoted words: your advert asked for help "manning the stall"', text: letter('I must decline the offer. Your advert asked for help "manning the stall" on Saturdays, and I cannot give that.')},
    {name: 'geology: "the dolerite dyke swarms" and "mapping faults and dykes"', text: letter('Your paper on the dolerite dyke swarms near Norseman was one of the reasons I applied. I must withdraw, as I have accepted a role mapping faults and dykes for the state survey.')},
    {name: 'a stand-in thing: "the dummy wafers used to season the chambers"', text: letter('I must decline the offer. Your description of the dummy wafers used to season the chambers was fascinating.')},
    {name: 'a benefit named for whom it is paid to: "the widows\' pension support desk"', text: letter("I must decline the offer. I enjoyed hearing about the widows' pension support desk.")},
    {name: 'the writer\'s children, two of them: "our son and daughter"', text: letter('I must decline the offer. Our son and daughter are enrolled at a school in Vinohrady from September.')},
    {name: '"him" for the one who interviewed the writer, after "anyone": "the chief instructor who interviewed me ... working under him"', text: letter("I must decline. To be candid, the chief instructor who interviewed me was dismissive of anyone who trained outside Europe, and I don't think I would be comfortable working under him.")},
    {name: 'a bridal shop\'s customers: "how carefully they fit each bride" at "Casa Bonita Bridal"', text: letter('Thank you for the offer to join Casa Bonita Bridal. Seeing how carefully the consultants fit each bride made this a hard decision. I must decline.')},
    {name: 'maternity care: "the postnatal team supports mothers and babies"', text: letter('Thank you for the offer. I admired the way the postnatal team supports mothers and babies in those first days. I must decline.')},
    {name: 'a planning document: "my work on the Eldoret drainage master plan"', text: letter('Thank you for the confidence you have shown in my work on the Eldoret drainage master plan. I must decline.')},
    {name: 'someone met: "I met the new lead, and he was kind"', text: letter('I must decline. I met the new lead on site, and he was kind enough to show me round.')},
    {name: 'a journey: "a short bus ride from my home"', text: letter('I must decline, as I have accepted an apprenticeship which is a short bus ride from my home.')},
    {name: 'a unit the draft names: "your Mobile Banking tribe", then "the tribe\'s work"', text: letter("I must decline the Product Owner role in your Mobile Banking tribe. I will keep following the tribe's work on the new app.")},
    {name: 'a stable hand\'s job: "the yard groom apprenticeship"', text: letter('Thank you for the offer of the yard groom apprenticeship. I must decline.')},
    {name: 'a field: "the infant mental health service"', text: letter('I must withdraw, as I have accepted a position with the infant mental health service in Wellington.')},
    {name: 'a job title: "a volunteer steward"', text: letter('Thank you for offering me a place as a volunteer steward. I must decline.')},
    {name: 'former members: "an alumni work day"', text: letter('I must decline, but I would be glad to help out at an alumni work day at the camp.')},
    {name: 'a service\'s name: "the neuro rehab gym"', text: letter('Thank you for the visit to the neuro rehab gym. I must decline the transfer.')},
    {name: 'a vet\'s female dog: "the bitch spay"', text: letter('I must decline. Please thank Ishbel for letting me assist with the bitch spay.')},
    {name: '"your father" is a known person', text: letter('I was sorry to hear your father has been unwell; I hope he is recovering. I must decline.')},
    {name: '"a maternal health charity" is a field of medicine', text: letter('I have accepted a role with a maternal health charity, so I must withdraw.')},
    {name: '"my midwife" is a profession and a person', text: letter('Having talked it through with my midwife, I must decline the offer.')},
    {name: '"pop in" is a verb, not a father', text: letter("I must decline, but I'll still pop in as a customer.")},
    {name: 'a pronoun for the writer\'s father beside "someone"', text: letter('My father has been ill and will need someone with him most nights, so I must decline.')},
    {name: 'knee replacement is surgery, not a person', text: letter('My mother had knee replacement surgery and I am taking care of her, so I must decline.')},
    {name: 'a sister company is an organisation', text: letter("I have accepted a position with my current employer's sister company, so I must decline.")},
    {name: 'Thank you, Ms. Patel', text: letter('Thank you, Ms. Patel, for the offer. I have decided to decline it.')},
    {name: 'a pronoun for someone the writer knows', text: letter('Please thank Mr. Okafor; he was generous with his time. I must decline the offer.')},
    {name: "the writer's own family", text: letter('My wife has a new job in Leeds and my late father left us a house there, so I must decline.')},
    {name: 'a title in capitals', text: letter('Please thank the Chairman for his note. I must decline the interview.')},
    {name: 'a degree, not master/slave', text: letter("I will start a Master's programme in May, so I must decline the interview.")},
    {name: 'words flagged for instructions', text: letter('I just accepted another role, so of course I must simply decline.')},
    {name: 'everyday words', text: letter('A special thank you to the host and to my fellow candidates. I will be on maternity leave, so I must decline.')},
    {name: 'BI is business intelligence', text: letter('I enjoyed meeting the BI team, but I must decline the BI Developer role.')},
    {name: 'women named as women', text: letter('I admired the women leading your teams. I must decline the offer.')},
    {
      name: 'someone else\'s words in quotation marks: the recruiter called it "a crazy opportunity"',
      text: letter('You wrote that it was "a crazy opportunity, the best you\'ll see all year", and I can see why. I\'ve decided to pass on it.')
    },
    {name: 'the writer\'s own child: "nearer the young lad", "my lad"', text: letter("I've taken a job that keeps me nearer the young lad; my lad is only five. I must withdraw.")},
    {name: 'children: "the girls\' choir", and "the boys" in a paragraph about a choir', text: letter("Thank you for the kindness of the choir. Hearing the boys sing was very moving. I must lead the girls' choir on tour, so I must decline.")},
    {name: 'curly quotation marks too', text: letter('Your advert promised “a crazy fast-paced team”. I have decided to withdraw.')}
  ],
  invalid: [
    {
      name: '"linemen", a trade\'s gendered name that retext-equality does not list',
      text: letter('I would like to withdraw, as I know how much the role matters while your linemen are stretched across three states.'),
      errors: [{reason: '"linemen" may be insensitive, use "line workers", "line technicians" instead', line: 3, column: 74}]
    },
    {
      name: '"asylum" is still reported of a place that is not the legal sense',
      text: letter('I must decline the offer. That open-plan office felt like an asylum.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "asylum"/, line: 3, column: 62}]
    },
    {
      name: 'the rule\'s own list: "manning the enquiries desk"',
      text: letter('I have decided to withdraw, as I will be manning the enquiries desk at the county library.'),
      errors: [{reason: '"manning" may be insensitive, use "staffing", "running" instead', line: 3, column: 42, suggested: letter('I have decided to withdraw, as I will be staffing the enquiries desk at the county library.')}]
    },
    {
      name: 'the rule\'s own list at a sentence\'s start: "Manning the stand" -> "Staffing"',
      text: letter('Manning the stand at the careers fair is where I met your team. I must decline the offer.'),
      errors: [{reason: '"Manning" may be insensitive, use "Staffing", "Running" instead', line: 3, column: 1}]
    },
    {
      name: 'the rule\'s own list: the verb "help man the stall" (its alternatives, not retext-equality\'s "people"), and "man-days"',
      text: letter('I must decline, as I promised to help man the stall at the harvest fair, which needs 40 man-days of work.'),
      errors: [
        {reason: '"man" may be insensitive, use "staff", "run" instead', line: 3, column: 39},
        {reason: '"man-days" may be insensitive, use "person-days", "working days" instead', line: 3, column: 89}
      ]
    },
    {
      name: '"dummy" is still reported of a person',
      text: letter('I must decline the offer. I felt like a dummy in that panel.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "dummy"/, line: 3, column: 41}]
    },
    {
      name: '"bride" is still reported where the draft names no bridal trade',
      text: letter('Thank you for the offer. I must decline, as every bride deserves a consultant who can stay.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "bride"/, line: 3, column: 51}]
    },
    {
      name: 'a plan of one\'s own and "working mothers" are still reported',
      text: letter('I must decline. My master plan was to stay where I am, and working mothers there are well supported.'),
      errors: [
        {reason: /^Unexpected potentially insensitive use of "master plan"/, line: 3, column: 20},
        {reason: /^Unexpected potentially insensitive use of "mothers"/, line: 3, column: 68}
      ]
    },
    {
      name: 'the hire hoped for: "I hope the new lead settles in quickly and that he gets a warm welcome"',
      text: letter('I must decline. I hope the new lead settles in quickly and that he gets a warm welcome.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "he"/, line: 3, column: 65}]
    },
    {
      name: '"the whole tribe" with no unit named',
      text: letter('I must decline. I loved meeting the whole tribe.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "tribe"/, line: 3, column: 43}]
    },
    {
      name: 'adults called girls: "The girls in the office were lovely"',
      text: letter('I must decline. The girls in the office were lovely.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "girls"/, line: 3, column: 21}]
    },
    {
      name: '"mental" as slang is still reported',
      text: letter('I must decline. Honestly, the commute would be mental.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "mental"/, line: 3, column: 48}]
    },
    {
      name: '"he" for "the engineer you choose", not yet known',
      text: letter('I must decline. I am sure the engineer you choose will be excellent, and I hope he will enjoy the rollout.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "he"/, line: 3, column: 81}]
    },
    {
      name: 'a possessive ("layman\'s terms"), reported at the word without its "\'s"',
      text: letter("Your material explains radio astronomy in layman's terms. I must decline the interview."),
      errors: [{reason: /^Unexpected potentially insensitive use of "layman", in some cases "civilian"/, line: 3, column: 43, endColumn: 49}]
    },
    {
      name: '"OCD" said of oneself: no diagnosis offered as the alternative',
      text: letter('I am a bit OCD about my commute, so I must decline the offer.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "OCD", in some cases "Obsessive"/, line: 3, column: 12}]
    },
    {
      name: 'a gendered job title',
      text: letter('I must decline. Please tell the chairman I am grateful.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "chairman", in some cases "chair", "head"/, line: 3, column: 33, endColumn: 41}]
    },
    {
      name: 'a word about mental health',
      text: letter('It has been a crazy month, so I must decline the interview.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "crazy"/, line: 3, column: 15, endColumn: 20}]
    },
    {
      name: 'the writer\'s own word beside a quotation is still reported',
      text: letter('You called it "a great opportunity", but the hours are crazy for me. I must decline.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "crazy"/, line: 3, column: 56, endColumn: 61}]
    },
    {
      name: 'generic "he" for a candidate, without "it" as an alternative',
      text: letter('I must decline. I hope the candidate you choose finds he loves the role.'),
      errors: [{reason: 'Unexpected potentially insensitive use of "he", in some cases "they" may be better', line: 3, column: 55, endColumn: 57}]
    },
    {
      name: 'manpower',
      text: letter('I know manpower is tight, so I am telling you now that I must decline.'),
      errors: [{reason: /^Unexpected potentially insensitive use of "manpower"/, line: 3, column: 8, endColumn: 16}]
    },
    {
      name: 'sanity check at the start of a sentence, CRLF',
      text: 'Dear Ms. Patel,\r\n\r\nSanity check: I must decline the offer.\r\n\r\nBest regards,\r\nJordan Lee\r\n',
      errors: [{reason: /^Unexpected potentially insensitive use of "Sanity check", in some cases "Check"/, line: 3, column: 1, endColumn: 13}]
    },
    {
      name: 'family words that are not the writer\'s own',
      text: letter('I must decline; every working mother will understand why.'),
      errors: [{reason: /"working mother"/, line: 3, column: 23, endColumn: 37}]
    }
  ]
})

describe('inclusive-language suggestions', () => {
  it('offers each of retext-equality\'s alternatives in place of the words', () => {
    const [message] = lintWith('inclusive-language', {name: 'mankind', text: letter('I must decline, for the good of mankind.')})
    expect(message.suggestions).toEqual([{desc: 'Replace with "humankind"', fix: {range: [49, 56], text: 'humankind'}}])
    expect(message.note).toMatch(/Use professional language/)
  })
})

describe('inclusive-language data', () => {
  const lists = {ignoredPatterns, everydayWords, pronounPatterns, genericPeople, familyPatterns, unfitAlternatives}
  it.each(Object.entries(lists))('%s has no duplicates and is in lower case', (_, list) => {
    expect(new Set(list).size).toBe(list.length)
    for (const item of list) expect(item).toBe(item.toLowerCase())
  })
})
