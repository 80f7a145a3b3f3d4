import {letter, testRule} from '../helpers/rule-tester.js'

const door = ' I hope we can keep in touch for future opportunities that may align with my career goals.'

testRule('future-contact', {
  valid: [
    {name: '"I hope I can join the school in a future season"', text: letter('I have decided to decline the offer. I hope I can join the school in a future season once the course is over.')},
    {name: '"I would be very glad to work at the hut in a future season"', text: letter('I have decided to decline the offer. I would be very glad to work at the hut in a future season.')},
    {name: '"I would be glad to cover freelance assignments for the court in future"', text: letter('I have decided to decline the offer. I would be glad to cover freelance assignments for the court in future.')},
    {name: '"I would be happy to pick up freelance assignments for you in the future"', text: letter('I have decided to decline the offer. I would be happy to pick up freelance assignments for you in the future.')},
    {name: '"I would be very happy to read for Doblajes Bidasoa again on a future series"', text: letter('I will not be attending the second round. I would be very happy to read for Doblajes Bidasoa again on a future series.')},
    {name: '"I would love to build puppets with you in a future season"', text: letter('Would it be all right if I let this one go? I have decided to decline. I would love to build puppets with you in a future season.')},
    {name: '"Once the exclusivity ends, I would be happy to audition for the roster again"', text: letter('I have decided to withdraw my application. Once the exclusivity ends, I would be happy to audition for the roster again.')},
    {name: '"I would love to perform with Divadlo Spejbl another time"', text: letter('I have decided to withdraw from the audition. I would love to perform with Divadlo Spejbl another time, perhaps as a guest in a future season.')},
    {name: '"I\'d be glad to perform at one of your guild evenings in the autumn"', text: letter("I have decided to decline the residency. I'd be glad to perform at one of your guild evenings in the autumn if there is a free slot.")},
    {name: '"If you are ever short of a deckhand in a later season, I would be glad to come out with you"', text: letter('I have decided not to take it up. If you are ever short of a deckhand in a later season, I would be glad to come out with you.')},
    {name: 'a P.S. that will "put my name down again"', text: letter('I have decided to decline the offer.\n\nP.S. If the relief list reopens next year, I would be very glad to put my name down again.')},
    {name: '"I\'d be glad to phone you first" if anything changes', text: letter("I have decided not to take on another child. If anything changes later in the year, I'd be glad to phone you first.")},
    {name: '"I would be obliged if you would consider me for senior positions in future"', text: letter('I have decided to decline the offer. I would be obliged if you would consider me for senior positions in the Corporation in future.')},
    {name: '"I would love to assist you on a future production if the timing works out"', text: letter('I have decided to withdraw my application. I would love to assist you on a future production if the timing works out.')},
    {name: '"I\'d love to come back and plant with you in a future season"', text: letter("I'm going to have to say no this year. I'd love to come back and plant with you in a future season.")},
    {name: '"I would be glad to write descriptions for you on a freelance basis in the future"', text: letter('I have decided to decline the offer. I would be glad to write descriptions for you on a freelance basis in the future.')},
    {name: '"I would very much like to sit the test again in a future session"', text: letter('I have decided to withdraw from the test. I would very much like to sit the test again in a future session.')},
    {name: '"I hope I may be considered for a post at Dierenkliniek Het Gooi if we do make the move later"', text: letter('I have decided to withdraw my application. I apologise for any inconvenience, and I hope I may be considered for a post at Dierenkliniek Het Gooi if we do make the move later.')},
    {name: '"I would be glad to compare notes on it in future"', text: letter('I have decided to withdraw my application. I would be glad to compare notes on it in future.')},
    {name: '"take my name out of the running" is the decision, and burns nothing', text: letter('I have decided to take my name out of the running.' + door)},
    {name: '"I\'d be really glad if you kept my details in case you need a climber down the track"', text: letter("I've decided to withdraw. I'd be really glad if you kept my details in case you need a climber down the track.")},
    {name: '"if you ever need a hand setting up for a pop-up or a sidewalk sale, just let me know"', text: letter("I've decided not to take the position. If you ever need a hand setting up for a pop-up or a sidewalk sale, just let me know and I'll come help.")},
    {name: '"If you\'re ever short of a relief mate ..., give me a call, as I\'d love to come back."', text: letter("I've decided to turn it down this time. If you're ever short of a relief mate in the off-season, give me a call, as I'd love to come back.")},
    {name: '"I hope we can compare notes on rural bus networks again in the future"', text: letter('I have decided to withdraw my application. I hope we can compare notes on rural bus networks again in the future.')},
    {name: '"I hope I may work with the Osaka Puppet Theatre another time"', text: letter('Thank you for the offer. I have decided to decline. I apologise for the inconvenience, and I hope I may work with the Osaka Puppet Theatre another time.')},
    {name: 'a player\'s door-opener: "I hope to play with the ensemble as a guest some day"', text: letter('Thank you for the offer. I have decided to withdraw. I apologise for any inconvenience to the panel, and I hope to play with the ensemble as a guest some day.')},
    {name: '"If you ever need a relief sommelier ..., I would be delighted to fly over and help."', text: letter('I must decline. If you ever need a relief sommelier for a large event, I would be delighted to fly over and help.')},
    {name: '"I would be glad to demonstrate again next year"', text: letter('I must decline. I would be glad to demonstrate again next year when I am back on campus.')},
    {name: '"I would be glad to work as demonstrator again in the next academic year"', text: letter('I must decline. I would be glad to work as demonstrator again in the next academic year, if there is a place.')},
    {name: '"collaborate with your laboratory later in my doctoral studies"', text: letter('I must decline. I sincerely hope that I may have the opportunity to collaborate with your laboratory later in my doctoral studies.')},
    {name: '"I hope there will be a chance to support the department\'s teaching in a later term"', text: letter("I must decline. I hope there will be a chance to support the department's teaching in a later term.")},
    {name: '"I\'d love to come back for a season in my university holidays if you\'d have me"', text: letter("I must decline. I'd love to come back for a season in my university holidays if you'd have me.")},
    {name: '"I would be very happy to put a proposal together for the winter surveys, if that would be useful"', text: letter('I must decline. I would be very happy to put a proposal together for the winter surveys, if that would be useful.')},
    {name: '"I would welcome the chance to serve with the Constabulary\'s civilian staff in future"', text: letter("I must decline. I would welcome the chance to serve with the Constabulary's civilian staff in future.")},
    {name: '"kindly consider me for future recruitments"', text: letter('I must decline. I request you to kindly consider me for future recruitments in the ministerial cadre.')},
    {name: '"Kindly keep my name on record for the next transfer cycle"', text: letter('I must decline. Kindly keep my name on record for the next transfer cycle.')},
    {name: '"I hope I may be allowed to put myself forward for a future board"', text: letter('I must withdraw. I hope I may be allowed to put myself forward for a future board once the new branch is settled.')},
    {name: '"I should very much like to be asked again after the elections"', text: letter('I must decline. I should very much like to be asked again after the elections.')},
    {name: '"I would be delighted to help." at the end of an offer still open', text: letter('I must decline. If Papyrus ever needs Arabic–English copy support for the Gulf market, I would be delighted to help.')},
    {name: '"I hope you\'ll think of me for the spring campaign"', text: letter("I must decline it this time. I apologise for any inconvenience, and I hope you'll think of me for the spring campaign.")},
    {name: '"It would be a privilege to collaborate with your laboratory later in my doctorate"', text: letter('Please withdraw my application. It would be a privilege to collaborate with your laboratory later in my doctorate, perhaps through a short research visit.')},
    {name: '"I would very much like to put my hand up for the secondment when it is next advertised"', text: letter('I am turning the secondment down. I would very much like to put my hand up for the secondment when it is next advertised.')},
    {name: '"If the contract finishes early, I\'d love to come back and pick for you in a later vintage"', text: letter("I must decline. If the contract finishes early, I'd love to come back and pick for you in a later vintage.")},
    {name: '"I would be delighted to help with a summer residency in future"', text: letter('I must decline. I would be delighted to help with a summer residency in future if my circumstances allow.')},
    {name: '"I would love to tutor in the unit again once I\'m back on campus next year"', text: letter("I must decline. I would love to tutor in the unit again once I'm back on campus next year.")},
    {name: '"I would welcome the chance to deliver a guest lecture for your MSc students in 2027"', text: letter('I must decline. I would welcome the chance to deliver a guest lecture for your MSc students in 2027.')},
    {name: '"I\'d be keen to be put forward again next year if a place is still going"', text: letter("I must decline. I'd be keen to be put forward again next year if a place is still going.")},
    {name: '"Kindly keep my profile in your pool for future contracts"', text: letter('I must decline. Kindly keep my profile in your pool for future contracts, as I would still like to sail someday.')},
    {name: '"I hope you will keep my details in case anything comes up once I am qualified"', text: letter('I must decline. I hope you will keep my details in case anything comes up once I am qualified.')},
    {name: '"If one day you need help for a busy August weekend, please call me"', text: letter('I must decline. If one day you need help for a busy August weekend, please call me, I will come with pleasure.')},
    {name: '"I would be very glad to volunteer with the Tuesday lunch club if that would still be of use"', text: letter('I must decline. I would be very glad to volunteer with the Tuesday lunch club if that would still be of use.')},
    {name: '"I\'d love to come back and pick for you next summer"', text: letter("I must decline. I'd love to come back and pick for you next summer if there's room on the crew.")},
    {name: '"I hope I can come back as a counselor another summer"', text: letter('I must decline. I hope I can come back as a counselor another summer.')},
    {name: '"I would welcome the chance to support Theatr Fach in another form in future"', text: letter('I must decline. I would welcome the chance to support Theatr Fach in another form in future.')},
    {name: '"I trust you will not mind my writing again should a suitable vacancy arise in future years"', text: letter('I must decline. I trust you will not mind my writing again should a suitable vacancy arise in future years.')},
    {name: '"I\'d love to pop in and help on a busy Saturday if you\'re ever stuck"', text: letter("I must decline. I'd love to pop in and help on a busy Saturday if you're ever stuck for someone.")},
    {name: '"come back and help at the summer shows during my college holidays"', text: letter("I must decline. I'd love to come back and help at the summer shows during my college holidays, if you would have me.")},
    {name: '"Should you ever need someone for evenings ..., I would be happy for you to call on me"', text: letter('I must decline. Should you ever need someone for evenings or the odd weekend, I would be happy for you to call on me.')},
    {name: '"I\'d love to cover the odd class if you ever need a sub"', text: letter("I must decline. I'd love to cover the odd class if you ever need a sub.")},
    {name: '"I would welcome the chance to return ... on my teaching placement, if the school takes trainees"', text: letter('I must decline. I would welcome the chance to return to Riverside on my teaching placement, if the school takes trainees.')},
    {name: '"I hope I can join the camp team next summer"', text: letter('I must decline. I hope I can join the camp team next summer.')},
    {name: '"If you need extra help during calving season next spring, I\'d be glad to come out"', text: letter("I must decline. If you need extra help during calving season next spring, I'd be glad to come out.")},
    {name: '"I hope you find someone brilliant, and I\'d be happy to help out if you\'re ever short"', text: letter("I must decline. I hope you find someone brilliant, and I'd be happy to help out if you're ever short over Christmas.")},
    {name: '"Hopefully I can come back to you in the summer holidays"', text: letter('I must decline. Hopefully I can come back to you in the summer holidays if you still need people.')},
    {name: '"come back to the stroke unit as a registered nurse one day"', text: letter('I must decline. I would love to come back to the stroke unit as a registered nurse one day, if you would have me.')},
    {name: '"I\'d love to reach out to Sunbeam again"', text: letter("I must decline. If things change down the road, I'd love to reach out to Sunbeam again.")},
    {name: '"put my hand up for a secondment next year"', text: letter('I must decline. I would welcome the chance to put my hand up for a secondment next year, once the MBA is done.')},
    {name: '"a chance to cooperate with Nordarc" in future', text: letter('I must decline. I hope in future there will be chance to cooperate with Nordarc on projects in Asia.')},
    {name: '"contribute ... in another form later"', text: letter("I must decline. I would be glad to contribute to the city's planning work in another form later, for example through the design review board.")},
    {name: '"a conversation about joining you at a later stage"', text: letter('I must decline. I hope we will find ourselves on the same case before long, and I would welcome a conversation about joining you at a later stage.')},
    {name: '"I request that my profile be kept in view"', text: letter('I will not be appearing for the interview. I request that my profile be kept in view for similar openings at a later stage.')},
    {name: '"teach some guest classes for you in the future"', text: letter('I must decline. I would love to teach some guest classes for you in the future!')},
    {name: '"remain a friend of the Trust", "be of use, in the years ahead"', text: letter('I must decline. I should very much like to remain a friend of the Trust, and I would be glad to help with the autumn appeal, or with any other project where I might be of use, in the years ahead.')},
    {name: '"please contact me anytime"', text: letter('I must decline. I hope to work with your programme one day, and please contact me anytime.')},
    {name: '"I hope we might sail together in future"', text: letter('I must decline. I hope we might sail together in future.')},
    {
      name: '"come back to the Domaine", the first word of the company the front matter names',
      text: '---\ncompany: Domaine des Coteaux\n---\n\n' + letter('I must decline. It would be a real pleasure to come back to the Domaine in another season, if you would have me.'),
      filePath: 'draft.md'
    },
    {name: '"If there\'s ever a chance to help you out ..., I\'d be very glad to come over"', text: letter("I must decline. If there's ever a chance to help you out at the gathering in summer, I'd be very glad to come over.")},
    {name: '"apply for an apprenticeship ... after my A-levels"', text: letter('I must decline. I would love to apply for an apprenticeship with the parks team after my A-levels.')},
    {name: '"come back to the crew if I ever move back"', text: letter("I must decline. I'd love to come back to the crew if I ever move back into the valley.")},
    {name: '"be considered for a later intake"', text: letter('I must decline. I hope I might be considered for a later intake.')},
    {name: '"come back for the 2028 vintage ... if you\'d have me"', text: letter("I must decline. I'd be thrilled to come back for the 2028 vintage once I've finished the course, if you'd have me.")},
    {name: '"Please keep my details on your list"', text: letter('I must decline. Please keep my details on your list; I would be happy to do weekend locums when I am more settled.')},
    {name: '"I\'d be delighted to guide for you in a future season"', text: letter("I must decline. I'd be delighted to guide for you in a future season.")},
    {name: '"I would be very glad to put a proposal in"', text: letter('I must decline. If you have another engagement in the first quarter, I would be very glad to put a proposal in.')},
    {name: '"happy to put a proposal together for the next phase"', text: letter('I must decline. I would be happy to put a proposal together for the next phase if the timing works better then.')},
    {name: '"I hope I may come back to Odfjell as an engineer in a few years\' time"', text: letter("I must decline. I hope I may come back to Odfjell as an engineer in a few years' time.")},
    {name: '"I would be very happy to put in an offer then"', text: letter('I must decline. If you have new translation projects in the new year, I would be very happy to put in an offer then.')},
    {name: '"I would be glad to be considered for contract work ... in the meantime"', text: letter('I must withdraw. I would be glad to be considered for contract communications work with the Department in the meantime.')},
    {name: '"go forward ... in a future competition"', text: letter('I must decline the promotion. I would very much welcome the chance to go forward at Principal Officer level in a future competition.')},
    {name: '"honoured to be considered for a board role ... at a later stage"', text: letter('I must respectfully decline. I would be honoured to be considered for a board role with the Company at a later stage.')},
    {name: '"pass on my thanks to the chairman, and I would welcome the chance to be considered ... in the future"', text: letter('I must decline. Please pass on my thanks to the chair of the panel, and I would welcome the chance to be considered for board roles in the future.')},
    {name: '"It would be a privilege to work alongside you further down the line"', text: letter('I must decline. It would be a privilege to work alongside you further down the line.')},
    {name: '"I very much hope to meet you at the conference in the spring"', text: letter('I must withdraw. I very much hope to meet you at the conference in the spring.')},
    {name: '"Feel free to ping me again in the new year"', text: letter("I'll pass on interviewing. Feel free to ping me again in the new year.")},
    {name: '"please keep me on your list"', text: letter("I must decline. I'd be very happy to put my hand up for a locum block with you later in the year, so please keep me on your list.")},
    {name: '"happy to come back to" the company named "during my university holidays, if you would have me"', text: letter('Thank you for offering me the Support Worker post at Hafod Care. I must decline. I would be very happy to come back to Hafod Care on the bank during my university holidays, if you would have me.')},
    {name: '"happy to discuss it again then"', text: letter('I must decline. I hope the subject can come back in one or two years; I would be happy to discuss it again then.')},
    {name: '"I hope we can continue talking about your work"', text: letter('I must decline. I hope we can continue talking about your single-cell work.')},
    {name: '"love to come back to you in a year or so"', text: letter('I must decline. I would love to come back to you in a year or so to see whether there are any classes I could cover.')},
    {name: '"Kindly retain my CV in case ... comes up"', text: letter('I must decline. Kindly retain my CV in case a team lead opening comes up next year.')},
    {name: '"apply for a placement with your team in my final year"', text: letter('I must decline. I hope I can apply for a placement with your team in my final year.')},
    {name: '"honoured to be considered ... again"', text: letter('I must decline. I would be honoured to be considered for the fellowship again once my thesis is finished.')},
    {name: '"think of me if ... another research post opens"', text: letter('I must decline. I hope you will think of me if the study is extended or another research post opens in your team.')},
    {name: '"I hope we will meet through the regional forum"', text: letter('I must withdraw. I have a great deal of respect for the work your refuge does, and I hope we will meet through the regional forum.')},
    {name: '"I hope I can come back to you if things change"', text: letter('I have decided not to accept. I hope I can come back to you if things change.')},
    {name: '"should my plans ever change, I would love to work with you"', text: letter('I must decline. Should my plans ever change, I would love to work with you.')},
    {name: '"come back as a guest player for a project in future"', text: letter('I must decline. I would be delighted to come back as a guest player for a project in future, if the dates suit.')},
    {name: '"I would love to pitch you the odd freelance feature in future"', text: letter('I must decline. I would love to pitch you the odd freelance feature in future, if you are open to it.')},
    {name: '"Please keep my details for the next round of recruitment"', text: letter('I must decline. Please keep my details for the next round of recruitment.')},
    {name: '"I would love to lead a group for you again in 2027"', text: letter('I must decline. I would love to lead a group for you again in 2027, if you will have me.')},
    {name: '"cover the odd weekend for you in the new year"', text: letter("I must decline. I'd be glad to cover the odd weekend for you in the new year if you ever need an extra pair of hands.")},
    {name: '"pick up bank shifts ... during my university holidays"', text: letter('I must decline. I would be glad to pick up bank shifts at Meadowbank during my university holidays, if that would ever help.')},
    {name: '"Please keep my name on your relief list"', text: letter('I must decline. Please keep my name on your relief list for next summer.')},
    {name: '"I would love to rejoin a crew" once my first year is done', text: letter('I must decline. Once my first year is done, I would love to rejoin a crew in the summer break, if there is a place for me.')},
    {name: '"I\'d be stoked to sail with you" next summer', text: letter("I must decline. If you're ever short a hand next summer, I'd be stoked to sail with you.")},
    {name: '"happy to support your science fair in future"', text: letter('I must decline. I would be happy to support your science fair in future if you ever need an extra judge.')},
    {name: '"I hope we can do more projects together in the spring"', text: letter('I must decline. I hope we can do more projects together in the spring.')},
    {name: '"glad to help out with a guest session or two in 2027"', text: letter("I must decline. I'd be glad to help out with a guest session or two in 2027 if that would be useful.")},
    {name: '"I hope we can meet at the conference"', text: letter('I must withdraw. I hope we can meet at the European Population Conference.')},
    {name: '"glad to sail with you in future"', text: letter('I must decline. I would be glad to sail with you in future if the timing is better.')},
    {name: '"when the fieldwork is complete"', text: letter('I must withdraw. I hope I may be considered for research posts in your programme when the fieldwork is complete.')},
    {name: '"I\'d be very happy to put a price in"', text: letter("I must decline. If you're looking again next year, I'd be very happy to put a price in.")},
    {name: '"take a workshop for your students next academic year"', text: letter('I must decline. I would be really glad to take a workshop for your students next academic year.')},
    {name: '"hear about the next commission"', text: letter("I must say no this time. I'd love to hear about the next commission.")},
    {name: '"Kindly keep my details on record"', text: letter('I must decline. Kindly keep my details on record for any suitable openings in the future.')},
    {name: '"if Harbour Freight ever opens something"', text: letter('I must withdraw. If Harbour Freight ever opens something on the east coast, I would love to be considered.')},
    {name: '"down the track"', text: letter('I must decline. I would be very glad to be considered for EL1 roles in the branch down the track.')},
    {name: '"in the new year"', text: letter('I must decline. I would be glad to volunteer with the centre\'s events in the new year if that would help.')},
    {name: '"cover ad hoc sessions ... in future"', text: letter('I must decline. I would be very glad to cover ad hoc sessions for the practice in future.')},
    {name: '"in the years ahead"', text: letter('I must withdraw. I hope I may be considered for experienced hire roles in the years ahead.')},
    {name: '"kept my details on file"', text: letter("I must decline. I'd be glad if you kept my details on file for anything more senior later on.")},
    {name: '"thrilled to be considered ... next summer"', text: letter('I must decline. I would be thrilled to be considered for a counselor spot next summer.')},
    {name: '"volunteer with you in a future season"', text: letter('I must decline. I hope I may be able to volunteer with you in a future season.')},
    {name: '"help out again next season"', text: letter('I must decline. I would be really happy to help out again next season if you need an extra pair of hands.')},
    {name: '"if I\'m ever back in London"', text: letter("I must decline. If I'm ever back in London I'd love to hear about anything going at The Dockside.")},
    {name: '"give me a shout next time"', text: letter("I'm going to turn it down. Give me a shout next time you need an electrician on one of your sites.")},
    {name: '"in a few years\' time"', text: letter("I must withdraw. I would welcome the chance to apply for experienced-hire roles in a few years' time.")},
    {name: '"after completing my studies"', text: letter('I must decline. I hope I may be considered for openings at Meridian Axis after completing my studies.')},
    {name: '"kept me in mind", past tense', text: letter("I must decline. I'd love it if you kept me in mind for Christmas temp work though.")},
    {name: '"keep my name in mind"', text: letter('I must decline. Please keep my name in mind for cover in the dining hall.')},
    {name: 'a wish for a chance ahead, in no set phrase', text: letter("I must decline. I'd be really pleased to be put forward again when a similar role opens up.")},
    {name: '"be considered for full-time roles ... once I graduate"', text: letter('I must withdraw. I hope I can be considered for full-time roles at Lakeshore once I graduate.')},
    {name: '"if your firm takes on work..., I would welcome the opportunity to be considered"', text: letter('I must decline. If your firm takes on work in Punjab in the coming years, I would welcome the opportunity to be considered.')},
    {name: '"work with your team on a future project"', text: letter('I must decline. I would welcome the opportunity to work with your team on a future project.')},
    {name: '"hear about opportunities at" a company', text: letter('I must decline. Once I have qualified, I would be glad to hear about opportunities at Hollins Mutual.')},
    {name: '"future graduate openings": a describing word between', text: letter('I must withdraw. I would be happy to hear from Pennant about future graduate openings.')},
    {name: '"be considered for suitable openings"', text: letter('I must decline. I hope I may be considered for suitable openings at Veritas in the future.')},
    {name: '"be considered when the next round opens"', text: letter('I must decline. I would really like to be considered when the next secondment round opens.')},
    {name: '"if a similar move comes up"', text: letter("I must decline. I'd be very interested if a similar move comes up next year.")},
    {name: '"I would be happy to talk again"', text: letter('I must withdraw. Should a more senior opening come up, I would be happy to talk again.')},
    {name: '"keep the conversation going"', text: letter("I must decline. I'd like to keep the conversation going, though.")},
    {name: '"hear from you if something comes up"', text: letter("I'm going to pass on this one. I'd be glad to connect here and hear from you if something more senior appears.")},
    {name: 'future apprenticeships', text: letter('I must decline. I would be glad to hear about future apprenticeships.')},
    {name: 'future posts', text: letter('I must decline. I would be glad to be considered for future posts at the museum.')},
    {name: 'in touch with the recipient by name', text: 'Dear Amara,\n\nThank you for the offer. I must decline. I will stay in touch with Amara and the team.\n\nBest regards,\nJo\n'},
    {name: 'the company name between "apply" and "again"', text: letter('I must decline. I hope to apply to Hartley & Stone again one day.')},
    {name: '"glad to hear from you then" keeps the door open', text: letter('I must decline. Maybe in a few years I will look for a change, and I would be glad to hear from you then.')},
    {name: 'keep in touch', text: letter('I must decline the interview. I hope we can keep in touch.')},
    {name: 'British "in future" without the article', text: letter('I must decline. I would welcome the chance to work with you in future.')},
    {name: 'paths cross again', text: letter('I have accepted another offer. I hope our paths cross again.')},
    {name: 'future opportunities', text: letter('I must decline the offer, but I would welcome future opportunities.')},
    {name: 'keep me in mind', text: letter('I am withdrawing my application. Please keep me in mind for future roles.')},
    {name: 'stay connected', text: letter("I won't be moving forward. I'd love to stay connected.")},
    {name: "following the company's work", text: letter("I must decline the offer. I'll be following Acme's work.")},
    {name: '"don\'t hesitate to contact me" keeps the door open', text: letter("I must decline. Please don't hesitate to contact me if a similar role opens.")},
    {name: 'negated loss of touch keeps the door open', text: letter("I can't accept the offer, but I don't want to lose touch.")},
    {name: 'a negation before "but" does not reach the door-opener', text: letter("I can't accept but would love to stay in touch.")},
    {name: 'a call-me-elsewhere request is not bridge-burning', text: letter("I must decline. Please don't call me at work; email is best. Let's keep in touch.")}
  ],
  invalid: [
    {
      name: '"no point in keeping my application on record" and "I would rather not hear about any further openings"',
      text: letter('I have decided to withdraw. As I am changing careers, there is no point in keeping my application on record, and I would rather not hear about any further openings.'),
      errors: [
        {reason: /^"no point in keeping my application on record" burns the bridge/, line: 3, column: 64},
        {reason: /^"rather not hear about any" burns the bridge/, line: 3, column: 122}
      ]
    },
    {
      name: 'a CV to be deleted and "that nobody from Kappa contacts me"',
      text: letter('I have decided to withdraw my application. I would also ask that my CV be deleted from your system and that nobody from Kappa contacts me about future vacancies.'),
      errors: [
        {reason: /^"ask that my CV be deleted" burns the bridge/, line: 3, column: 57},
        {reason: /^"that nobody from Kappa contacts me" burns the bridge/, line: 3, column: 104}
      ]
    },
    {
      name: '"there\'s no reason to send me anything about future roles, so please drop me from your candidate list"',
      text: letter('I must decline. Since I\'m settled for the foreseeable future, there\'s no reason to send me anything about future roles, so please drop me from your candidate list.'),
      errors: [
        {reason: /^"no reason to send me anything about future" burns the bridge/, line: 3, column: 71},
        {reason: /^"drop me from your candidate list" burns the bridge/, line: 3, column: 131}
      ]
    },
    {
      name: '"take my details out of the shire\'s talent pool and not send me notices about future vacancies"',
      text: letter('I must withdraw. I would ask that you take my details out of the shire\'s talent pool and not send me notices about future vacancies.'),
      errors: [
        {reason: /^"take my details out of the shire's talent pool" burns the bridge/, line: 3, column: 39},
        {reason: /^"and not send me notices about future" burns the bridge/, line: 3, column: 86}
      ]
    },
    {
      name: 'gladness at the invitation is no door-opener: "I was delighted to hear from you"',
      text: letter('Thank you for inviting me to interview. I was delighted to hear from you. I have decided to withdraw. I apologise for any inconvenience.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 137}],
      output: letter('Thank you for inviting me to interview. I was delighted to hear from you. I have decided to withdraw. I apologise for any inconvenience.' + door)
    },
    {
      name: '"I would have been glad to volunteer" looks back',
      text: letter('I must decline. I would have been glad to volunteer.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 53}],
      output: letter('I must decline. I would have been glad to volunteer.' + door)
    },
    {
      name: '"I hope you do not need someone urgently" opens nothing',
      text: letter('I must decline. I hope you do not need someone urgently.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 57}],
      output: letter('I must decline. I hope you do not need someone urgently.' + door)
    },
    {
      name: '"I would welcome the chance to explain" is no chance of work',
      text: letter('I must decline. I would welcome the chance to explain my reasons.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 66}],
      output: letter('I must decline. I would welcome the chance to explain my reasons.' + door)
    },
    {
      name: '"I hope the new hire can join the team soon" is a wish for them',
      text: letter('I must decline. I hope the new hire can join the team soon.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 60}],
      output: letter('I must decline. I hope the new hire can join the team soon.' + door)
    },
    {
      name: '"come back to Odfjell as a guest" one day is a visit, not work',
      text: letter('I must decline. I would love to come back to Odfjell as a guest one day.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 73}],
      output: letter('I must decline. I would love to come back to Odfjell as a guest one day.' + door)
    },
    {
      name: '"I hope the new hire will lead the team for you for years to come" is a wish for them',
      text: letter('I must decline. I hope the new hire will lead the team for you for years to come.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 82}],
      output: letter('I must decline. I hope the new hire will lead the team for you for years to come.' + door)
    },
    {
      name: '"I hope you and the team do great things together in 2027" is a wish for them',
      text: letter('I must decline. I hope you and the team do great things together in 2027.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 74}],
      output: letter('I must decline. I hope you and the team do great things together in 2027.' + door)
    },
    {
      name: '"I hope things change for the better" is a wish, not a door-opener',
      text: letter('I must decline. I hope things change for the better on the ward.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 65}],
      output: letter('I must decline. I hope things change for the better on the ward.' + door)
    },
    {
      name: '"There\'s no need to keep my profile on your list for future recruitment rounds"',
      text: letter("I must decline. There's no need to keep my profile on your list for future recruitment rounds."),
      errors: [{reason: /^"no need to keep my profile on your list" burns the bridge/, line: 3, column: 25}]
    },
    {
      name: '"I would ask that you delete my CV ... and not contact me about any future locum contracts"',
      text: letter('I will not be taking up the contract. I would ask that you delete my CV from your database and not contact me about any future locum contracts.'),
      errors: [
        {reason: /^"ask that you delete my CV" burns the bridge/, line: 3, column: 47},
        {reason: /^"and not contact me about" burns the bridge/, line: 3, column: 92}
      ]
    },
    {
      name: '"please consider this a firm no for any other Quillstone roles"',
      text: letter('I must decline. Please consider this a firm no for any other Quillstone roles that come up as well.'),
      errors: [{reason: /^"consider this a firm no for any other" burns the bridge/, line: 3, column: 24}]
    },
    {
      name: '"come back to the UK as a tourist" opens no door',
      text: letter('I must decline. I would love to come back to the UK as a tourist one day.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 74}],
      output: letter('I must decline. I would love to come back to the UK as a tourist one day.' + door)
    },
    {
      name: '"come back to the Coteaux" is not the first word of "Domaine des Coteaux"',
      text: '---\ncompany: Domaine des Coteaux\n---\n\n' + letter('I must decline. It would be a real pleasure to come back to the Coteaux one day, if you would have me.'),
      filePath: 'draft.md',
      errors: [{reason: 'No line that keeps the door open', line: 7, column: 103}],
      output: '---\ncompany: Domaine des Coteaux\n---\n\n' + letter('I must decline. It would be a real pleasure to come back to the Coteaux one day, if you would have me. I hope we can keep in touch for future opportunities at Domaine des Coteaux that may align with my career goals.')
    },
    {
      name: '"come back to the UK once I graduate" opens no door at the company',
      text: letter('I must decline. I would love to come back to the UK once I graduate.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 69}],
      output: letter('I must decline. I would love to come back to the UK once I graduate.' + door)
    },
    {
      name: '"please don\'t hold on to my details for any future coaching vacancies" burns the bridge',
      text: letter("I must decline. My plans are settled, so please don't hold on to my details for any future coaching vacancies."),
      errors: [{reason: /burns the bridge/, line: 3, column: 49}]
    },
    {
      name: '"come back to Leeds as a tourist" is no work',
      text: letter("I must decline. I'd love to come back to Leeds as a tourist one day."),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 69}],
      output: letter("I must decline. I'd love to come back to Leeds as a tourist one day." + door)
    },
    {
      name: '"I was honoured to be considered" looks back, not ahead',
      text: letter('I must decline. I was honoured to be considered for the post.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 62}],
      output: letter('I must decline. I was honoured to be considered for the post.' + door)
    },
    {
      name: '"I would also ask that my details not be kept on file" burns the bridge',
      text: letter('I must decline. I would also ask that my details not be kept on file for future vacancies.'),
      errors: [{reason: /burns the bridge/, line: 3, column: 30}]
    },
    {
      name: '"there\'s no need to reach back out about future openings" burns the bridge',
      text: letter("I'll pass on interviewing. Honestly, there's no need to reach back out about future openings either."),
      errors: [{reason: /burns the bridge/, line: 3, column: 46}]
    },
    {
      name: '"I\'d love to come back to visit" looks ahead to no chance or contact',
      text: letter("I must decline. I'd love to come back to Leeds one day as a tourist, but not for work."),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 87}],
      output: letter("I must decline. I'd love to come back to Leeds one day as a tourist, but not for work." + door)
    },
    {
      name: '"I would prefer not to be approached about any future openings" burns the bridge',
      text: letter('I must decline. I would also prefer not to be approached about any future openings.'),
      errors: [{reason: /burns the bridge/, line: 3, column: 30}]
    },
    {
      name: '"I\'d appreciate it if you didn\'t contact me about any future roles" burns the bridge',
      text: letter("I must decline. I'd appreciate it if you didn't contact me about any future roles."),
      errors: [{reason: /burns the bridge/, line: 3, column: 35}]
    },
    {
      name: '"no need to keep my CV on file" burns the bridge',
      text: letter("I must decline, and there's no need to keep my CV on file for future vacancies."),
      errors: [{reason: /^"no need to keep my CV on file" burns the bridge/, line: 3, column: 29}]
    },
    {
      name: '"no need to get in touch with me about future roles" burns the bridge',
      text: letter("I must decline. There's no need to get in touch with me about future roles."),
      errors: [{reason: /^"no need to get in touch" burns the bridge/, line: 3, column: 25}]
    },
    {
      name: 'a hope that they find an excellent person opens no door for the writer',
      text: letter('I must decline. I hope you will find an excellent person for the role.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 71}],
      output: letter('I must decline. I hope you will find an excellent person for the role.' + door)
    },
    {
      name: 'a post that "would not be compatible" for the coming years opens no door',
      text: letter('I must decline. I hope to remain in Lyon for the coming years, and the post in Paris would not be compatible with this.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 120}],
      output: letter('I must decline. I hope to remain in Lyon for the coming years, and the post in Paris would not be compatible with this.' + door)
    },
    {
      name: 'what "would have been" a pleasure opens no door',
      text: letter('I must decline. Working alongside Mo again would have been a real pleasure.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 76}],
      output: letter('I must decline. Working alongside Mo again would have been a real pleasure.' + door)
    },
    {
      name: 'in touch with "him", the colleague who referred the writer, opens no door with them',
      text: letter("I must decline. Tunde vouched for me, and I'll be keeping in touch with him."),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 77}],
      output: letter("I must decline. Tunde vouched for me, and I'll be keeping in touch with him." + door)
    },
    {
      name: '"I hope the right candidate comes along" wishes them well and opens no door',
      text: letter('I must decline. I hope the right candidate comes along soon.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 61}],
      output: letter('I must decline. I hope the right candidate comes along soon.' + door)
    },
    {
      name: '"not interested in hearing about future vacancies" burns the bridge',
      text: letter("I must decline. I'm not interested in hearing about future vacancies."),
      errors: [{reason: /^"not interested in hearing about future" burns the bridge/, line: 3, column: 21}]
    },
    {
      name: 'in touch with someone else by name opens no door',
      text: letter("I must decline. I'll stay in touch with Amara, who referred me."),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 64}],
      output: letter("I must decline. I'll stay in touch with Amara, who referred me." + door)
    },
    {
      name: '"I doubt our paths will cross again" opens no door',
      text: letter('I must decline. I doubt our paths will cross again.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 52}],
      output: letter('I must decline. I doubt our paths will cross again.' + door)
    },
    {
      name: '"no interest in hearing about future vacancies" burns the bridge',
      text: letter('I must decline. I have no interest in hearing about future vacancies.'),
      errors: [{reason: /^"no interest in hearing about future" burns the bridge/, line: 3, column: 24}]
    },
    {
      name: '"no need to contact me about future roles" burns the bridge',
      text: letter('I must decline. There is no need to contact me about any future roles.'),
      errors: [{reason: /^"no need to contact me about" burns the bridge/, line: 3, column: 26}]
    },
    {
      name: 'no door-opener: inserted before the sign-off',
      text: letter('Thank you for the invitation. I must decline the interview.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 60, endLine: 3, endColumn: 60}],
      output: letter('Thank you for the invitation. I must decline the interview.' + door)
    },
    {
      name: 'the inserted line names the company when the draft does',
      text: letter('I must decline the offer to join Northwind.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 44}],
      output: letter(
        'I must decline the offer to join Northwind. I hope we can keep in touch for future opportunities at Northwind that may align with my career goals.'
      )
    },
    {
      name: 'keeping in touch with the old team is not keeping in touch with the reader',
      text: letter("I won't be able to keep in touch with the team at my current job, so I must decline."),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 85}],
      output: letter("I won't be able to keep in touch with the team at my current job, so I must decline." + door)
    },
    {
      name: '"other opportunities" is a reason, not an open door',
      text: letter('I am pursuing other opportunities, so I must decline.'),
      errors: [{reason: 'No line that keeps the door open', line: 3, column: 54}],
      output: letter('I am pursuing other opportunities, so I must decline.' + door)
    },
    {
      name: "don't contact me again",
      text: letter('I must decline. Please don\'t contact me again.'),
      errors: [{reason: '"don\'t contact me again" burns the bridge', line: 3, column: 24, endColumn: 46}]
    },
    {
      name: 'remove me from your list',
      text: letter('I am withdrawing. Please remove me from your mailing list.'),
      errors: [{reason: '"remove me from your mailing list" burns the bridge', line: 3, column: 26}]
    },
    {
      name: 'never apply here again',
      text: letter('I will never apply here again. I hope we keep in touch.'),
      errors: [{reason: '"I will never apply" burns the bridge', line: 3, column: 1}]
    },
    {
      name: 'sarcastic "feel free to lose my number"',
      text: letter('Feel free to lose my number.'),
      errors: [{reason: '"lose my number" burns the bridge', line: 3, column: 14}]
    },
    {
      name: 'a negated wish is reported from the negation on',
      text: letter('I do not wish to be contacted again.'),
      errors: [{reason: '"not wish to be contacted again" burns the bridge', line: 3, column: 6}]
    },
    {
      name: 'paths that should never cross',
      text: letter('I must decline, and I hope our paths never cross again.'),
      errors: [{reason: '"paths never cross" burns the bridge', line: 3, column: 32}]
    }
  ]
})
