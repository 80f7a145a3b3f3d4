import {describe, expect, it} from 'vitest'
import {aimedFeelings, contrastStings, matchNouns, situationWords, unnamedBlame, workplaceNegatives} from '../../rules/negative-remarks.data.js'
import {letter, lintWith, testRule} from '../helpers/rule-tester.js'
import {expectPatternsMatchThemselves} from './phrase-patterns.js'

const invalid = [
    {
      name: 'pay that "felt like a step backwards for someone with my experience"',
      text: letter('I must decline the offer. The salary band felt like a step backwards for someone with my experience.'),
      errors: [{reason: /^Negative remark about the pay: .*\("a step backwards for someone"\)$/, line: 3, column: 27}]
    },
    {
      name: 'an allowance that "would barely rent a storage room"',
      text: letter('I must decline the offer. The housing allowance in the contract would barely rent a storage room in Faraya.'),
      errors: [{reason: /^Negative remark about the role and the pay: .*\("barely rent a"\)$/, line: 3, column: 27}]
    },
    {
      name: 'a salary "simply not serious for a qualified technician"',
      text: letter('I must decline the offer. The monthly salary is simply not serious for a qualified technician.'),
      errors: [{reason: /^Negative remark about the pay: .*\("not serious for"\)$/, line: 3, column: 27}]
    },
    {
      name: 'supervisors who "seemed to have given up on the place"',
      text: letter('I have decided to decline the offer. Honestly, the growing rooms looked badly run down, and the supervisors I met seemed to have given up on the place.'),
      errors: [{reason: /^Negative remark about the team: .*\("given up on the place"\)$/, line: 3, column: 93}]
    },
    {
      name: 'praise with a sting: "warm and generous ...; the salary offered was a good deal less generous"',
      text: letter('Everyone in the workshop was warm and generous with their time; the salary offered was a good deal less generous. I have decided to decline the offer.'),
      errors: [{reason: /^Negative remark about the pay: .*\("a good deal less generous"\)$/, line: 3, column: 65}]
    },
    {
      name: 'gratitude belied as sarcasm: "I\'m so grateful for the steady flow of news ... since there haven\'t been any"',
      text: letter('I\'m so grateful for the steady flow of news since my second interview; I\'ve kept every update, since there haven\'t been any. I am withdrawing my application.'),
      errors: [{reason: /^Negative remark about the hiring process: .*\("grateful for the steady flow of news"\)$/, line: 3, column: 1}]
    },
    {
      name: 'the current employer "cut corners on edge protection and treat their crews as if they were disposable"',
      text: letter('I have decided to decline the interview. I needed to leave my current firm quickly: the directors there cut corners on edge protection and treat their crews as if they were disposable.'),
      errors: [{reason: /^Negative remark about your current or former employer: .*\("cut corners", "treat their crews as if they were disposable"\)$/, line: 3, column: 85}]
    },
    {
      name: 'the current employer "rips up the production plan on a whim and never once asks"',
      text: letter('I have been keen to leave my current workshop, where the owner rips up the production plan on a whim and never once asks the people making the chocolate what they think. I have decided to decline the interview.'),
      errors: [{reason: /^Negative remark about your current or former employer: .*\("rips up the production plan on a whim", "never once asks"\)$/, line: 3, column: 48}]
    },
    {
      name: '"nothing short of insulting" is a remark all the same',
      text: letter('I must decline the offer. The salary was nothing short of insulting.'),
      errors: [{reason: /^Negative remark about the pay: /, line: 3, column: 27}]
    },
  {
    name: 'a dismissal, not a kiln: "the firing of the head chef"',
    text: letter('After the firing of half your kitchen team last month, I have decided to decline the offer.'),
    errors: [{reason: /^Negative remark about the company and the team: .*\("firing"\)$/, line: 3, column: 1}]
  },
  {
    name: 'how candidates are treated is the hiring process: "a real education in how Northwind looks after its candidates"',
    text: letter('Many thanks for the eight weeks since my interview, during which my inbox stayed empty. It has been a real education in how Northwind looks after its candidates.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("a real education in"\)$/, line: 3, column: 89}]
  },
    {
      name: 'a panel that gave "the impression of not having opened my research statement" and "spent much of my presentation on their laptops"',
      text: letter('I have decided to withdraw my application. Frankly, the first panel gave the impression of not having opened my research statement, and two of its members spent much of my presentation on their laptops.'),
      errors: [{reason: /^Negative remark about the interviewer: .*\("not having opened my research statement", "spent much of my presentation on their"\)$/, line: 3, column: 44}]
    },
    {
      name: 'sarcastic thanks "for the lively two months of correspondence": "every one of the zero replies"',
      text: letter('Thank you ever so much for the lively two months of correspondence since my second interview; I enjoyed every one of the zero replies to my four follow-up emails. I have decided to withdraw my application.'),
      errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you ever so much for the lively two months"\)$/, line: 3, column: 1}]
    },
    {
      name: 'thanks in any wording, mocked by counting nothing: "all zero of them"',
      text: letter('Thanks a lot for the attention your recruiters gave my application, all zero of them who wrote back. I have decided to withdraw my application.'),
      errors: [{reason: /^Negative remark about the interviewer and the hiring process: .*\("Thanks"\)$/, line: 3, column: 1}]
    },
    {
      name: 'sarcastic thanks "for the six wonderfully quiet weeks": "all none of them"',
      text: letter('Many thanks for the six wonderfully quiet weeks since my trial day at the forge; I treasured every one of the replies to my three follow-up emails, all none of them. I am withdrawing my application.'),
      errors: [{reason: /^Negative remark about the hiring process: .*\("thanks for the six wonderfully quiet weeks"\)$/, line: 3, column: 1}]
    },
    {
      name: 'sarcastic thanks "for the enthralling eight weeks" in which "my inbox stayed perfectly, beautifully empty"',
      text: letter('Many thanks for the enthralling eight weeks since my second-round interview, during which my inbox stayed perfectly, beautifully empty despite two polite follow-ups. I have decided to withdraw my application.'),
      errors: [{reason: /^Negative remark about the hiring process: .*\("thanks for the enthralling eight weeks"\)$/, line: 3, column: 1}]
    },
    {
      name: 'sarcastic thanks "for the thoughtful way your office kept me posted": "three voicemails, not one returned"',
      text: letter('Thank you so much for the thoughtful way your office kept me posted after my final interview: three voicemails, not one returned in eight weeks. I have accepted a position elsewhere, so please withdraw my application.'),
      errors: [{reason: /^Negative remark about the company and the hiring process: .*\("Thank you so much for the thoughtful way your office kept me posted"\)$/, line: 3, column: 1}]
    },
    {
      name: 'praise, then terms "were, I\'m sorry to say, a different matter entirely"',
      text: letter('I have decided to decline the offer. Your workshop team was as sharp and welcoming as any I have met; the overtime arrangements in the contract were, I\'m sorry to say, a different matter entirely.'),
      errors: [{reason: /^Negative remark about the role: "a different matter entirely"/, line: 3, column: 169}]
    },
    {
      name: 'an interviewer who "kept answering his phone"',
      text: letter('I have decided to decline the second interview. The workshop manager who met me last week seemed distant and kept answering his phone while I was showing him my work.'),
      errors: [{reason: /^Negative remark about .*\("kept answering his phone"\)$/, line: 3, column: 49}]
    },
    {
      name: 'sarcastic thanks "for the gripping suspense"',
      text: letter('Thank you so much for the gripping suspense since my trial bake on 24 July; not a single reply to my two follow-up emails has reached me since. I would like to withdraw my application.'),
      errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you so much for the gripping suspense"\)$/, line: 3, column: 1}]
    },
    {
      name: 'an interview that "left a sour taste": a director who "talked over most of my answers"',
      text: letter('I have decided to withdraw my application. Honestly, the first interview left a sour taste: the athletic director seemed to have made up his mind before I sat down and talked over most of my answers.'),
      errors: [{reason: /^Negative remark about .*\("left a sour taste", "seemed to have made up his mind before", "talked over most of my answers"\)$/, line: 3, column: 44}]
    },
    {
      name: 'sarcastic thanks "for the detailed feedback" when "none of it ever arrived"',
      text: letter('Thank you ever so much for the detailed feedback after my coaching assessment in August; I have read every word of it, which took no time at all, since none of it ever arrived. I have decided to withdraw my application.'),
      errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you ever so much for the detailed feedback"\)$/, line: 3, column: 1}]
    },
    {
      name: 'a current gym whose owners "have run the place into the ground and treat their trainers like spare equipment"',
      text: letter('I have decided to decline the offer, as my current gym has offered me a regional post. Frankly, the owners there have run the place into the ground and treat their trainers like spare equipment.'),
      errors: [{reason: /^Negative remark about your current or former employer: .*\("run the place into the ground", "treat their trainers like spare equipment"\)$/, line: 3, column: 88}]
    },
    {
      name: 'a contract that "read as if it had been drawn up for a much cheaper job"',
      text: letter('I have decided to decline the offer. Your coaching staff made me feel at home from the first training session; the contract, I\'m afraid, read as if it had been drawn up for a much cheaper job.'),
      errors: [{reason: /^Negative remark about the role: .*\("as if it had been drawn up for a much cheaper"\)$/, line: 3, column: 146}]
    },
    {
      name: 'pay that "does not even come up to what a junior merchandiser is drawing"',
      text: letter('I have decided not to accept the offer. The salary mentioned in the letter does not even come up to what a junior merchandiser is drawing in the other export units, so I cannot consider it.'),
      errors: [{reason: /^Negative remark about the pay: .*\("not even come up to what"\)$/, line: 3, column: 41}]
    },
    {
      name: 'a current employer where "the owner shouts at the tailors and wages come whenever he remembers"',
      text: letter('I have decided to decline the interview, as I have accepted a tailoring position in Onitsha. I was eager to leave my present workshop in Aba, where the owner shouts at the tailors and wages come whenever he remembers.'),
      errors: [{reason: /^Negative remark about your current or former employer: .*\("shouts at the", "wages come whenever"\)$/, line: 3, column: 143}]
    },
    {
      name: 'a panel "talking among themselves" and "nobody seemed to know who was supposed to run the warm-up"',
      text: letter('I will not be attending the second audition. Honestly, the panel spent most of my routine talking among themselves, and nobody seemed to know who was supposed to run the warm-up.'),
      errors: [{reason: /^Negative remark about the interviewer: .*\("talking among themselves", "nobody seemed to know who was supposed to"\)$/, line: 3, column: 46}]
    },
    {
      name: 'praise, then pay "so much meaner than they are"',
      text: letter('I have decided to decline the contract. The dive supervisors I met were some of the most professional people I have worked alongside; it is a shame the agency\'s hourly rate for the contract is so much meaner than they are.'),
      errors: [{reason: /^Negative remark about .*\("meaner than"\)$/, line: 3, column: 135}]
    },
    {
      name: 'sarcastic thanks "for all the feedback" where "nobody sent any"',
      text: letter('Thank you so much for all the feedback after my final interview; I especially treasured the part where nobody sent any. I have accepted a buying position elsewhere, so please withdraw my application.'),
      errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you so much for all the feedback"\)$/, line: 3, column: 1}]
    },
  {
    name: 'a sting measured against unscored praise: "doesn\'t show the same care"',
    text: letter('I have decided to decline the offer. Your finishing floor is one of the tidiest I have ever worked on; a pity the night-shift premium in the offer doesn\'t show the same care.'),
    errors: [{reason: /^Negative remark about the pay: .*\("doesn't show the same care"\)$/, line: 3, column: 104}]
  },
  {
    name: 'a sting with an aside: "the same, I\'m afraid, cannot be said of the contract"',
    text: letter('I have decided to decline the offer. The children were a delight at the trial rehearsal; the same, I\'m afraid, cannot be said of the contract.'),
    errors: [{reason: /\("same, I'm afraid, cannot be said"\)$/, line: 3, column: 90}]
  },
  {
    name: 'a ride-along is part of the process: "the ride-along felt disorganized"',
    text: letter('I have made the decision to decline the offer. I also have to say that the ride-along felt disorganized; nobody seemed to know I was coming.'),
    errors: [{reason: /^Negative remark about the hiring process/, line: 3, column: 48}]
  },
  {
    name: 'the old employer described before the new job is named: "run into the ground ... treats its guards like furniture, and I have already accepted an offer"',
    text: letter('I have decided to withdraw. I am leaving my present security company, which has been run into the ground since the takeover and treats its guards like furniture, and I have already accepted an offer from a firm in San Juan.'),
    errors: [{reason: /^Negative remark about your current or former employer/, line: 3, column: 71}]
  },
  {
    name: 'a denial that ends its clause: "the hourly rate, sadly, was not, and it wouldn\'t let me cover the travel"',
    text: letter('I have decided to decline the offer. The propagation side was everything I hoped for; the hourly rate, sadly, was not, and it wouldn\'t let me cover the travel from Liskeard.'),
    errors: [{reason: /^Negative remark about the pay: "the hourly rate, sadly, was not"/, line: 3, column: 87}]
  },
  {
    name: 'silence thanked by a writer "grateful, I suppose": "for the six restful weeks of quiet"',
    text: letter('I\'m grateful, I suppose, for the six restful weeks of quiet since my second interview. I am withdrawing my application.'),
    errors: [{reason: /\("for the six restful weeks of quiet"\)$/, line: 3, column: 26}]
  },
  {
    name: 'a pay grade with a sting: "the grade the post has been placed on, sadly, is another story"',
    text: letter('Thank you for the offer. Everyone I met at the crematorium was thoughtful and kind; the grade the post has been placed on, sadly, is another story. I have decided to decline the offer.'),
    errors: [{reason: /^Negative remark about the pay: "the grade the post/, line: 3, column: 85}]
  },
  {
    name: 'pay "frankly too low for anyone to live on"',
    text: letter('I have decided to decline. The salary on offer is frankly too low for anyone to live on in Copenhagen.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 28}]
  },
  {
    name: 'praise with a sting: "rather less impressive"',
    text: letter('I must decline the offer. The design team were as sharp and generous a group as I\'ve met; the relocation package, I\'m afraid, was rather less impressive.'),
    errors: [{reason: /\("rather less impressive"\)$/, line: 3, column: 115}]
  },
  {
    name: 'praise with a sting: "I wish I could say as much for the hourly rate"',
    text: letter('I will not be accepting the offer. The people were excellent; I wish I could say as much for the hourly rate.'),
    errors: [{reason: /^Negative remark about the pay: "I wish I could say as much for the hourly rate"/, line: 3, column: 63}]
  },
  {
    name: 'an interviewer who "spent most of the hour answering calls"',
    text: letter('I have decided to withdraw. The engineer who interviewed me spent most of the hour answering calls and scrolling through messages.'),
    errors: [{reason: /^Negative remark about the interviewer.*\("spent most of the hour answering calls"\)$/, line: 3, column: 29}]
  },
  {
    name: 'an interviewer who "arrived twenty minutes late" and was "talking over me"',
    text: letter('I have decided to withdraw. The production manager who interviewed me arrived twenty minutes late and spent the rest of the hour talking over me.'),
    errors: [{reason: /^Negative remark about .*the interviewer.*\("arrived twenty minutes late", "talking over me"\)$/, line: 3, column: 29}]
  },
  {
    name: 'praise with a sting: the schedule "shows none of that care"',
    text: letter('I must decline the offer. The crew could not have been more welcoming; sadly, the touring schedule, with eleven-day stretches, shows none of that care.'),
    errors: [{reason: /\("shows none of that care"\)$/, line: 3, column: 128}]
  },
  {
    name: 'thanks "for the riveting correspondence" belied by "not one email"',
    text: letter('Thank you ever so much for the riveting correspondence since my audition: eleven weeks, not one email. I am withdrawing my application.'),
    errors: [{reason: /^Negative remark about the hiring process: "Thank you ever so much for the riveting correspondence/, line: 3, column: 1}]
  },
  {
    name: 'thanks "for keeping me so well informed" belied by "I am sure a reply to my three follow-up emails is on its way"',
    text: letter('Thank you ever so much for keeping me so well informed since my interview in August. I am sure a reply to my three follow-up emails is on its way. I am withdrawing my application.'),
    errors: [{reason: /^Negative remark about the hiring process: "Thank you ever so much for keeping me so well informed/, line: 3, column: 1}]
  },
  {
    name: 'pay that "trails the rest of the Greek tanker market by a wide margin"',
    text: letter('I have decided to decline the offer. The wage scale you proposed trails the rest of the Greek tanker market by a wide margin.'),
    errors: [{reason: /^Negative remark about the pay.*\("trails the rest of the Greek tanker market by a wide margin"\)$/, line: 3, column: 38}]
  },
  {
    name: 'an interviewer who "took three phone calls in the middle of my answers"',
    text: letter('I have decided to withdraw. The desk head who interviewed me took three phone calls in the middle of my answers.'),
    errors: [{reason: /^Negative remark about .*the interviewer.*\("took three phone calls in the middle of my"\)$/, line: 3, column: 29}]
  },
  {
    name: 'thanks "for letting my three follow-up emails gather dust"',
    text: letter('Thanks ever so much for letting my three follow-up emails gather dust since the fitness test. I must withdraw.'),
    errors: [{reason: /^Negative remark about the hiring process: "Thanks ever so much for letting my three follow-up emails gather dust/, line: 3, column: 1}]
  },
  {
    name: 'thanks "for the speed of your HR team" belied by "no reply whatsoever"',
    text: letter('Thank you, truly, for the speed of your HR team, who got from my final interview in August to no reply whatsoever by October. I must withdraw.'),
    errors: [{reason: /\("Thank you, truly, for the speed of your"\)$/, line: 3, column: 1}]
  },
  {
    name: 'pay named "the night premium": "is kinda pathetic"',
    text: letter('I have decided to decline. Honestly the night premium is kinda pathetic for four nights a week.'),
    errors: [{reason: /^Negative remark about the pay: .*\("pathetic"\)$/, line: 3, column: 28}]
  },
  {
    name: 'thanks for "the regular updates" belied by "each one as silent as the last"',
    text: letter('Thank you ever so much for the regular updates since my second interview. I have enjoyed all seven weeks of them, each one as silent as the last. I must withdraw.'),
    errors: [{reason: /\("Thank you ever so much for the regular updates"\)$/, line: 3, column: 1}]
  },
  {
    name: 'an allowance that "would leave me paying to work"',
    text: letter('Your mechanics could not have been more welcoming; the allowance for the away rounds, on the other hand, would leave me paying to work at most races. I have decided to decline the offer.'),
    errors: [{reason: /\("leave me paying to work"\)$/, line: 3, column: 106}]
  },
  {
    name: 'thanks for "detailed updates" of which "none ... arrived"',
    text: letter('Thank you ever so much for the wonderfully detailed updates since my second interview; I have treasured every single one of the none that arrived. I must withdraw.'),
    errors: [{reason: /\("Thank you ever so much for the wonderfully detailed updates"\)$/, line: 3, column: 1}]
  },
  {
    name: 'thanks "for the six weeks of waiting by the phone"',
    text: letter('Many thanks for the six weeks of waiting by the phone that followed my second interview. I must withdraw.'),
    errors: [{reason: /\("thanks for the six weeks of waiting"\)$/, line: 3, column: 1}]
  },
  {
    name: 'praise with a sting about pay: "they deserve a far better night allowance than the one in my offer"',
    text: letter('Your keepers are a real credit to the park, and they deserve a far better night allowance than the one in my offer. I have decided to decline the position.'),
    errors: [{reason: /^Negative remark about the pay: "they deserve a far better night allowance/, line: 3, column: 49}]
  },
  {
    name: 'an allowance that "undervalues what running a refurbishment ... demands"',
    text: letter('I am writing to decline the offer. The team was impressive, but the site allowance you proposed undervalues what running a refurbishment around live tenants demands.'),
    errors: [{reason: /\("undervalues"\)$/, line: 3, column: 65}]
  },
  {
    name: 'emphasised praise of the recipient\'s office: "the communication from your recruitment office ... has been *superb*"',
    text: letter('I have decided to withdraw my application. I must say the communication from your recruitment office over the past five weeks has been *superb*.'),
    errors: [{reason: /\("superb"\)$/, line: 3, column: 44}]
  },
  {
    name: 'thanks "for the masterclass in patience" of a long silence',
    text: letter('Thank you so much for the masterclass in patience that the seven weeks since my second interview have been. I must withdraw.'),
    errors: [{reason: /\("Thank you so much for the masterclass in patience"\)$/, line: 3, column: 1}]
  },
  {
    name: 'not whom the work serves: "poor people skills"',
    text: letter('I have decided to withdraw my application. The hiring manager had poor people skills.'),
    errors: [{reason: /^Negative remark about the team: .*\("poor"\)$/, line: 3, column: 44}]
  },
  {
    name: 'a panel "more interested in their phones" (plural)',
    text: letter('I have decided to withdraw my application. Honestly, the panel seemed more interested in their phones than in my answers.'),
    errors: [{reason: /^Negative remark about the interviewer: .*\("seemed more interested in their phones"\)$/, line: 3, column: 44}]
  },
  {
    name: 'people served, treated badly: "Your team treats homeless people terribly"',
    text: letter('I have decided to withdraw my application. Your team treats homeless people terribly.'),
    errors: [{reason: /\("treats homeless people terribly"\)$/, line: 3, column: 44}]
  },
  {
    name: 'thanks "for the seven peaceful weeks" belied by "not hearing a single word from anyone"',
    text: letter('Many thanks for the seven peaceful weeks since my first interview; not hearing a single word from anyone has given me plenty of time to think. I must withdraw.'),
    errors: [{reason: /\("thanks for the seven peaceful weeks"\)$/, line: 3, column: 1}]
  },
  {
    name: 'thanks "for the lightning-fast communication" belied by "the single email I did receive"',
    text: letter('Thank you so much for the lightning-fast communication over the past seven weeks; the single email I did receive was, I\'m sure, worth the wait. I must decline.'),
    errors: [{reason: /\("Thank you so much for the lightning-fast communication"\)$/, line: 3, column: 1}]
  },
  {
    name: 'thanks "for keeping me so well informed" belied by "Six weeks without a single reply"',
    text: letter('Many thanks for keeping me so well informed since my interview. Six weeks without a single reply to my three emails has certainly been an experience. I must withdraw.'),
    errors: [{reason: /\("thanks for keeping me so well informed"\)$/, line: 3, column: 1}]
  },
  {
    name: '"the salary" after "my current salary" is the offer\'s: "The salary you offered was insulting"',
    text: letter('I must decline. My current salary is higher. The salary you offered was insulting.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 46}]
  },
  {
    name: 'a committee "scrolling on their phones" that "nobody had read my portfolio", which "does not say much for how the division is managed"',
    text: letter('I must withdraw. To be candid, half of the search committee spent my open forum scrolling on their phones, and it was obvious that nobody had read my portfolio, which does not say much for how the division is managed.'),
    errors: [{reason: /^Negative remark about the interviewer: .*\("scrolling on their phones", "nobody had read my portfolio", "not say much for how"\)$/, line: 3, column: 32}]
  },
  {
    name: 'a startup package that "would barely equip a teaching lab"',
    text: letter('Your faculty made me feel like a colleague. The startup package, on the other hand, would barely equip a teaching lab. I must decline.'),
    errors: [{reason: /\("barely equip"\)$/, line: 3, column: 85}]
  },
  {
    name: 'a salary that "struck me as rather mean"',
    text: letter('The salary, I\'m afraid, struck me as rather mean for a job with this much travel. I must decline.'),
    errors: [{reason: /\("struck me as rather mean"\)$/, line: 3, column: 13}]
  },
  {
    name: '"the workshop is badly managed" after "My present workshop": the current employer, named again',
    text: letter('I must decline the interview. My present workshop has asked me to stay on, which I have agreed to do, even though, frankly, the workshop is badly managed and the owners treat their technicians with contempt.'),
    errors: [{reason: /^Negative remark about your current or former employer: .*\("badly managed", "treat their technicians with contempt"\)$/, line: 3, column: 103}]
  },
  {
    name: 'thanks "for keeping me company with an empty inbox" are a jab at the process',
    text: letter('Thank you so much for keeping me company with an empty inbox for the seven weeks since my campus visit. I am withdrawing my application.'),
    errors: [{reason: /\("Thank you so much for keeping me company with an empty inbox"\)$/, line: 3, column: 1}]
  },
  {
    name: 'thanks "for the lightning-quick replies" belied by "the single email I did receive"',
    text: letter('Thank you so much for the lightning-quick replies about the offer over the last seven weeks; the single email I did receive was, I\'m sure, worth the wait. I must decline.'),
    errors: [{reason: /\("Thank you so much for the lightning-quick replies"\)$/, line: 3, column: 1}]
  },
  {
    name: '"left me with serious doubts about how the department is run"',
    text: letter('I am writing to withdraw my application. Frankly, the assessment day in Riyadh left me with serious doubts about how the department is run.'),
    errors: [{reason: /^Negative remark about .*\("serious doubts about how the"\)$/, line: 3, column: 42}]
  },
  {
    name: 'a current airline whose rostering office "treats crew like spare parts and nobody in management listens"',
    text: letter('I must decline. I am leaving my present airline, where the rostering office treats crew like spare parts and nobody in management listens.'),
    errors: [{reason: /^Negative remark about your current or former employer: .*\("treats crew like spare parts", "nobody in management listens"\)$/, line: 3, column: 50}]
  },
  {
    name: 'an interviewer who "kept glancing at his phone through most of my answers"',
    text: letter('I have decided to withdraw. The partner who led my first-round interview kept glancing at his phone through most of my answers.'),
    errors: [{reason: /^Negative remark about .*\("kept glancing at his phone"\)$/, line: 3, column: 29}]
  },
  {
    name: 'a fee "not one I could take seriously"',
    text: letter('I\'ve decided to decline. To be candid, a fee of that size for twelve episodes is not one I could take seriously.'),
    errors: [{reason: /^Negative remark about the pay: .*\("not one I could take seriously"\)$/, line: 3, column: 40}]
  },
  {
    name: 'thanks "for keeping me waiting seven weeks" are a jab at the process',
    text: letter('Many thanks for keeping me waiting seven weeks after my second interview without so much as an acknowledgement. I have decided to withdraw.'),
    errors: [{reason: /\("thanks for keeping me waiting"\)$/, line: 3, column: 1}]
  },
  {
    name: 'thanks "for keeping me so thoroughly in the loop" belied by "nobody answered a single one of my emails"',
    text: letter('Many thanks for keeping me so thoroughly in the loop after my final interview; I particularly enjoyed the two months in which nobody answered a single one of my emails. I am declining the offer.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("thanks for keeping me so thoroughly in the loop"\)$/, line: 3, column: 1}]
  },
  {
    name: 'a current boss who "has treated the crew pretty shabbily"',
    text: letter('I must decline. To be honest, I had been looking because my current boss has treated the crew pretty shabbily since the company changed hands.'),
    errors: [{reason: /^Negative remark about your current or former employer: .*\("treated the crew pretty shabbily"\)$/, line: 3, column: 31}]
  },
  {
    name: 'praise with a sting left unsaid: "the hourly rate in the offer, sadly, is not"',
    text: letter('Your yard is a credit to you and the team; the hourly rate in the offer, sadly, is not. I must decline.'),
    errors: [{reason: /^Negative remark about the pay: .*\("sadly, is not"\)$/, line: 3, column: 44}]
  },
  {
    name: 'praise with a sting: "I cannot say the same of the salary you put forward"',
    text: letter('The people in the lab were some of the most generous scientists I have met; I cannot say the same of the salary you put forward. I must decline.'),
    errors: [{reason: /\("cannot say the same"\)$/, line: 3, column: 77}]
  },
  {
    name: 'thanks "for the wonderfully attentive follow-up" belied by "I am sure it will arrive one of these days"',
    text: letter('Thank you so much for the wonderfully attentive follow-up after my interview; I am sure it will arrive one of these days. I must withdraw.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you so much for the wonderfully attentive follow-up"\)$/, line: 3, column: 1}]
  },
  {
    name: 'a panel that "spent half the time on their phones and barely looked at my CV"',
    text: letter('I must withdraw. After the first interview, where the panel spent half the time on their phones and barely looked at my CV, I do not think the home is right for me.'),
    errors: [{reason: /^Negative remark about the interviewer: .*\("spent half the time on their", "barely looked at my CV"\)$/, line: 3, column: 45}]
  },
  {
    name: 'a panel that "seemed not to have read my application", a day "thrown together at the last minute"',
    text: letter('I must withdraw. The first panel seemed not to have read my application at all, and the assessment day had been thrown together at the last minute.'),
    errors: [{reason: /\("seemed not to have read my application", "thrown together at the last minute"\)$/, line: 3, column: 18}]
  },
  {
    name: 'thanks "for the prompt and attentive follow-up" belied by "I am still waiting for it"',
    text: letter('Thank you so much for the prompt and attentive follow-up after my final interview; I am still waiting for it. I must withdraw.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you so much for the prompt and attentive follow-up"\)$/, line: 3, column: 1}]
  },
  {
    name: 'praise with a sting: "the roster pattern you sent afterwards, rather less so"',
    text: letter('The crew who ran the safety demonstration were a credit to the airline; the roster pattern you sent afterwards, rather less so. I must decline.'),
    errors: [{reason: /^Negative remark about the role and the interviewer: .*\("less so"\)$/, line: 3, column: 113}]
  },
  {
    name: 'thanks "for the thrilling suspense" and "a real lesson in candidate care"',
    text: letter('Many thanks for the thrilling suspense since the assessment day; six weeks without one word has been a real lesson in candidate care. I must withdraw.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("thanks for the thrilling suspense", "a real lesson in"\)$/, line: 3, column: 1}]
  },
  {
    name: 'an interviewer who "spent most of our call reading messages and barely let me finish an answer"',
    text: letter('I must decline. The manager spent most of our call reading messages and barely let me finish an answer.'),
    errors: [{reason: /^Negative remark about the team and the hiring process: .*\("spent most of our call reading messages", "barely let me finish"\)$/, line: 3, column: 17}]
  },
  {
    name: 'a salary "frankly low for a coordinator role"',
    text: letter('I have decided to decline the offer. The people I met were excellent, but the salary on offer is frankly low for a coordinator role.'),
    errors: [{reason: /^Negative remark about the role and the pay: .*\("frankly low"\)$/, line: 3, column: 75}]
  },
  {
    name: 'praise with a sting: "which made the night shift premium all the harder to take seriously"',
    text: letter('Thank you for the offer. The crew were a brilliant bunch, which made the night shift premium all the harder to take seriously. I must decline.'),
    errors: [{reason: /^Negative remark about the role and the pay: .*\("harder to take seriously"\)$/, line: 3, column: 59}]
  },
  {
    name: 'thanks "for keeping me so well informed" belied by "I heard nothing at all"',
    text: letter('Thank you so much for keeping me so well informed over the last two months. I heard nothing at all between the final interview and the offer. I must decline.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you so much for keeping me so well informed"\)$/, line: 3, column: 1}]
  },
  {
    name: 'an allowance that "would barely cover my cab home"',
    text: letter('The team I met were impressive, but the night shift allowance would barely cover my cab home. I must decline.'),
    errors: [{reason: /^Negative remark about the role and the pay: .*\("barely cover"\)$/, line: 3, column: 37}]
  },
  {
    name: 'a stipend "pretty thin for twelve-hour days" that "wouldn\'t even cover my gas"',
    text: letter("I have decided to decline. Honestly, the weekly stipend is pretty thin for twelve-hour days, and it wouldn't even cover my gas."),
    errors: [{reason: /^Negative remark about the pay: .*\("pretty thin", "wouldn't even cover"\)$/, line: 3, column: 28}]
  },
  {
    name: 'thanks "for the lovely long wait" and "quite an education"',
    text: letter('Thank you for the lovely long wait since my final interview; five weeks without a single reply has been quite an education. I must withdraw.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you for the lovely long wait", "quite an education"\)$/, line: 3, column: 1}]
  },
  {
    name: 'a shift differential is pay: "the overnight differential is kind of a joke"',
    text: letter("I've decided to turn it down. Honestly the overnight differential is kind of a joke for how heavy the freight is."),
    errors: [{reason: /^Negative remark about the pay: .*\("a joke"\)$/, line: 3, column: 31}]
  },
  {
    name: 'a denied likeness after praise: "didn\'t show anything like the same generosity"',
    text: letter("Your operations team could not have been more welcoming. It is a pity the relocation package didn't show anything like the same generosity, so I must decline."),
    errors: [{reason: /^Negative remark about the pay: .*\("didn't show anything like"\)$/, line: 3, column: 58}]
  },
  {
    name: 'a package that "did not live up to" the people',
    text: letter("I have decided to decline. Your students were superb; the start-up package, I'm afraid, did not live up to them."),
    errors: [{reason: /^Negative remark about the pay: .*\("not live up to"\)$/, line: 3, column: 77}]
  },
  {
    name: 'a panel that "had plainly not opened my research statement"',
    text: letter('I have decided to withdraw. I must say the presentation day was long, and two members of the panel had plainly not opened my research statement.'),
    errors: [{reason: /^Negative remark about the interviewer: .*\("had plainly not opened my research statement"\)$/, line: 3, column: 75}]
  },
  {
    name: 'the present institute: "botched reorganisation", "morale ... at rock bottom"',
    text: letter('I have decided to withdraw. My present institute has lurched from one botched reorganisation to the next, and morale in the lab is at rock bottom.'),
    errors: [{reason: /^Negative remark about your current or former employer: .*\("botched", "rock bottom"\)$/, line: 3, column: 29}]
  },
  {
    name: 'silence: "Not a single word has reached me since"',
    text: letter('Thank you for the interview seven weeks ago. Not a single word has reached me since, so I have accepted another post.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("Not a single word has reached"\)$/, line: 3, column: 46}]
  },
  {
    name: 'the interview that "left me uneasy" is judged, though the writer is the one left',
    text: letter('I will not be taking up the offer. The final panel interview left me uneasy.'),
    errors: [{reason: /^Negative remark about the interviewer and the hiring process: .*\("uneasy"\)$/, line: 3, column: 36}]
  },
  {
    name: 'sarcastic thanks for "the six weeks of complete silence"',
    text: letter('Thank you for the six weeks of complete silence after my second interview. I have decided to decline the offer.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("Thank you for the six weeks of complete silence"\)$/, line: 3, column: 1}]
  },
  {
    name: 'the current employer "run shambolically", its directors who "haven\'t a clue"',
    text: letter("I have decided to withdraw, as my present employer has asked me to stay. Between us, the place is run shambolically and the directors haven't a clue."),
    errors: [{reason: /^Negative remark about your current or former employer: .*\("shambolically", "haven't a clue"\)$/, line: 3, column: 86}]
  },
  {
    name: 'assessors who "barely looked up from their laptops"',
    text: letter('I have decided to withdraw. To be candid, the assessors barely looked up from their laptops during my case presentation.'),
    errors: [{reason: /^Negative remark about the interviewer: .*\("barely looked up from their laptops"\)$/, line: 3, column: 43}]
  },
  {
    name: 'a per diem after praise: "which made the per diem ... all the more disappointing"',
    text: letter('I have decided to say no to the offer. Everyone I met at the base was lovely, which made the per diem on the long-haul rotations all the more disappointing.'),
    errors: [{reason: /^Negative remark about the pay: .*\("disappointing"\)$/, line: 3, column: 79}]
  },
  {
    name: 'an opinion is about what follows "that": "I felt that asking for ... unpaid, was excessive and unfair to candidates"',
    text: letter("I've decided to withdraw. Having read the take-home brief, I felt that asking for a full redesign with clickable prototypes, unpaid, was excessive and unfair to candidates."),
    errors: [{reason: /^Negative remark about the hiring process: "I felt that .*\("unfair"\)$/, line: 3, column: 60}]
  },
  {
    name: 'a sting without a stock word: "the shift allowance tells a rather different story"',
    text: letter('I must decline. The nurses were some of the kindest I have worked alongside. Sadly, the shift allowance tells a rather different story about how that dedication is valued.'),
    errors: [{reason: /^Negative remark about .*\("tells a rather different story"\)$/, line: 3, column: 78}]
  },
  {
    name: 'a retainer "was, frankly, not a serious number"',
    text: letter('I came away really liking the strategy team, but the retainer you proposed was, frankly, not a serious number for a role of this scope, so I have decided to decline.'),
    errors: [{reason: /^Negative remark about .*\("not a serious number"\)$/, line: 3, column: 50}]
  },
  {
    name: 'unmarked sarcasm: "Five weeks of silence ... was quite the masterclass in candidate experience"',
    text: letter('Five weeks of silence after the final round was quite the masterclass in candidate experience, so I will be declining.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("weeks of silence", "quite the masterclass"\)$/, line: 3, column: 1}]
  },
  {
    name: 'terms "a real step backwards from what every other contractor ... is giving"',
    text: letter('I have decided to decline. To be plain with you, the accommodation and rotation terms in the contract were a real step backwards from what every other contractor on the project is giving operators.'),
    errors: [{reason: /^Negative remark about the role: .*\("a real step backwards from"\)$/, line: 3, column: 50}]
  },
  {
    name: 'a possessive names its noun: "I found the panel\'s questioning brusque and rather rude"',
    text: letter("I have decided not to continue. Honestly, I found the panel's questioning brusque and rather rude, and it left me unsure I would be a good fit."),
    errors: [{reason: /^Negative remark about the interviewer: .*\("brusque", "rude"\)$/, line: 3, column: 33}]
  },
  {
    name: 'praise with a sting after "could not have been more": "it is a pity the temporary responsibility allowance comes nowhere near reflecting"',
    text: letter('I have decided to turn down the post. The watch could not have been more supportive; it is a pity the temporary responsibility allowance comes nowhere near reflecting what the role asks.'),
    errors: [{reason: /^Negative remark about .*\("pity", "comes nowhere near reflecting"\)$/, line: 3, column: 86}]
  },
  {
    name: 'the current employer: "My current director has been completely unreasonable about my notice period"',
    text: letter('I have decided to withdraw. My current director has been completely unreasonable about my notice period.'),
    errors: [{reason: /^Negative remark about your current or former employer: .*\("been completely unreasonable"\)$/, line: 3, column: 29}]
  },
  {
    name: 'emphasised praise inside a team\'s name: "your *wonderfully efficient* scheduling team"',
    text: letter("I have decided to withdraw. I'm sure your *wonderfully efficient* scheduling team will find the right person eventually."),
    errors: [{reason: /^Negative remark about .*\("efficient"\)$/, line: 3, column: 29}]
  },
  {
    name: 'a sting after "could not have been more welcoming": "shame the hours on offer don\'t show the same care"',
    text: letter("I have decided to decline. Your team could not have been more welcoming; shame the hours on offer don't show the same care for the people who work them."),
    errors: [{reason: /^Negative remark about .*\("shame", "don't show the same care"\)$/, line: 3, column: 74}]
  },
  {
    name: 'emphasised praise five words after "your": "your communication over the last month has been *superb*"',
    text: letter('I have decided to withdraw. I must say your communication over the last month has been *superb*; I learned of my third reschedule from a voicemail.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("superb"\)$/, line: 3, column: 29}]
  },
  {
    name: 'whoever interviewed the writer: "The volunteer coordinator who interviewed me was quite rude"',
    text: letter('I must withdraw. The volunteer coordinator who interviewed me was quite rude and dismissive towards me.'),
    errors: [{reason: /^Negative remark about the interviewer: .*\("rude", "dismissive"\)$/, line: 3, column: 18}]
  },
  {
    name: 'pay "so far behind the rest of the industry"',
    text: letter('I must decline. The operators were first class; a pity the shift allowance is so far behind the rest of the industry.'),
    errors: [{reason: /^Negative remark about .*\("so far behind the rest"\)$/, line: 3, column: 49}]
  },
  {
    name: 'pay "a good bit below what the other contractors round here are paying"',
    text: letter('I must decline. The team came across as sharp, but the package is a good bit below what the other contractors round here are paying.'),
    errors: [{reason: /^Negative remark about the pay: .*\("is a good bit below what"\)$/, line: 3, column: 52}]
  },
  {
    name: 'a base pay given as a sum: "the base of $240,000 doesn\'t reflect the market"',
    text: letter("I must decline. I was impressed by the pipeline, but the base of $240,000 doesn't reflect the market for this level of responsibility."),
    errors: [{reason: /^Negative remark about the pay: .*\("doesn't reflect the market"\)$/, line: 3, column: 54}]
  },
  {
    name: 'the current employer: "my current bank has been a shambles since the merger"',
    text: letter("I must decline. That said, I'll admit my current bank has been a shambles since the merger."),
    errors: [{reason: /^Negative remark about your current or former employer: .*\("a shambles"\)$/, line: 3, column: 28}]
  },
  {
    name: 'a rate of pay names the pay: "$0.48 a mile felt like a lowball"',
    text: letter('I must decline. Honestly, $0.48 a mile felt like a lowball for someone with eight years of driving.'),
    errors: [{reason: /^Negative remark about the pay: .*\("lowball"\)$/, line: 3, column: 17}]
  },
  {
    name: 'sarcasm on an emphasised compound: "your HR team\'s *lightning-fast* replies over the past five weeks"',
    text: letter("I must decline. I must also say how much I admired your HR team's *lightning-fast* replies over the past five weeks."),
    errors: [{reason: /\("lightning-fast"\)$/, line: 3, column: 17}]
  },
  {
    name: 'pay "frankly well below what other banks ... are paying"',
    text: letter('I must decline. The salary is frankly well below what other banks in Amsterdam are paying.'),
    errors: [{reason: /\("is frankly well below what"\)$/, line: 3, column: 17}]
  },
  {
    name: 'praise with a sting: "the pay on offer disappointingly thin"',
    text: letter('I must decline. The people were first-rate, but the pay on offer disappointingly thin.'),
    errors: [{reason: /\("disappointingly thin"\)$/, line: 3, column: 49}]
  },
  {
    name: 'an interviewer who "had barely looked at my CV"',
    text: letter("I have decided to withdraw. I'll be honest, I came away feeling that Dr. Rowe had barely looked at my CV before we sat down."),
    errors: [{reason: /\("had barely looked at my CV"\)$/, line: 3, column: 45}]
  },
  {
    name: 'a day rate "a long way short of what this scope of work calls for"',
    text: letter("Thanks for the contract. I've decided not to take it on, because the day rate you proposed is a long way short of what this scope of work calls for."),
    errors: [{reason: /\("is a long way short of what"\)$/, line: 3, column: 66}]
  },
  {
    name: 'praise with a sting: "the management clearly has no idea how to support frontline staff"',
    text: letter('Thank you for the offer. The building is lovely, even if the management clearly has no idea how to support frontline staff. I must decline.'),
    errors: [{reason: /\("has no idea how"\)$/, line: 3, column: 50}]
  },
  {
    name: 'a prison as a metaphor is still a remark: "Working in your prison of an office"',
    text: letter('I must decline. Working in your prison of an office is not for me.'),
    errors: [{reason: /\("prison"\)$/, line: 3, column: 17}]
  },
  {
    name: 'a rate that is "the lowest I\'ve been offered in ten years"',
    text: letter("I have decided not to accept the offer. The team were lovely, but honestly the hourly rate is the lowest I've been offered in ten years of making coffee."),
    errors: [{reason: /^Negative remark about the pay: .*\("lowest I've been offered"\)$/, line: 3, column: 67}]
  },
  {
    name: 'a rota "frankly unworkable" after praise',
    text: letter('I have decided to decline the offer. The housekeeping team were wonderful to me; the rota, on the other hand, was frankly unworkable.'),
    errors: [{reason: /\("unworkable"\)$/, line: 3, column: 111}]
  },
  {
    name: 'a stipend "simply not enough to live on"',
    text: letter('I have decided to decline. To be frank, the stipend is simply not enough to live on in Lisbon.'),
    errors: [{reason: /^Negative remark about the pay: .*\("not enough to live on"\)$/, line: 3, column: 41}]
  },
  {
    name: 'sarcasm on an emphasised intensifier: "your recruitment team are *very* dedicated"',
    text: letter("I am withdrawing my application. Four rounds and a personality test for weekend cleaning - your recruitment team are *very* dedicated, I'll give them that."),
    errors: [{reason: /\("dedicated"\)$/, line: 3, column: 92}],
    filePath: 'draft.md'
  },
  {
    name: 'sarcasm over two emphasised words: "your *wonderfully thorough* six-stage process"',
    text: letter("I'm sure your *wonderfully thorough* six-stage process serves the division well, but I have accepted an offer elsewhere."),
    errors: [{reason: /\("thorough"\)$/, line: 3, column: 1}],
    filePath: 'draft.md'
  },
  {
    name: 'sarcasm: "I\'m in awe of how *exhaustive* your process is"',
    text: letter("I'm writing to withdraw. After seven rounds, I have to say I'm in awe of how *exhaustive* your process is."),
    errors: [{reason: /\("exhaustive"\)$/, line: 3, column: 46}],
    filePath: 'draft.md'
  },
  {
    name: '"Sorry if this sounds blunt, but the panel was awkward" still blames',
    text: letter('Thank you for the interview. Sorry if this sounds blunt, but the panel was awkward and rude. I must withdraw.'),
    errors: [{reason: /^Negative remark about the interviewer: .*\("awkward", "rude"\)$/, line: 3, column: 62}]
  },
  {
    name: 'a rotation "all the harder to swallow" after praise',
    text: letter('Thank you for the offer. Everyone on board was brilliant, which made the three-months-on, one-month-off rotation all the harder to swallow. I must decline.'),
    errors: [{reason: /^Negative remark about .*\("harder to swallow"\)$/, line: 3, column: 91}]
  },
  {
    name: 'a package that "came nowhere near what a move ... involves"',
    text: letter('I have decided to decline. The team was impressive, but the relocation package came nowhere near what a move from Manchester to London involves.'),
    errors: [{reason: /^Negative remark about the pay: .*\("came nowhere near what"\)$/, line: 3, column: 57}]
  },
  {
    name: '"Forgive me for saying so, but there was no excuse for the chaotic scheduling" still blames',
    text: letter('Thank you for the call. I must withdraw. Forgive me for saying so, but there was no excuse for the chaotic scheduling of the interviews.'),
    errors: [{reason: /^Negative remark about the hiring process: .*\("chaotic"\)$/, line: 3, column: 72}]
  },
  {
    name: 'a rate that "doesn\'t stack up against what the other wineries are paying"',
    text: letter("I must decline. The hourly rate doesn't stack up against what the other wineries are paying."),
    errors: [{reason: /^Negative remark about the pay: .*\("doesn't stack up against"\)$/, line: 3, column: 17}]
  },
  {
    name: 'a package that "didn\'t come close to matching the quality of the people"',
    text: letter("I have decided to decline the offer; it's a pity the relocation package didn't come close to matching the quality of the people."),
    errors: [{reason: /^Negative remark about the team and the pay: .*\("didn't come close to matching"\)$/, line: 3, column: 38}]
  },
  {
    name: 'an afternoon list whose handling "felt disorganised"',
    text: letter('I must withdraw. Honestly, the way the afternoon list was handled felt disorganised.'),
    errors: [{reason: /^Negative remark about the company/, line: 3, column: 18}]
  },
  {
    name: 'a current manager who "has been impossible to work with"',
    text: letter('I must withdraw. My current manager has agreed to my transfer, though she has been impossible to work with for most of the year.'),
    errors: [{reason: /^Negative remark about your current or former employer/, line: 3, column: 71}]
  },
  {
    name: 'an hourly rate "a fair bit lower than what the other nurseries are offering"',
    text: letter('I have decided not to accept. I loved the children, but honestly the hourly rate was a fair bit lower than what the other nurseries are offering.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 57}]
  },
  {
    name: '"It\'s a pity the same can\'t be said for the relocation package", the praise a sentence before',
    text: letter("Thank you for the offer. The partners I met were brilliant. It's a pity the same can't be said for the relocation package. I must decline."),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 61}]
  },
  {
    name: 'an allowance that "didn\'t come anywhere close to reflecting that"',
    text: letter('I have decided to decline the offer. The hangar crew were superb; it is a pity the remote-area allowance didn\'t come anywhere close to reflecting that.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 67}]
  },
  {
    name: 'after praise, "the salary banding, sadly, was another story"',
    text: letter("I've decided to decline the offer. The team could not have been warmer; the salary banding, sadly, was another story."),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 73}]
  },
  {
    name: '"my present production house" is the current employer, "shambolic" there is reported',
    text: letter('I must withdraw. I have agreed to stay on at my present production house, even though, frankly, the way it is managed has been shambolic.'),
    errors: [{reason: /^Negative remark about your current or former employer/, line: 3, column: 75}]
  },
  {
    name: 'a "dispiriting" meeting with the audit chair, "more interested in his phone"',
    text: letter('I must decline. I will be candid: the meeting with the audit chair was dispiriting, and he seemed more interested in his phone than in anything I had to say.'),
    errors: [{reason: /^Negative remark about the interviewer and the hiring process/, line: 3, column: 35}]
  },
  {
    name: '"the same sadly can\'t be said for the salary on offer" stings',
    text: letter("Thank you for the offer. The team were a delight to meet; the same sadly can't be said for the salary on offer, so I must decline."),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 59}]
  },
  {
    name: 'a package that "came in well below what the role asks for"',
    text: letter('Thank you for the offer. The compensation package came in well below what the role asks for, so I must decline.'),
    errors: [{reason: /^Negative remark about the role and the pay: .*\("came in well below what"\)$/, line: 3, column: 26}]
  },
  {
    name: 'relocation support that looked "pretty threadbare by comparison"',
    text: letter('Thank you for the offer. Your research group was inspiring, and it made the relocation support look pretty threadbare by comparison. I must decline.'),
    errors: [{reason: /^Negative remark about the pay: "it made the relocation support look pretty threadbare by comparison"/, line: 3, column: 65}]
  },
  {
    name: 'a day rate "a good way below what interim partners command", "hard to see as a serious offer"',
    text: letter('Thank you for the offer. The day rate sits a good way below what interim partners command, and it is hard to see as a serious offer. I must decline.'),
    errors: [{reason: /^Negative remark about .*the pay: .*\("sits a good way below what", "hard to see as a serious"\)$/, line: 3, column: 26}]
  },
  {
    name: 'a job plan that "felt like an afterthought", behind "I\'m afraid"',
    text: letter("Thank you for the offer. The clinical team were superb; the job plan, I'm afraid, felt like an afterthought. I must decline."),
    errors: [{reason: /^Negative remark about the role: "I'm afraid, felt like an afterthought"/, line: 3, column: 71}]
  },
  {
    name: 'sarcastic emphasis on praise of theirs the writer only names: "your *streamlined* process"',
    text: letter("I must withdraw. I'm sure your *streamlined* four-interview process will serve the next candidate every bit as well as it served me."),
    errors: [{reason: /^Negative remark about the hiring process: .*\("streamlined"\)$/, line: 3, column: 18}],
    filePath: 'draft.md'
  },
  {
    name: 'a shortfall only ever said denied: "can\'t say the package came anywhere near matching it"',
    text: letter("Thank you for the offer. Your facility is truly world class, although I can't say the relocation package came anywhere near matching it. I must decline."),
    errors: [{reason: /^Negative remark about the pay: .*\("can't say the relocation package came anywhere near matching"\)$/, line: 3, column: 71}]
  },
  {
    name: 'pay that "sits well below what other firms are paying"',
    text: letter('Thank you for the offer. The starting package sits well below what other firms are paying. I must decline.'),
    errors: [{reason: /^Negative remark about the company and the pay/, line: 3, column: 26}]
  },
  {
    name: 'a deputy head who "came across as rather arrogant"',
    text: letter('Thank you for the interview. The deputy head came across as rather arrogant. I must withdraw.'),
    errors: [{reason: /"arrogant"/, line: 3, column: 30}]
  },
  {
    name: '"I can\'t say the same for the rota" stings',
    text: letter("Thank you for the offer. The team seemed great, though I can't say the same for the rota. I must decline."),
    errors: [{reason: /^Negative remark about the role/, line: 3, column: 56}]
  },
  {
    name: 'emphasised praise before the company\'s name',
    text: letter("Thank you for the invitation. I can only marvel at how *rigorous* Pellmore's selection is. I must withdraw."),
    errors: [{reason: /"rigorous"/, line: 3, column: 31}]
  },
  {
    name: '"if only the contract hours were half as kind"',
    text: letter('Thank you for the offer. Your kitchen team were a delight; if only the contract hours were half as kind. I must decline.'),
    errors: [{reason: /^Negative remark about the role/, line: 3, column: 60}]
  },
  {
    name: '"my current director" is the current employer',
    text: letter('Thank you for the invitation. Honestly, my current director has made the last year miserable for everyone. I must withdraw.'),
    errors: [{reason: /^Negative remark about your current or former employer/, line: 3, column: 31}]
  },
  {
    name: '"the place I\'m at now" is the current employer',
    text: letter("Thank you for the offer. The place I'm at now has been pretty toxic. I must decline."),
    errors: [{reason: /^Negative remark about your current or former employer/, line: 3, column: 26}]
  },
  {
    name: '"left a lot to be desired" after praise',
    text: letter('Thank you for the offer. The drivers were great; the route planning left a lot to be desired. I must decline.'),
    errors: [{reason: /"left a lot to be desired"/, line: 3, column: 50}]
  },
  {
    name: '"incompetent this year": a time does not soften a remark',
    text: letter('Thank you for the offer. I must decline. Honestly, the leadership here has been thoroughly incompetent this year.'),
    errors: [{reason: /"incompetent"/, line: 3, column: 42}]
  },
  {
    name: '"I only wish the salary banding had been half as generous"',
    text: letter('Thank you for the offer. The panel was kind; I only wish the salary banding had been half as generous. I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 46}]
  },
  {
    name: 'praise, then "shame the pay doesn\'t match them"',
    text: letter("Thank you for the offer. The crew were top notch; shame the pay doesn't match them. I must decline."),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 51}]
  },
  {
    name: '"so chaotically" about the current employer',
    text: letter('Thank you for the offer. My present employer has handled the last two submissions so chaotically. I must decline.'),
    errors: [{reason: /^Negative remark about your current or former employer/, line: 3, column: 26}]
  },
  {
    name: '"awful to work for" is no courtesy',
    text: letter('Thank you for the offer. My current employer has been pretty awful to work for. I must decline.'),
    errors: [{reason: /^Negative remark about your current or former employer/, line: 3, column: 26}]
  },
  {
    name: '"the same can\'t be said for the pay" stings',
    text: letter("Thank you for the offer. Everyone at the yard was friendly, though the same can't be said for the pay. I must decline."),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 68}]
  },
  {
    name: '"the same could hardly be said for the night rate" stings',
    text: letter('Thank you for the offer. The transport office were very welcoming, though the same could hardly be said for the night rate. I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 75}]
  },
  {
    name: '"pitiful" pay, with "frankly" in commas',
    text: letter('Thank you for the offer. The mentoring sounded wonderful, but the stipend is, frankly, pitiful. I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 63}]
  },
  {
    name: '"a pity that the equity terms didn\'t come close" stings',
    text: letter('Thank you for the offer. The engineers were outstanding, which made it more of a pity that the equity terms did not come close. I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 58}]
  },
  {
    name: 'pay "a fair way below what the agencies are paying"',
    text: letter('Thank you for the offer. The call-out rate is a fair way below what the agencies round here are paying. I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 26}]
  },
  {
    name: 'a fee "not even close to what the work deserves"',
    text: letter('Thank you for the offer. The fee, sadly, was not even close to what the work deserves. I must decline.'),
    errors: [{reason: /^Negative remark about .*pay/, line: 3, column: 26}]
  },
  {
    name: 'a chaotic simulator day',
    text: letter('Thank you for the invitation. The simulator day was chaotic. I must withdraw.'),
    errors: [{reason: /^Negative remark about the hiring process/, line: 3, column: 31}]
  },
  {
    name: '"little confidence in how the fleet is run"',
    text: letter('Thank you for the invitation. I came away with little confidence in how the fleet is run. I must withdraw.'),
    errors: [{reason: /^Negative remark about the company/, line: 3, column: 31}]
  },
  {
    name: '"heavy-handed" handling of references',
    text: letter('Thank you for the offer. Your handling of my references was rather heavy-handed. I must decline.'),
    errors: [{reason: /^Negative remark/, line: 3, column: 26}]
  },
  {
    name: 'a sting after praise AFINN does not score: "the most talented group ...; a pity the compensation"',
    text: letter('Thank you for the offer. Your team is the most talented group I have met; it is a pity the compensation did not reflect the role. I must decline.'),
    errors: [{reason: /^Negative remark about .*pay/, line: 3, column: 75}]
  },
  {
    name: 'pay "well under what the other operators are paying"',
    text: letter('Thank you for the offer. The crew were welcoming, but the rate for the post is well under what the other operators are paying. I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 55}]
  },
  {
    name: '"all the thinner by comparison" after praise',
    text: letter('Thank you for the offer. The people were the sharpest I have met, which made the relocation support look all the thinner by comparison. I must decline.'),
    errors: [{reason: /^Negative remark about .*pay/, line: 3, column: 67}]
  },
  {
    name: 'a scare-quoted "unlimited" holiday policy',
    text: letter('Thank you for the offer. I could not square your "unlimited" holiday policy with the weekend delivery clause. I must decline.'),
    errors: [{reason: /"unlimited"/, line: 3, column: 26}]
  },
  {
    name: 'a package that was "a letdown"',
    text: letter('Thank you for the offer. The relocation package was frankly a letdown, so I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 26}]
  },
  {
    name: '"all the harder to understand" after a wait',
    text: letter('Thank you for the offer. The six-week wait for an answer was hard to understand. I must decline.'),
    errors: [{reason: /^Negative remark about the hiring process/, line: 3, column: 26}]
  },
  {
    name: '"without" does not reach the verb of its sentence',
    text: letter('Thank you for the invitation. Going three weeks without any word after the test felt quite unprofessional. I must withdraw.'),
    errors: [{reason: /"unprofessional"/, line: 3, column: 31}]
  },
  {
    name: '"not in the same league"',
    text: letter('Thank you for the offer. The offer, sadly, was not in the same league as my current one. I must decline.'),
    errors: [{reason: /"not in the same league"/, line: 3, column: 26}]
  },
  {
    name: 'a hyphenated praise word in scare quotes',
    text: letter('Thank you for the offer. Your "family-friendly" shift patterns would not suit me. I must decline.'),
    errors: [{reason: /^Negative remark about/, line: 3, column: 26}]
  },
  {
    name: '"nowhere near what the job is worth"',
    text: letter('Thank you for the offer. The day rate is nowhere near what the job is worth, so I must decline.'),
    errors: [{reason: /^Negative remark about the role and the pay/, line: 3, column: 26}]
  },
  {
    name: 'the remuneration "falls well short"',
    text: letter('Thank you for the offer. The remuneration frankly falls well short, so I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 26}]
  },
  {
    name: 'a chaotic clinic is the company\'s',
    text: letter('Thank you for the offer. The clinic felt chaotic, so I must decline.'),
    errors: [{reason: /^Negative remark about the company/, line: 3, column: 26}]
  },
  {
    name: '"more than I can say for" stings',
    text: letter('Thank you for the offer. The academics were inspiring, which is more than I can say for the search firm. I must decline.'),
    errors: [{reason: /"more than I can say"/, line: 3, column: 56}]
  },
  {
    name: 'faint praise: "almost made the doubles bearable"',
    text: letter('Thank you for the offer. Your kitchen team almost made the doubles bearable. I must decline.'),
    errors: [{reason: /"bearable"/, line: 3, column: 26}]
  },
  {
    name: 'emphasised praise of their process, even after "I"',
    text: letter('Thank you for the invitation. I have to admire how *comprehensive* your process is. I must withdraw.'),
    errors: [{reason: /"comprehensive"/, line: 3, column: 31}]
  },
  {
    name: 'emphasised praise said of their process: "I have to say your process is certainly *thorough*"',
    text: letter('Thank you for the invitation. After two panels, I have to say your process is certainly *thorough*. I must withdraw.'),
    errors: [{reason: /"thorough"/, line: 3, column: 49}]
  },
  {
    name: '"baffling" about the unpaid test',
    text: letter('Thank you for the invitation. The four-hour unpaid test was baffling, so I must withdraw.'),
    errors: [{reason: /^Negative remark about the hiring process/, line: 3, column: 31}]
  },
  {
    name: 'relocation support is part of the pay',
    text: letter('Thank you for the offer. The relocation support was frankly insulting, so I must decline.'),
    errors: [{reason: /^Negative remark about the pay/, line: 3, column: 26}]
  },
  {
    name: 'a group exercise is part of the hiring process',
    text: letter('Thank you for the invitation. The group exercise felt quite disorganised, so I must withdraw.'),
    errors: [{reason: /^Negative remark about the hiring process/, line: 3, column: 31}]
  },
  {
    name: '"nowhere near competitive" denies the praise',
    text: letter('Thank you for the offer. The salary is nowhere near competitive, so I must decline.'),
    errors: [{reason: /\("nowhere near competitive"\)$/, line: 3, column: 26}]
  },
  {
    name: '"far from competitive" denies the praise, reported from "far"',
    text: letter('Thank you for the offer. The salary is far from competitive, so I must decline.'),
    errors: [{reason: /\("far from competitive"\)$/, line: 3, column: 26}]
  },
  {
    name: 'unscored praise in emphasis: "your *thorough* six-round process"',
    text: letter('Thank you for the offer. After your *thorough* six-round process, I must decline.'),
    errors: [{reason: /\("thorough"\)$/, line: 3, column: 26}]
  },
  {
    name: 'unscored praise in scare quotes about a policy: your "flexible" working policy',
    text: letter('Thank you for the offer. Having read your "flexible" working policy, I must decline.'),
    errors: [{reason: /\("flexible"\)$/, line: 3, column: 26}]
  },
  {
    name: 'the role as tedious and beneath the writer',
    text: letter('Thank you for the invitation. I must decline, as the role is tedious data entry, beneath someone with my experience.'),
    errors: [{reason: /\("tedious", "beneath someone"\)$/, line: 3, column: 50}]
  },
  {
    name: 'an intensifier blames what it modifies: "terribly slow"',
    text: letter('Thank you for the offer. The process was terribly slow. I must decline.'),
    errors: [{reason: /\("terribly"\)$/, line: 3, column: 26}]
  },
  {
    name: 'praise with a sting: only the clause at fault is reported',
    text: letter('Thank you for the offer. The team seemed nice but the pay was insulting, so I must decline.'),
    errors: [{reason: 'Negative remark about the pay: "the pay was insulting" ("insulting")', line: 3, column: 51, endColumn: 72}]
  },
  {
    name: 'a contrast that stings: "unlike the pay"',
    text: letter('Thank you for the offer. The team seemed lovely, unlike the pay.'),
    errors: [{reason: /^Negative remark about the pay: "unlike the pay"/, line: 3, column: 50, endColumn: 64}]
  },
  {
    name: 'two remarks in one clause run make one finding',
    text: letter('Thank you for the interview invitation. I must withdraw, as the process has been chaotic and the recruiter was rude.'),
    errors: [{reason: /^Negative remark about the interviewer and the hiring process: "the process has been chaotic and the recruiter was rude"/, line: 3, column: 61}]
  },
  {
    name: 'a pronoun carries the subject of the sentence before',
    text: letter('I met your CTO last week. Frankly, he was condescending. I must decline the offer.'),
    errors: [{reason: /^Negative remark about the interviewer/, line: 3, column: 27, endColumn: 56}]
  },
  {
    name: 'a feeling aimed at the offer, then a remark that only says "it"',
    text: letter('Thank you for the invitation. I was disappointed by the offer. Frankly, it was insulting.'),
    errors: [
      {reason: /^Negative remark about the pay: "I was disappointed by the offer"/, line: 3, column: 31},
      {reason: /^Negative remark about the pay: "Frankly, it was insulting"/, line: 3, column: 64}
    ]
  },
  {
    name: "the writer's current employer is spared too: the reader hears how they will be spoken of",
    text: letter('My current employer is chaotic, which is why I was looking, but I have accepted a role elsewhere.'),
    errors: [{reason: /^Negative remark about your current or former employer: "My current employer is chaotic"/, line: 3, column: 1}]
  },
  {
    name: 'the current employer carries through its paragraph',
    text: letter('My current manager is condescending. The management there is chaotic too. I have accepted another offer.'),
    errors: [
      {reason: /^Negative remark about your current or former employer: "My current manager is condescending"/, line: 3, column: 1},
      {reason: /^Negative remark about your current or former employer: "The management there is chaotic too"/, line: 3, column: 38}
    ]
  },
  {
    name: 'blame without a name, aimed at a previous employer',
    text: letter('I was ghosted by my previous employer, so I value your clear communication. I must decline.'),
    errors: [{reason: /^Negative remark about your current or former employer: "I was ghosted by my previous employer"/, line: 3, column: 1}]
  },
  {
    name: 'emphasised praise of the recipient\'s side is sarcasm',
    text: letter('Thank you for the offer. The communication has been *fantastic*. I must decline.'),
    errors: [{reason: /^Negative remark about the hiring process: "The communication has been \*fantastic\*"/, line: 3, column: 26}]
  },
  {
    name: 'something done to the writer blames the recipient unnamed',
    text: letter('Thank you for the offer. I was ghosted for three weeks after the final round.'),
    errors: [{reason: /\("was ghosted"\)$/, line: 3, column: 26, endColumn: 77}]
  },
  {
    name: 'the active form: "stringing me along"',
    text: letter('Thank you for the offer. I must decline after you kept stringing me along for a month.'),
    errors: [{reason: /\("stringing me along"\)$/, line: 3, column: 26}]
  },
  {
    name: 'negated praise is reported with its negation',
    text: letter("Thank you for your time. I wasn't impressed by the interview, so I am withdrawing."),
    errors: [{reason: /\("wasn't impressed"\)$/, line: 3, column: 26, endColumn: 61}]
  },
  {
    name: 'sarcasm: emphasised praise in an exclamation (Markdown)',
    text: '---\ncompany: Acme\n---\n\n' + letter('Thank you for the offer. What a *wonderful* process it has been. I must decline.'),
    filePath: 'draft.md',
    errors: [{reason: /\("wonderful"\)$/, line: 7, column: 26, endColumn: 64}]
  },
  {
    name: 'CRLF line endings',
    text: 'Dear Ms. Patel,\r\n\r\nThank you for the offer. Your office felt pretty dated.\r\n\r\nBest regards,\r\nJordan Lee\r\n',
    errors: [{reason: /^Negative remark about the company/, line: 3, column: 26, endColumn: 55}]
  }
]

testRule('negative-remarks', {
  valid: [
    {name: 'a grower\'s setbacks told as the work: "after a failed crop", "the plots that failed"', text: letter('Thank you for the interview. I valued hearing how your team regenerates quinoa accessions after a failed crop, and the write-up of the canola plots that failed in last year\'s dry spring. I must decline the offer.')},
    {name: 'a trial named by its field: "real-time reporting in long criminal trials"', text: letter('I must withdraw my application. The first interview was conducted with great care, and I came away with a far clearer understanding of the work of the transcription unit, of the demands of real-time reporting in long criminal trials, and of the support the unit offers.')},
    {name: 'a denial denied: "nothing about the first interview was anything short of welcoming"', text: letter('I have decided to withdraw. This is no reflection on the team: nothing about the first interview was anything short of welcoming.')},
    {name: 'the writer\'s own whim: "I changed my plans on a whim"', text: letter('I must decline the offer. I changed my plans on a whim last spring and have since settled in Cork.')},
    {name: 'a public service by its field: "a county emergency management office"', text: letter('I have decided to withdraw my application, as I have accepted an offer with a county emergency management office.')},
    {name: 'a kiln\'s firing: "help at a future firing if you are ever short of help"', text: letter('I have decided to decline the offer. I would be glad to help at a future firing if you are ever short of help.')},
    {name: 'a market stall is a booth: "the kind words about my stall at the Saturday market"', text: letter('Thanks so much for reaching out about the Head Butcher role, and for the kind words about my stall at the Saturday market. I am going to pass on this one.')},
    {name: 'an apology in advance: "I apologise in advance for disappointing you"', text: letter('Thank you for the offer. I am sorry to be writing with this news, and I apologise in advance for disappointing you. I have decided to decline the offer.')},
    {name: 'the writer leaving the reader waiting: "I do not want to leave the shop waiting for me with no clear date"', text: letter('I have decided to rescind my acceptance. My residence permit will not be ready before the start date, and I do not want to leave the shop waiting for me with no clear date.')},
    {name: 'a fault denied: "the interview was anything but rushed"', text: letter('I have decided to decline. My answer has nothing to do with the parish: the interview was anything but rushed.')},
    {name: 'a security trade\'s things: "false alarm call-outs have declined", "the detention officers"', text: letter('I have decided to decline. It was fascinating to hear how false alarm call-outs have declined since you moved to video verification. I learned a lot from watching how the detention officers handle the booking-in desk.')},
    {name: 'work named by who does it: "The work your team does on violent crime"', text: letter('I have decided to withdraw. The work your team does on violent crime is what drew me to the post.')},
    {name: 'what waste services handle: "hazardous waste roles", "illegal dumping"', text: letter('I have decided to withdraw. I admire your work against illegal dumping, and I would be glad to be considered for hazardous waste roles in future.')},
    {name: 'what bereavement work follows: "how the team supports families after a death"', text: letter('I have decided to decline the offer. Hearing how the team supports families in the first hours after a death was a privilege.')},
    {name: 'a stonemason\'s work: "halfway through the war memorial restoration"', text: letter('I must withdraw, as I would regret it if I left the stonemasons\' workshop where I work halfway through the war memorial restoration.')},
    {name: 'a trade\'s things: "the barrier facility", "one shared defect log", "the Daund crew lobby"', text: letter('I have decided to decline. I appreciated the tour of the barrier facility, the shared defect log and the training at the Daund crew lobby.')},
    {name: 'sympathy for a mishap: "I was so sorry to read about the freezer failure last weekend"', text: letter('I have decided to decline the offer. I was so sorry to read in your email about the freezer failure last weekend.')},
    {name: 'an interpreter\'s fields: "the difference between criminal and youth chamber work"', text: letter('I have decided to decline. I appreciated the time you took to walk me through the difference between criminal and youth chamber work.')},
    {name: 'hearings named by what they are about: "the domestic violence and child abuse hearings at the criminal court"', text: letter('I have decided to decline. Thank you for explaining that the role covers the oncology consultations and the domestic violence and child abuse hearings at the criminal court.')},
    {name: 'what the people served have survived: "people who have survived trauma and torture"', text: letter('I must decline, as I will interpret at appeal hearings, often for people who have survived trauma and torture.')},
    {name: 'a field of work: "your tailings dam failure risk assessments"', text: letter('I enjoyed our conversation about your tailings dam failure risk assessments. I have decided to withdraw my application.')},
    {name: 'a plural tagged as a verb: "the team\'s work on killer defects"', text: letter("Your description of the team's work on killer defects, blind vias in the substrate and the dummy wafers used to season the chambers made the role sound like a good match. I have decided to decline the offer.")},
    {name: 'the writer\'s own news: "My visa application for New Zealand has been refused"', text: letter('I have decided to decline the offer. My visa application for New Zealand has been refused, and there is no way to resolve it in time.')},
    {name: 'a second field after "and on": "your work on side-impact dummies and on pedestrian injury after collisions"', text: letter('Your work on side-impact dummies and on pedestrian injury after collisions with SUVs is impressive. I have decided to decline the interview.')},
    {name: 'social work named by what it handles: "how your team handles child abuse referrals"', text: letter('Seeing how your team handles child abuse referrals taught me a great deal. I have decided to decline the offer.')},
    {name: 'a genre: "your 8-episode crime series"', text: letter('Thank you for inviting me to interview for the assistant editor position on your 8-episode crime series. I have decided to decline the interview.')},
    {name: 'lights switched off: "the way you kill the lights on the cut to the cellar stayed with me"', text: letter('The way you kill the lights on the cut to the cellar stayed with me for days. I have decided to decline the interview.')},
    {name: 'the job the writer took: "I have accepted a job ..., with a brutal schedule of night shoots"', text: letter('I have decided to decline the interview. I have accepted a job as art director on a war drama shooting in Sardinia, with a brutal schedule of night shoots that I have already agreed to.')},
    {name: 'the writer\'s own disappointment: "I am disappointed in myself for not starting the permit process earlier"', text: letter('I must decline the offer. I am disappointed in myself for not starting the permit process earlier.')},
    {name: 'a market term: "the decline in speculative office starts in Kraków"', text: letter('I must decline the offer. Your recent note on the decline in speculative office starts in Kraków was a good read.')},
    {name: 'a booth at a fair: "It was lovely to meet you at your stall last Saturday"', text: letter('It was lovely to meet you at your stall last Saturday. I have decided to withdraw my application.')},
    {name: 'whom the work serves: "the work your supporter care team does with bereaved families"', text: letter('I was glad to learn about the work your supporter care team does with bereaved families. I have decided to withdraw my application.')},
    {name: 'whom the work serves: "your programme for abused and neglected children", "homeless young people"', text: letter('I admired your programme for abused and neglected children and your work with homeless young people. I have decided to withdraw my application.')},
    {name: 'what the writer specialises in: "a role that lets me specialise in paediatric sports injuries"', text: letter('I have decided to decline the offer. I have accepted a role that lets me specialise in paediatric sports injuries.')},
    {name: 'an apology repeated: "I apologise again for upsetting your interview schedule"', text: letter('I will not be attending on Tuesday. Apologies for the inconvenience, and I apologise again for upsetting your interview schedule.')},
    {name: 'a committee that runs something does not interview: "I already sit on the audit committee, and the timing there has fallen into place"', text: letter('I must decline. I have accepted a post with a charity where I already sit on the audit committee, and the timing there has fallen into place.')},
    {name: 'the writer\'s scruple towards a committee: "it would be unfair to the committee, and to the other candidates"', text: letter('I must withdraw. I also felt it would be unfair to the committee, and to the other candidates, to take up a place on the shortlist.')},
    {name: 'a system named by what it handles: "the new alarm management system"', text: letter('I have decided not to go on the secondment. The commissioning of the new alarm management system runs until the end of the year.')},
    {name: 'doubts about the writer\'s own part: "serious doubts about how I would manage the commute"', text: letter('I must withdraw. I had serious doubts about how I would manage the commute.')},
    {name: 'a move the writer cannot justify: "that makes a move to Crete hard to justify for my family"', text: letter('I must decline the offer. My current employer has matched it, and that makes a move to Crete hard to justify for my family.')},
    {name: 'what a task is on: "The problem statement on fraud scoring was a pleasure to work through"', text: letter('Thank you for the onsite interview. The problem statement on fraud scoring was a pleasure to work through. I must withdraw.')},
    {name: 'two subjects of research joined: "published research on mule accounts and payment scams"', text: letter("Thank you for the interview. Your team's published research on mule accounts and payment scams is work I have followed closely. I must withdraw.")},
    {name: 'criminal law as a field: "a set that specialises in criminal work"', text: letter('I must decline. I have recently been offered pupillage at a set that specialises in criminal work.')},
    {name: 'criminal law as a field: "the court clerk position in the criminal listings office"', text: letter('Thank you for inviting me to the second round of interviews for the court clerk position in the criminal listings office. I must withdraw.')},
    {name: 'two fields joined before "work": "the disputes and prison law work I did as a trainee"', text: letter('I must withdraw. I have accepted a post which will let me build on the disputes and prison law work I did as a trainee.')},
    {name: 'two fields joined, two words a side: "the domestic violence and child abuse unit"', text: letter("Thank you for inviting me to interview for the solicitor position in the domestic violence and child abuse unit at the Legal Aid Board's law centre. I must withdraw.")},
    {name: 'a denial made stronger: "the first-round panel was not in the least intimidating"', text: letter('I must withdraw. The first-round panel was not in the least intimidating, and the process felt fair.')},
    {name: 'a denial that ends nothing: "The role, sadly, is not the right fit for me"', text: letter('I loved meeting the team. The role, sadly, is not the right fit for me, so I must decline.')},
    {name: 'a software fault filed: "your QA team\'s habit of filing every crash and kill-cam bug"', text: letter("Thank you for the interview. Your QA team's habit of filing every crash and kill-cam bug with a replay attached struck me as a great idea. I must decline.")},
    {name: 'care by its kind: "your study of functional decline in older adults after emergency admission"', text: letter('Thank you for offering me the Research Nurse post on your study of functional decline in older adults after emergency admission. I must decline.')},
    {name: 'a thing named by what it is for: "a provincial disaster management programme"', text: letter('I must withdraw. I have been offered the chance to act as spokesperson for a provincial disaster management programme this year.')},
    {name: 'what the writer enjoys: "... a brutal death ... is exactly the kind of tension I enjoy designing"', text: letter('I loved the prototype you showed me: the way a single bad dodge leads to a brutal death, and how the enemies punish careless players, is exactly the kind of tension I enjoy designing. I must decline.')},
    {name: 'a hall: "it was a pleasure to see the hotel\'s new lobby"', text: letter("Thank you for the interview. It was a pleasure to see the hotel's new lobby. I must decline.")},
    {name: 'a drill by what it is for: "The safety and emergency procedures day was the best part"', text: letter('Thank you for the offer. The safety and emergency procedures day was the best part of the whole process. I must decline.')},
    {name: 'a denial across words: "the take-home was never anything like a waste of my time"', text: letter('I have decided to withdraw. I did not find the process disorganised, and the take-home was never anything like a waste of my time.')},
    {name: 'praise that outweighs: "the muddy but brilliant trial day on the heath"', text: letter('Thanks so much for the offer, and for the muddy but brilliant trial day on the heath! I must decline.')},
    {name: 'work on a subject: "your team\'s work on reducing wrongly declined card payments"', text: letter("Your team's work on reducing wrongly declined card payments is exactly the kind of work I admire. I must decline.")},
    {name: 'the writer\'s own project: "my master\'s project on hazardous waste sites"', text: letter("I must decline, as I have accepted a post which builds on my master's project on hazardous waste sites.")},
    {name: 'the writer\'s scruple: "it would be unfair to accept and then not give it my whole attention"', text: letter('I have decided to decline your offer. The role is a wonderful one, and I am sure it will suit someone who is ready to commit to it fully. I felt it would be unfair to accept and then not give it my whole attention while I settle into the new responsibilities at my current gym.')},
    {name: 'legal work by its subject: "your domestic abuse protection order work"', text: letter('Thank you for the interview. I found the material on your domestic abuse protection order work especially interesting. I must withdraw.')},
    {name: 'a short course: "the latte-art crash course during my trial shift"', text: letter('Thanks so much for the barista offer, and for the latte-art crash course during my trial shift. I must decline.')},
    {name: 'what the writer is left unable to do: "medication that leaves me too tired for the early shifts"', text: letter('I have decided to decline the offer. I am still on a course of medication that leaves me too tired for the early shifts the post requires.')},
    {name: 'sympathy: "so sorry to hear about the freezer failure"', text: letter('Thank you for the offer. I was so sorry to hear about the freezer failure that cost the lab a year of samples. I must decline.')},
    {name: 'a freedom given: "for letting me loose on the new scanner"', text: letter('Thanks a million for the offer, and for letting me loose on the new scanner during the trial day. I must decline.')},
    {
      name: 'a lease broken after talk of the current job: "moving before autumn would mean ... paying a penalty"',
      text: letter('I must decline. I had expected to leave my current studio after the launch. On top of this, my partner and I have signed a new lease, and moving before autumn would mean breaking it and paying a penalty.')
    },
    {name: 'the writer\'s own experience: "the slipped disc I suffered in June"', text: letter('I must decline. My doctor has told me that the slipped disc I suffered in June needs more physiotherapy before I can do field work again.')},
    {name: 'the writer\'s own doing: "Sorry for the inconvenience of losing a shearer this late"', text: letter('I must decline. Sorry for the inconvenience of losing a shearer this late in the planning.')},
    {name: 'unfair on the people the writer would let down: "It wouldn\'t be fair on the young people"', text: letter("I must decline. It wouldn't be fair on the young people to start with them now and hand them over after a few weeks.")},
    {name: 'a double negation: "nothing about the process was anything other than professional"', text: letter('I have decided to decline. This is no reflection on you: nothing about the process was anything other than professional.')},
    {name: 'what a post is for: "the link nurse role for infection control"', text: letter('I must withdraw. She has offered me the link nurse role for infection control, which I have wanted for some time.')},
    {name: 'a list named by its field: "observing the trauma lists"', text: letter('I must decline. Thank you for the chance to spend a morning in the CT department observing the trauma lists.')},
    {name: 'the writer\'s own answer: "Sorry if this is a disappointing answer after the effort you put into your note"', text: letter("I'm going to pass on this one. Sorry if this is a disappointing answer after the effort you put into your note.")},
    {name: 'a field of research: "your team\'s published research on payment scams"', text: letter("I must decline. I will keep following your team's published research on payment scams.")},
    {name: '"it would be unreasonable to ask you to wait" is the writer\'s courtesy', text: letter('I must decline. It would be unreasonable to ask you to hold the post open for me.')},
    {name: 'unfair on the people the writer would let down: "that would not be fair on them"', text: letter('I have decided to decline. The commute would leave me arriving late for your students more often than not, and that would not be fair on them.')},
    {name: 'two fields joined: "the disputes and claims team"', text: letter('I must decline. I have accepted a position with the disputes and claims team of a shipping firm in Oslo.')},
    {name: 'two fields joined: "the complaints and resolutions team"', text: letter('I must decline. I have accepted a post on the complaints and resolutions team at the housing association where I already work.')},
    {name: 'the pay said to reflect the market: "I am sure the package reflects the market"', text: letter("I've decided to decline. I am sure the package reflects the market.")},
    {name: 'a busy time at the current job: "Things at my current job have been insane since ..."', text: letter("I've decided to withdraw. Things at my current job have been insane since the fall outage season started.")},
    {name: 'a sum that is no rate of pay: "My savings of $2,000 were a joke after the move"', text: letter('I must decline. My savings of $2,000 were a joke after the move.')},
    {name: 'a group named by its field: "the commercial disputes group"', text: letter('I was glad to speak with you about the commercial disputes group. I must decline.')},
    {name: 'a project named by its field: "the fatigue testing project"', text: letter('I apologise for any inconvenience to the planning of the fatigue testing project. I must decline.')},
    {name: 'a pathway named by its field: "the trauma pathway"', text: letter('The description of the trauma pathway was exactly the kind of work I hoped to do. I must decline.')},
    {name: 'a workplace named as a place: "the Resettlement Worker post at the prison"', text: letter('Thank you for offering me the Resettlement Worker post at the prison. I have decided to decline it.')},
    {name: 'the writer\'s own "no idea": "I have no idea how to thank you"', text: letter('I have no idea how to thank you for your patience. I must decline.')},
    {name: 'a registry named by its field: "our heart failure registry"', text: letter('I must decline. I have been asked to stay on in my current unit to see our heart failure registry through its final year.')},
    {name: 'what the work is about: "contaminated sediment remediation"', text: letter('I must decline. The unit\'s work on contaminated sediment remediation is exactly the field I hope to stay in.')},
    {name: 'a busy time: "This autumn has been crazy at work"', text: letter("Thank you for the offer. This autumn has been crazy at work, and it has helped me get clear on what I want. I've decided to decline.")},
    {name: 'a name in bold: "the **Bright Futures** graduate scheme"', text: letter('Thank you for inviting me to the assessment centre for the **Bright Futures** graduate scheme. I must withdraw.'), filePath: 'draft.md'},
    {name: 'a service named by its field: "the Support Worker post at the crisis house"', text: letter('Thank you for inviting me to interview for the Support Worker post at the crisis house. I must withdraw.')},
    {name: 'a post named by its field: "the trauma nurse coordinator role"', text: letter('I must withdraw. I was recently asked to take on the trauma nurse coordinator role here in Wollongong.')},
    {name: '"sorry if this makes the succession plan ... a bit more awkward" is the writer\'s doing', text: letter('Thank you for the offer. I must decline, and I am sorry if this makes the succession plan for the team a bit more awkward.')},
    {name: 'a role: "an outside critic for its design reviews"', text: letter('I must decline. P.S. I would be glad to help if the practice ever needs an outside critic for its design reviews.')},
    {name: '"not something I could do with a clear head" is the writer\'s own mind', text: letter('Thank you for the offer. I have decided to decline; walking away from the rebrand now is not something I could do with a clear head.')},
    {name: '"Please excuse that I interrupt your selection process" is the writer\'s own doing', text: letter('Thank you for the invitation. I must withdraw. Please excuse that I interrupt your selection process with this news.')},
    {name: 'a vet\'s female dog: "the bitch spay"', text: letter('Thank you for the working interview. I must decline. P.S. Please thank Ishbel for letting me assist with the bitch spay.')},
    {name: '"It felt unfair to keep going through your process" is the writer\'s conscience', text: letter("Thank you for the call. It felt unfair to keep going through your process while I was mostly convinced I'd be staying, so I must withdraw.")},
    {name: 'a service named by its field, a plural tagged as a verb: "the community eating disorders service"', text: letter('Further to your email offering me the post in the community eating disorders service, thank you for the offer. I must decline.')},
    {name: 'a step the writer lists as taken: "- destroyed the temporary building pass"', text: letter('I must withdraw. I have already:\n\n- returned the laptop to the office;\n- destroyed the temporary building pass;\n- signed the withdrawal form.'), filePath: 'draft.md'},
    {name: '"would not be fair on either the store or me" is the writer\'s courtesy', text: letter('Thank you for the offer. I must decline: the daily journey to Perth would not be fair on either the store or me.')},
    {name: '"a good while" is a time', text: letter("Thank you for the offer. I must decline: I'm not planning to move for a good while.")},
    {name: '"could not have asked for a more respectful process" is praise', text: letter('Thank you for the invitation. I could not have asked for a more respectful or well-run process. I must withdraw.')},
    {name: '"nobody could have been more generous" is praise', text: letter('Thank you for the offer. Nobody could have been more generous with their time. I must decline.')},
    {name: 'a field: "the financial crime area"', text: letter('I must decline. I would be delighted to hear from you about future roles in the financial crime area.')},
    {name: '"a disappointing turn" is the writer\'s news', text: letter('I must decline. I realise this is a disappointing turn after all the effort your team put in.')},
    {name: 'sympathy for illness on the panel', text: letter('Thank you for the invitation. I was sorry to hear about the illness on the panel. I must withdraw.')},
    {name: '"the same can be said for the pay" is more praise', text: letter('Thank you for the offer. The team was wonderful, and the same can be said for the pay. I must decline.')},
    {name: 'events the work is about: "the outage schedule", "the last outbreak"', text: letter('Thank you for the offer. The panel explained the outage schedule clearly, and I respect the work your team did during the last outbreak. I must decline.')},
    {name: '"to be honest" after a negation is a way of speaking', text: letter("Thank you for the message. The timing isn't right for me to be honest, so I'm turning this one down: I'm six months into my current role.")},
    {name: '"if you are ever stuck" is short of hands', text: letter("Thank you for the offer. I must decline, but I'd be happy to cover the odd shift if you are ever stuck.")},
    {name: '"nothing is left outstanding" is unresolved, not praise denied', text: letter('Thank you for the offer. So that nothing is left outstanding, I have returned the paperwork. I must decline.')},
    {name: 'sympathy for "the storm damage at your office"', text: letter('Thank you for the invitation. I was sorry to hear about the storm damage at your Galveston office. I must withdraw.')},
    {name: 'a line named by its field: "the complaints line"', text: letter('Thanks so much for putting me forward for the Team Leader secondment on the complaints line. I must decline.')},
    {name: 'a cost the writer understands: "limited and costly to run"', text: letter('Thank you for the place. I realise the assessment places are limited and costly to run, and I must withdraw.')},
    {name: 'what the writer would give: "give you a poor service"', text: letter("Thank you for asking us to quote. I wouldn't want to stretch the team and give you a poor service, so I must decline.")},
    {name: 'the writer\'s health: "signed off work with anxiety"', text: letter('Thank you for the offer. I was signed off work with anxiety in October, so I must decline.')},
    {name: 'a line of work named by its field: "fraud detection"', text: letter("Thank you for the offer. The way you described the team's work on fraud detection was genuinely interesting. I must decline.")},
    {name: 'praise in a double negation: "anything less than fair"', text: letter("Thank you for the offer. I didn't find a single part of the process anything less than fair. I must decline.")},
    {name: 'the writer "missing out" is the writer\'s loss', text: letter("Thank you for the offer. I must decline, and I'm heartbroken to be missing out on working with you all.")},
    {name: '"stuck with me for days" is memorable', text: letter('Thank you for the offer. The way you described the programme stuck with me for days. I must decline.')},
    {name: '"I\'ve felt miserable about it" is the writer', text: letter("Thank you for the offer. I've felt miserable about it all weekend, but I must decline and stay in my current role.")},
    {name: 'a lab and a post named by their field', text: letter('Thank you for the tour of the fatigue lab and for meeting your head of financial crime last week. I must decline.')},
    {name: '"saying no" is the word, not a negation', text: letter('Thank you for the offer. I must decline, and I feel awful saying no after you were so generous with your time.')},
    {name: 'departments named by their field', text: letter("Thank you for the offer from the children's disability team, and for the tour of the emergency department. I must decline.")},
    {name: '"contentious" work in its legal sense', text: letter('Thank you for explaining how the team divides its contentious and advisory work. I must withdraw.')},
    {name: '"a nervous RAF leaver" is the writer', text: letter('Thank you to the panel, who put a nervous RAF leaver at ease. I must decline.')},
    {name: '"loose ends" are tidied, not blamed', text: letter('Thank you for the offer. I must decline; to save your team any loose ends, I have returned the pack.')},
    {name: '"the odd shift" is an occasional one', text: letter('Thank you for the offer. I must decline, but I could do the odd shift if you ever need cover.')},
    {name: '"refuse" is rubbish in a service\'s name', text: letter('Thank you for inviting me to interview for your refuse and recycling service. I must withdraw.')},
    {name: '"it wouldn\'t be fair to take up the panel\'s time" is the writer\'s courtesy', text: letter("Thank you for the invitation. I must withdraw: it wouldn't be fair to take up the panel's time.")},
    {name: 'sympathy for a fire at their branch', text: letter('Thank you for the offer. I must decline. I was sorry to hear about the fire at the Briggate branch.')},
    {name: '"Sorry to mess you about" is the writer\'s own doing', text: letter('Thank you for the offer. I must decline. Sorry to mess you about.')},
    {name: '"any bother" is an apology\'s trouble', text: letter('Thank you for the offer. I must decline. Sorry if that causes any bother with the client.')},
    {name: '"a crazy couple of weeks" sizes up the time', text: letter('Thank you for the offer. It has been a crazy couple of weeks. I must decline.')},
    {name: '"in good conscience" is an idiom, however far the negation', text: letter('Thank you for the offer. I must decline: I do not feel I could leave partway through that work in good conscience.')},
    {name: '"timing alone" means only', text: letter('Thank you for the offer. I must decline. This is a decision about timing alone.')},
    {name: '"I\'ve never been good at" is about the writer', text: letter("Thank you for the offer. I've never been good at writing thank-you emails, so briefly: I must decline.")},
    {name: 'a start date that would clash with a notice period', text: letter('Thank you for the offer. I must decline, as the start date would clash with my notice period.')},
    {name: '"I was a nervous wreck in the first round" is about the writer', text: letter('Thank you for the offer. I was a nervous wreck in the first round, so I appreciated how kind everyone was. I must decline.')},
    {name: '"lol" after a negation is laughter, not denied praise', text: letter("Thank you for the offer. Never thought I'd be the one turning down an offer lol. I must decline.")},
    {name: 'sorry for any disruption to your schedule', text: letter('Thank you for the offer. I must decline, and I am sorry for any disruption this may cause to your schedule.')},
    {name: 'a design critique that was a highlight', text: letter('Thank you for the offer. The design critique was a highlight of the process. I must decline.')},
    {name: 'the writer "felt like crap" is about the writer', text: letter('Thank you for the offer. Honestly, I felt like crap having to make this call. I must decline.')},
    {name: '"an insane amount of care" is praise', text: letter('Thank you for the offer. I was blown away by the insane amount of care your team puts into every piece. I must decline.')},
    {name: '"would you mind terribly if" is courtesy', text: letter('Thank you for the invitation. Would you mind terribly if I didn\'t come to the second interview? I must decline.')},
    {name: 'a neutral reason', text: letter("Thank you for the offer. The role isn't the right fit for my goals at this time, so I must decline.")},
    {name: 'another offer accepted', text: letter('Thank you for the invitation. I have accepted another offer and must withdraw.')},
    {name: "the writer's own feelings", text: letter("Thank you for the invitation. I'm disappointed I can't make it, and I'm sad to miss meeting the team.")},
    {name: 'negated negatives', text: letter("This is no reflection on your team. It is not a bad offer at all, and I'm not unhappy with it; I have simply chosen another role.")},
    {name: 'polite words', text: letter('Unfortunately, I regret that I must decline the interview. I am sorry for any inconvenience.')},
    {name: '"decline" in another sense', text: letter('I read that your sales declined last year, but that played no part in my decision to withdraw.')},
    {name: 'praise negated only in form', text: letter("I've heard nothing but good things about your team, and I couldn't be more impressed with the panel.")},
    {name: 'a scheduling conflict and a hard decision', text: letter('I have a scheduling conflict with the interview on Thursday. It was a tough call, but I must withdraw.')},
    {name: 'the match, not the recipient', text: letter("I'd be a poor fit for the team, and it's the wrong time for me to make a move.")},
    {name: "the writer's current employer, neutrally", text: letter('My current employer has offered me a promotion, which I have decided to accept, so I must decline.')},
    {name: 'the current employer, then praise of the recipient', text: letter('My current team has asked me to stay. Your team was wonderful, but I must decline.')},
    {name: 'a negated negation is praise: "never less than professional"', text: letter('The process was never less than professional. I must decline.')},
    {name: 'emphasis on what the writer was is no sarcasm', text: letter('Thank you for the offer. I have to say I was *thrilled* to hear from you, but I must decline.')},
    {name: 'emphasis on what the writer felt is no sarcasm', text: letter('I *loved* meeting your team. I must decline the offer.')},
    {name: "someone else's words in quotes", text: letter('You warned me the first month would be "a bit chaotic", which I appreciated. I must decline.')},
    {name: 'a role named with a negative word', text: letter('Thank you for offering me the Risk Analyst position. I must decline.')}
  ],
  invalid
})

describe('negative-remarks suggestions', () => {
  it('drop the sting and keep the praise', () => {
    const text = letter('Thank you for the offer. The team seemed lovely, unlike the pay.')
    const [message] = lintWith('negative-remarks', {name: 'sting', text})
    const [drop, neutral] = message.suggestions!
    expect(text.slice(0, drop.fix.range[0]) + drop.fix.text + text.slice(drop.fix.range[1])).toBe(letter('Thank you for the offer. The team seemed lovely.'))
    expect(neutral.fix.text).toBe("The position isn't the right fit for my goals at this time.")
  })

  it('one clause with the decision and the remark: the reason after "cos" gives way, the decision stays', () => {
    const text = letter("Thanks for the offer. I've decided to turn it down and stay where I am, cos the shift pattern you sent over is a proper joke.")
    const [message] = lintWith('negative-remarks', {name: 'cos', text})
    const fixed = message.suggestions!.map(({fix}) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]))
    expect(fixed).toEqual([
      letter("Thanks for the offer. I've decided to turn it down and stay where I am."),
      letter("Thanks for the offer. I've decided to turn it down and stay where I am, cos the position isn't the right fit for my goals at this time.")
    ])
  })

  it('after "as", the remark goes or the neutral reason takes its place; the decision stays', () => {
    const text = letter('I must withdraw, as the recruiter was rude.')
    const [message] = lintWith('negative-remarks', {name: 'as', text})
    const fixed = message.suggestions!.map(({fix}) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]))
    expect(fixed).toEqual([letter('I must withdraw.'), letter("I must withdraw, as the position isn't the right fit for my goals at this time.")])
  })

  it('beside the decision, only the remark gives way', () => {
    const text = letter('I have decided to decline it; honestly, I was not impressed by the team.')
    const [message] = lintWith('negative-remarks', {name: 'decision', text})
    const {fix} = message.suggestions!.at(-1)!
    expect(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1])).toBe(letter("I have decided to decline it; honestly, the position isn't the right fit for my goals at this time."))
  })

  it('every suggestion, applied, removes its finding and raises no new one', () => {
    for (const item of invalid) {
      const messages = lintWith('negative-remarks', item)
      for (const message of messages) {
        for (const {fix} of message.suggestions ?? []) {
          const fixed = item.text.slice(0, fix.range[0]) + fix.text + item.text.slice(fix.range[1])
          const others = messages.filter((other) => other !== message).map((other) => other.actual)
          const after = lintWith('negative-remarks', {...item, text: fixed}).map((other) => other.actual)
          expect(after.every((actual) => others.includes(actual)), `${item.name}: ${fix.text}`).toBe(true)
        }
      }
    }
  })
})

describe('negative-remarks data', () => {
  it('has no duplicate entries', () => {
    const lists = {workplaceNegatives, unnamedBlame, ...contrastStings, situationWords, aimedFeelings, matchNouns}
    for (const [name, list] of Object.entries(lists)) expect(new Set(list).size, name).toBe(list.length)
  })

  it('has patterns that find their own words as the tokenizer splits them', () => {
    expectPatternsMatchThemselves([...workplaceNegatives, ...unnamedBlame, ...Object.values(contrastStings).flat()])
  })
})
