import {letter, testRule} from '../helpers/rule-tester.js'

testRule('gratitude', {
  valid: [
    {name: 'sincere thanks "for the carefully prepared contract", with nothing said to belie them', text: letter('Thank you for the carefully prepared contract. I have decided to decline the offer.')},
    {name: 'sincere thanks "for the wonderfully organised trial shift", with nothing said to belie them', text: letter('Thank you so much for the wonderfully organised trial shift on Sunday. I have decided to decline the offer.')},
    {name: 'sincere thanks "for that quiet spell to think the offer over"', text: letter('Thank you for that quiet spell to think the offer over. I have decided to decline it.')},
    {name: 'sincere thanks beside a plain note of silence stay thanks: "I have heard nothing since"', text: letter('Thank you for interviewing me on 3 March; I have heard nothing since, so I am writing to withdraw my application.')},
    {name: 'sincere thanks "for the wonderful two weeks" of a placement, with nothing said to belie them', text: letter('Many thanks for the wonderful two weeks of my placement with your team; they taught me a great deal. I have decided to decline the offer.')},
    {name: 'thanks for updates that came: "Thank you for the steady stream of updates; they helped me plan"', text: letter('Thank you for the steady stream of updates since my interview; they helped me plan. I have decided to withdraw.')},
    {name: 'thanks for news with a reply expected from someone else: "I am sure a reply from the board is on its way"', text: letter('Thank you for keeping me informed. I am sure a reply from the board is on its way, and I have decided to withdraw.')},
    {name: '"Thank you for keeping me in the loop" is sincere', text: letter('Thank you for keeping me in the loop. I must decline the offer.')},
    {name: '"Thank you for the prompt follow-up" with no complaint after it is thanks', text: letter('Thank you so much for the prompt follow-up after my interview. I am still waiting for a decision on another role, so I must withdraw.')},
    {name: '"Thank you for keeping me so well informed" with no complaint after it is thanks', text: letter('Thank you so much for keeping me so well informed since my interview. I have decided to decline.')},
    {name: '"I appreciate that the visit was arranged so quickly" thanks', text: letter('I must decline. I appreciate that the visit was arranged so quickly.')},
    {name: '"I appreciate that you took the time to meet me" thanks', text: letter('I must decline. I appreciate that you took the time to meet me.')},
    {name: '"I want to begin by thanking you"', text: letter('I want to begin by thanking you for your care. I must decline the offer.')},
    {name: 'text-speak thanks still thank', text: letter('thx for sending the contract over. I must decline the offer.')},
    {name: '"I appreciate that you..." thanks', text: letter('I appreciate that you made time for me. I must decline the offer.')},
    {name: 'thanks for keeping in touch are sincere, not sarcasm', text: letter('Thank you for keeping in touch throughout the process. I must decline the offer.')},
    {name: 'thank you', text: letter('Thank you for the invitation. I must decline the interview.')},
    {name: 'appreciate', text: letter('I must decline the interview. I appreciate your time.')},
    {name: 'grateful', text: letter('I am grateful for the offer, but I have decided to decline it.')},
    {name: 'many thanks', text: letter('Many thanks for considering me. I will not be moving forward.')},
    {name: 'it was a pleasure', text: letter('It was a pleasure to speak with you. I must withdraw my application.')}
  ],
  invalid: [
    {
      name: 'gratitude "for the carefully prepared contract" belied by "arrived three weeks after the promised date"',
      text: letter('I am so grateful for the carefully prepared contract, which arrived three weeks after the promised date. I have decided to decline the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"grateful for the carefully prepared" reads as sarcasm/, line: 3, column: 9}],
      output: letter('Thank you for offering me the position. I am so grateful for the carefully prepared contract, which arrived three weeks after the promised date. I have decided to decline the offer.')
    },
    {
      name: '"Thank you for the rare privilege of memorising the timetable" belied by "an interviewer who never came"',
      text: letter('Thank you for the rare privilege of memorising the station timetable while I waited for an interviewer who never came. I have decided to withdraw my application.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"Thank you for the rare privilege of memorising" reads as sarcasm/, line: 3, column: 1}],
      output: letter('Thank you for inviting me to interview for the position. Thank you for the rare privilege of memorising the station timetable while I waited for an interviewer who never came. I have decided to withdraw my application.')
    },
    {
      name: '"Many thanks for the riveting six weeks" belied by "the only message to reach me"',
      text: letter('Many thanks for the riveting six weeks since my second interview, in which the only message to reach me was an automated survey. I have decided to withdraw my application.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"thanks for the riveting six weeks" reads as sarcasm/, line: 3, column: 6}],
      output: letter('Thank you for inviting me to interview for the position. Many thanks for the riveting six weeks since my second interview, in which the only message to reach me was an automated survey. I have decided to withdraw my application.')
    },
    {
      name: '"I appreciate that losing a builder ... puts you in a bind" understands, it does not thank',
      text: letter('I appreciate that losing a builder right before the spring orders puts you in a bind. I have decided to withdraw my application.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I appreciate that losing a builder right before the spring orders puts you in a bind. I have decided to withdraw my application.')
    },
    {
      name: '"I appreciate that the new lettuce line opens next month" understands, it does not thank',
      text: letter('I am writing to rescind my acceptance. I appreciate that the new lettuce line in Kameoka opens next month.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I am writing to rescind my acceptance. I appreciate that the new lettuce line in Kameoka opens next month.')
    },
    {
      name: '"I appreciate that the summer holidays are your busiest weeks" understands, it does not thank',
      text: letter('I appreciate that the summer holidays are your busiest weeks. I have decided to decline the offer of the Cinema Assistant position.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the Cinema Assistant position. I appreciate that the summer holidays are your busiest weeks. I have decided to decline the offer of the Cinema Assistant position.')
    },
    {
      name: 'thanks "for the wonderfully organised trial shift" belied by "waiting for someone to remember I was there"',
      text: letter('Thank you so much for the wonderfully organised trial shift on Sunday. I especially enjoyed the two hours I spent at the gate waiting for someone to remember I was there. I have decided to decline the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"Thank you so much for the wonderfully organised" reads as sarcasm/, line: 3, column: 1}],
      output: letter('Thank you for offering me the position. Thank you so much for the wonderfully organised trial shift on Sunday. I especially enjoyed the two hours I spent at the gate waiting for someone to remember I was there. I have decided to decline the offer.')
    },
    {
      name: 'gratitude for "the steady flow of news" belied by "there haven\'t been any"',
      text: letter('I\'m so grateful for the steady flow of news since my second interview; I\'ve kept every update, since there haven\'t been any. I am withdrawing my application.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"grateful for the steady flow of news" reads as sarcasm/, line: 3, column: 8}],
      output: letter('Thank you for inviting me to interview for the position. I\'m so grateful for the steady flow of news since my second interview; I\'ve kept every update, since there haven\'t been any. I am withdrawing my application.')
    },
    {
      name: '"Thank you for that quiet spell" belied by "an inbox could lie so perfectly still"',
      text: letter('I am withdrawing my application. Thank you for that quiet spell; I had no idea an inbox could lie so perfectly still.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"Thank you for that quiet spell" reads as sarcasm/, line: 3, column: 34}],
      output: letter('Thank you for considering me for the position. I am withdrawing my application. Thank you for that quiet spell; I had no idea an inbox could lie so perfectly still.')
    },
    {
      name: 'thanks "for the enthralling eight weeks" belied by "my inbox stayed perfectly, beautifully empty"',
      text: letter('Many thanks for the enthralling eight weeks since my second-round interview, during which my inbox stayed perfectly, beautifully empty despite two polite follow-ups. I have decided to withdraw my application.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"thanks for the enthralling eight weeks" reads as sarcasm/, line: 3, column: 6}],
      output: letter('Thank you for inviting me to interview for the position. Many thanks for the enthralling eight weeks since my second-round interview, during which my inbox stayed perfectly, beautifully empty despite two polite follow-ups. I have decided to withdraw my application.')
    },
    {
      name: '"I appreciate that the club championships in March leave you very little time" understands, it does not thank',
      text: letter('I appreciate that the club championships in March leave you very little time to find a head coach. I have decided to decline the offer of the Head Swim Coach position.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the Head Swim Coach position. I appreciate that the club championships in March leave you very little time to find a head coach. I have decided to decline the offer of the Head Swim Coach position.')
    },
    {
      name: 'thanks "for the thoughtful way your office kept me posted" belied by "not one returned"',
      text: letter('Thank you so much for the thoughtful way your office kept me posted after my final interview: three voicemails, not one returned in eight weeks. I have accepted a position elsewhere, so please withdraw my application.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"Thank you so much for the thoughtful way your office kept me posted" reads as sarcasm/, line: 3, column: 1}],
      output: letter('Thank you for inviting me to interview for the position. Thank you so much for the thoughtful way your office kept me posted after my final interview: three voicemails, not one returned in eight weeks. I have accepted a position elsewhere, so please withdraw my application.')
    },
    {
      name: 'thanks "for letting me refresh my inbox every morning for seven weeks"',
      text: letter('Thank you so much for letting me refresh my inbox every morning for seven weeks after my final interview; it has been a wonderful exercise in patience. I have decided to decline the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}, {reason: /^"Thank you so much for letting me refresh my inbox" reads as sarcasm/, line: 3, column: 1}],
      output: letter('Thank you for offering me the position. Thank you so much for letting me refresh my inbox every morning for seven weeks after my final interview; it has been a wonderful exercise in patience. I have decided to decline the offer.')
    },
    {
      name: '"I appreciate that being a hand short in January is the last thing the boat needs" understands, it does not thank',
      text: letter('I have decided not to take up the share-crew place. I appreciate that being a hand short in January is the last thing the boat needs, and I apologise for any trouble this causes.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I have decided not to take up the share-crew place. I appreciate that being a hand short in January is the last thing the boat needs, and I apologise for any trouble this causes.')
    },
    {
      name: 'thanks "for the generous gift of time" in which "not one of my emails received an answer"',
      text: letter('Thank you for the generous gift of time since my final interview: a month and a half in which not one of my emails received an answer. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you for the generous gift of time" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you for the generous gift of time since my final interview: a month and a half in which not one of my emails received an answer. I am withdrawing my application.')
    },
    {
      name: 'thanks "grateful, I suppose, for the six restful weeks of quiet"',
      text: letter('I\'m grateful, I suppose, for the six restful weeks of quiet since my second interview. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"grateful, I suppose, for the six restful weeks of quiet" reads as sarcasm/, line: 3, column: 5}
      ],
      output: letter('Thank you for inviting me to interview for the position. I\'m grateful, I suppose, for the six restful weeks of quiet since my second interview. I am withdrawing my application.')
    },
    {
      name: 'thanks "for making the month ... such a restful one: not a call, not an email"',
      text: letter('Thank you for making the month since my second interview such a restful one: not a call, not an email, not so much as an automated reply. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you for making the month since my second interview such a restful" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you for making the month since my second interview such a restful one: not a call, not an email, not so much as an automated reply. I am withdrawing my application.')
    },
    {
      name: 'thanks "for the seven weeks of perfectly uninterrupted quiet"',
      text: letter('Many thanks for the seven weeks of perfectly uninterrupted quiet since my final interview; my inbox has never felt so peaceful. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"thanks for the seven weeks of perfectly uninterrupted quiet" reads as sarcasm/, line: 3, column: 6}
      ],
      output: letter('Thank you for inviting me to interview for the position. Many thanks for the seven weeks of perfectly uninterrupted quiet since my final interview; my inbox has never felt so peaceful. I am withdrawing my application.')
    },
    {
      name: 'thanks "for the seven weeks of thoughtful silence"',
      text: letter('Many thanks for the seven weeks of thoughtful silence since my second interview; it gave me ample time to consider other options. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"thanks for the seven weeks of thoughtful silence" reads as sarcasm/, line: 3, column: 6}
      ],
      output: letter('Thank you for inviting me to interview for the position. Many thanks for the seven weeks of thoughtful silence since my second interview; it gave me ample time to consider other options. I am withdrawing my application.')
    },
    {
      name: 'thanks "ever so much for the six weeks of silence"',
      text: letter('Thank you ever so much for the six weeks of silence since my trial morning. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you ever so much for the six weeks of silence" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for considering me for the position. Thank you ever so much for the six weeks of silence since my trial morning. I am withdrawing my application.')
    },
    {
      name: '"I appreciate that losing a second surveyor ... will stretch the office" is understanding, not thanks',
      text: letter('I appreciate that losing a second surveyor in one quarter will stretch the Cardiff Bay office. I have decided to decline the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the position. I appreciate that losing a second surveyor in one quarter will stretch the Cardiff Bay office. I have decided to decline the offer.')
    },
    {
      name: '"I appreciate that the production office will now have to reopen the search" is understanding, not thanks',
      text: letter('I appreciate that the production office will now have to reopen the search. I have decided not to accept the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the position. I appreciate that the production office will now have to reopen the search. I have decided not to accept the offer.')
    },
    {
      name: 'thanks "for the steady stream of updates" belied by "I counted them ... and it did not take long"',
      text: letter('Thank you ever so much for the steady stream of updates since my second interview; I counted them at the end of the seventh week, and it did not take long. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you ever so much for the steady stream of updates" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you ever so much for the steady stream of updates since my second interview; I counted them at the end of the seventh week, and it did not take long. I am withdrawing my application.')
    },
    {
      name: 'thanks "for the beautifully quiet month and a half" belied by "not one of my three follow-up emails has been answered"',
      text: letter('Many thanks for the beautifully quiet month and a half since my second interview; not one of my three follow-up emails has been answered. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"thanks for the beautifully quiet month" reads as sarcasm/, line: 3, column: 6}
      ],
      output: letter('Thank you for inviting me to interview for the position. Many thanks for the beautifully quiet month and a half since my second interview; not one of my three follow-up emails has been answered. I am withdrawing my application.')
    },
    {
      name: 'thanks "for the riveting correspondence" belied by "not one email"',
      text: letter('Thank you ever so much for the riveting correspondence since my audition: eleven weeks, not one email. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you ever so much for the riveting correspondence" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for considering me for the position. Thank you ever so much for the riveting correspondence since my audition: eleven weeks, not one email. I am withdrawing my application.')
    },
    {
      name: 'thanks "for keeping me so well informed" belied by "I am sure a reply to my three follow-up emails is on its way"',
      text: letter('Thank you ever so much for keeping me so well informed since my interview in August. I am sure a reply to my three follow-up emails is on its way. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you ever so much for keeping me so well informed" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you ever so much for keeping me so well informed since my interview in August. I am sure a reply to my three follow-up emails is on its way. I am withdrawing my application.')
    },
    {
      name: '"I appreciate that the crush schedule was drawn up with my start date in mind" is understanding, not thanks',
      text: letter('I appreciate that the crush schedule was drawn up with my start date in mind. I have decided not to accept the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the position. I appreciate that the crush schedule was drawn up with my start date in mind. I have decided not to accept the offer.')
    },
    {
      name: 'thanks "for letting my three follow-up emails gather dust"',
      text: letter('Thanks ever so much for letting my three follow-up emails gather dust since the fitness test. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thanks ever so much for letting my three follow-up emails gather dust" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for considering me for the position. Thanks ever so much for letting my three follow-up emails gather dust since the fitness test. I am withdrawing my application.')
    },
    {
      name: 'thanks "for the speed of your HR team" belied by "no reply whatsoever"',
      text: letter('Thank you, truly, for the speed of your HR team, who got from my final interview in August to no reply whatsoever by October. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you, truly, for the speed of your" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you, truly, for the speed of your HR team, who got from my final interview in August to no reply whatsoever by October. I am withdrawing my application.')
    },
    {
      name: 'thanks for "the regular updates" belied by "each one as silent as the last"',
      text: letter('Thank you ever so much for the regular updates since my second interview. I have enjoyed all seven weeks of them, each one as silent as the last. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you ever so much for the regular updates" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you ever so much for the regular updates since my second interview. I have enjoyed all seven weeks of them, each one as silent as the last. I am withdrawing my application.')
    },
    {
      name: 'thanks in any wording, mocked in its sentence by counting nothing: "a grand total of zero replies"',
      text: letter('Thank you so much for your team\'s interest in me; I have cherished a grand total of zero replies to my three emails since the assessment. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for considering me for the position. Thank you so much for your team\'s interest in me; I have cherished a grand total of zero replies to my three emails since the assessment. I am withdrawing my application.')
    },
    {
      name: 'thanks for "detailed updates" belied by "every single one of the none that arrived"',
      text: letter('Thank you ever so much for the wonderfully detailed updates since my second interview; I have treasured every single one of the none that arrived. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you ever so much for the wonderfully detailed updates" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you ever so much for the wonderfully detailed updates since my second interview; I have treasured every single one of the none that arrived. I am withdrawing my application.')
    },
    {
      name: '"Many thanks for the six weeks of waiting by the phone" is sarcasm',
      text: letter('Many thanks for the six weeks of waiting by the phone that followed my second interview. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"thanks for the six weeks of waiting" reads as sarcasm/, line: 3, column: 6}
      ],
      output: letter('Thank you for inviting me to interview for the position. Many thanks for the six weeks of waiting by the phone that followed my second interview. I am withdrawing my application.')
    },
    {
      name: '"Thank you so much for the masterclass in patience" of a long silence is sarcasm',
      text: letter('Thank you so much for the masterclass in patience that the seven weeks since my second interview have been. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you so much for the masterclass in patience" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you so much for the masterclass in patience that the seven weeks since my second interview have been. I am withdrawing my application.')
    },
    {
      name: '"I appreciate that your team was hoping to have someone in place" grants a point and thanks no one',
      text: letter('I appreciate that your team was hoping to have someone in place before the year-end close. I have decided to decline the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the position. I appreciate that your team was hoping to have someone in place before the year-end close. I have decided to decline the offer.')
    },
    {
      name: '"Many thanks for the seven peaceful weeks" belied by "not hearing a single word" is sarcasm',
      text: letter('Many thanks for the seven peaceful weeks since my first interview; not hearing a single word from anyone has given me plenty of time to think. I must withdraw.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"thanks for the seven peaceful weeks" reads as sarcasm/, line: 3, column: 6}
      ],
      output: letter('Thank you for inviting me to interview for the position. Many thanks for the seven peaceful weeks since my first interview; not hearing a single word from anyone has given me plenty of time to think. I must withdraw.')
    },
    {
      name: '"Thank you so much for keeping me company with an empty inbox" is sarcasm',
      text: letter('Thank you so much for keeping me company with an empty inbox for the seven weeks since my campus visit. I am withdrawing my application.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you so much for keeping me company with an empty inbox" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for considering me for the position. Thank you so much for keeping me company with an empty inbox for the seven weeks since my campus visit. I am withdrawing my application.')
    },
    {
      name: '"Many thanks for keeping me so thoroughly in the loop" belied by "nobody answered a single one of my emails" is sarcasm',
      text: letter('Many thanks for keeping me so thoroughly in the loop after my final interview; I particularly enjoyed the two months in which nobody answered a single one of my emails. I am declining the offer.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"thanks for keeping me so thoroughly in the loop" reads as sarcasm/, line: 3, column: 6}
      ],
      output: letter('Thank you for offering me the position. Many thanks for keeping me so thoroughly in the loop after my final interview; I particularly enjoyed the two months in which nobody answered a single one of my emails. I am declining the offer.')
    },
    {
      name: 'thanks "for the wonderfully attentive follow-up" belied by "I am sure it will arrive one of these days"',
      text: letter('Thank you so much for the wonderfully attentive follow-up after my interview; I am sure it will arrive one of these days. I must withdraw.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you so much for the wonderfully attentive follow-up" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you so much for the wonderfully attentive follow-up after my interview; I am sure it will arrive one of these days. I must withdraw.')
    },
    {
      name: '"I appreciate that the ward committee had hoped ..." understands, and thanks no one',
      text: letter('I appreciate that the ward committee had hoped to have a community liaison officer in place before the consultation. I have decided to decline the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the position. I appreciate that the ward committee had hoped to have a community liaison officer in place before the consultation. I have decided to decline the offer.')
    },
    {
      name: 'thanks "for the prompt and attentive follow-up" belied by "I am still waiting for it"',
      text: letter('Thank you so much for the prompt and attentive follow-up after my final interview; I am still waiting for it. I must withdraw.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you so much for the prompt and attentive follow-up" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you so much for the prompt and attentive follow-up after my final interview; I am still waiting for it. I must withdraw.')
    },
    {
      name: 'thanks "for the lovely long wait" are sarcasm',
      text: letter('Thank you for the lovely long wait since my final interview. I must withdraw.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you for the lovely long wait" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you for the lovely long wait since my final interview. I must withdraw.')
    },
    {
      name: '"I appreciate that Bergen Nord has been without a permanent manager" understands, and thanks no one',
      text: letter('I appreciate that Bergen Nord has been without a permanent manager since the spring. I have decided to turn down the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the position. I appreciate that Bergen Nord has been without a permanent manager since the spring. I have decided to turn down the offer.')
    },
    {
      name: '"Many thanks for the thrilling suspense" is sarcasm',
      text: letter('Many thanks for the thrilling suspense since the assessment day. I must withdraw.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"thanks for the thrilling suspense" reads as sarcasm/, line: 3, column: 6}
      ],
      output: letter('Thank you for considering me for the position. Many thanks for the thrilling suspense since the assessment day. I must withdraw.')
    },
    {
      name: '"Thanks so much for keeping me on tenterhooks" is sarcasm',
      text: letter('Thanks so much for keeping me on tenterhooks for seven weeks. I must withdraw.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thanks so much for keeping me on tenterhooks" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for considering me for the position. Thanks so much for keeping me on tenterhooks for seven weeks. I must withdraw.')
    },
    {
      name: '"Thanks so much for keeping me guessing" is sarcasm',
      text: letter('Thanks so much for keeping me guessing for over a month after my second interview. I must decline.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thanks so much for keeping me guessing" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thanks so much for keeping me guessing for over a month after my second interview. I must decline.')
    },
    {
      name: '"I appreciate that the back-to-school rush is only a couple of weeks away" understands',
      text: letter('I appreciate that the back-to-school rush is only a couple of weeks away, so I wanted to get back to you quickly. I must decline.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I appreciate that the back-to-school rush is only a couple of weeks away, so I wanted to get back to you quickly. I must decline.')
    },
    {
      name: 'thanks "for keeping me so well informed" belied by the next sentence: "Not a single word has reached me"',
      text: letter('Thank you so much for keeping me so well informed since my interview seven weeks ago. Not a single word has reached me. I have decided to decline.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you so much for keeping me so well informed" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for inviting me to interview for the position. Thank you so much for keeping me so well informed since my interview seven weeks ago. Not a single word has reached me. I have decided to decline.')
    },
    {
      name: 'thanks for "the six weeks of complete silence" is sarcasm',
      text: letter('Thank you for the six weeks of complete silence after my second interview. I have decided to decline the offer.'),
      errors: [
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1},
        {reason: /^"Thank you for the six weeks of complete silence" reads as sarcasm/, line: 3, column: 1}
      ],
      output: letter('Thank you for offering me the position. Thank you for the six weeks of complete silence after my second interview. I have decided to decline the offer.')
    },
    {
      name: '"I appreciate that you and the elders were counting on me" is understanding',
      text: letter('I must decline. I appreciate that you and the elders were counting on me.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I must decline. I appreciate that you and the elders were counting on me.')
    },
    {
      name: '"I appreciate that your firm had hoped to complete the interviews" is understanding',
      text: letter('I will not be attending. I appreciate that your firm had hoped to complete the interviews before the audit season.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for inviting me to interview for the position. I will not be attending. I appreciate that your firm had hoped to complete the interviews before the audit season.')
    },
    {
      name: '"I appreciate how awkward this makes things" is understanding',
      text: letter('I have decided not to take up the transfer. I appreciate how awkward this makes things for CCU.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I have decided not to take up the transfer. I appreciate how awkward this makes things for CCU.')
    },
    {
      name: '"... the January induction for the new officers ... was arranged with my start date in mind" is understanding',
      text: letter('I must decline. I appreciate that the January induction for the new officers at the Board was arranged with my start date in mind.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I must decline. I appreciate that the January induction for the new officers at the Board was arranged with my start date in mind.')
    },
    {
      name: '"I appreciate that the January induction was planned with me in mind" is understanding',
      text: letter('I must decline. I appreciate that the January induction was planned with me in mind.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I must decline. I appreciate that the January induction was planned with me in mind.')
    },
    {
      name: '"I appreciate that you had already lined up the pairing session" is understanding, not thanks',
      text: letter('I have decided to withdraw. I appreciate that you had already lined up the pairing session for next week.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I have decided to withdraw. I appreciate that you had already lined up the pairing session for next week.')
    },
    {
      name: '"I appreciate you need someone in place on nights" is understanding, not thanks',
      text: letter('I appreciate you need someone in place on nights from next month. I have decided to turn down the post.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I appreciate you need someone in place on nights from next month. I have decided to turn down the post.')
    },
    {
      name: '"I would be honoured to be considered" is a wish, not thanks',
      text: letter('I have decided to decline the placement. I would be honoured to be considered for a junior officer post after I finish my certificate.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I have decided to decline the placement. I would be honoured to be considered for a junior officer post after I finish my certificate.')
    },
    {
      name: '"I appreciate that you were relying on me" is understanding, not thanks',
      text: letter('I appreciate that you were relying on me to start next month. I have decided not to take up the post.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I appreciate that you were relying on me to start next month. I have decided not to take up the post.')
    },
    {
      name: '"I appreciate that you had already pencilled me in" is understanding, not thanks',
      text: letter("I appreciate that you had already pencilled me in for the case interview. I've decided to withdraw."),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter("Thank you for inviting me to interview for the position. I appreciate that you had already pencilled me in for the case interview. I've decided to withdraw.")
    },
    {
      name: '"I appreciate the team had hoped ..." is understanding, not thanks',
      text: letter('I have decided not to take up the secondment. I appreciate the team had hoped to have someone in post by January.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I have decided not to take up the secondment. I appreciate the team had hoped to have someone in post by January.')
    },
    {
      name: '"I appreciate this leaves the rota stretched" is understanding, not thanks',
      text: letter('I appreciate this leaves the rota stretched. I have decided not to take up the post.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for considering me for the position. I appreciate this leaves the rota stretched. I have decided not to take up the post.')
    },
    {
      name: '"I appreciate that you were hoping ..." is understanding, not thanks',
      text: letter('I appreciate that you were hoping to have the post filled before Christmas. I must decline the offer.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the position. I appreciate that you were hoping to have the post filled before Christmas. I must decline the offer.')
    },
    {
      name: '"I appreciate that this leaves you short" is understanding, not thanks',
      text: letter('I must decline the offer. I appreciate that this leaves you short-handed.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter('Thank you for offering me the position. I must decline the offer. I appreciate that this leaves you short-handed.')
    },
    {
      name: 'a "thank-you note" named is no thanks given',
      text: letter("I'm no good at thank-you notes, so to the point: I must decline the offer."),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter("Thank you for offering me the position. I'm no good at thank-you notes, so to the point: I must decline the offer.")
    },
    {
      name: 'thanks for the radio silence is sarcasm',
      text: letter('Thank you for the offer. Thanks a million for the radio silence since. I must decline.'),
      errors: [{reason: /^"Thanks a million for the radio silence" reads as sarcasm/, line: 3, column: 26}]
    },
    {
      name: 'no thanks at all: inserted after the greeting',
      text: letter('I have decided to decline the interview for the Data Analyst position at Acme.'),
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: letter(
        'Thank you for inviting me to interview for the Data Analyst position at Acme. I have decided to decline the interview for the Data Analyst position at Acme.'
      )
    },
    {
      name: 'thanks only in the sign-off',
      text: 'Hi Sam,\n\nI will not take the offer.\n\nThanks,\nJo\n',
      errors: [{reason: 'No thanks for the invitation or offer', line: 3, column: 1}],
      output: 'Hi Sam,\n\nThank you for offering me the position. I will not take the offer.\n\nThanks,\nJo\n'
    },
    {
      name: 'sarcasm is not thanks',
      text: letter('I am declining the interview. Thanks for nothing.'),
      errors: [
        {reason: /reads as sarcasm/, line: 3, column: 31, endColumn: 49},
        {reason: 'No thanks for the invitation or offer', line: 3, column: 1}
      ].sort((a, b) => a.column - b.column),
      output: letter('Thank you for inviting me to interview for the position. I am declining the interview. Thanks for nothing.')
    },
    {
      name: 'negated appreciation',
      text: letter('I do not appreciate being kept waiting, so I decline. Thank you for your time.'),
      errors: [{reason: /refusal of thanks/, line: 3, column: 3}]
    }
  ]
})
