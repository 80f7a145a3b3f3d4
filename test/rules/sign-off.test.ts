import {testRule} from '../helpers/rule-tester.js'

const body = 'Dear Ms. Patel,\n\nThank you for the invitation. I have decided to decline the interview.'
const letter = (ending: string) => `${body}${ending}`

testRule('sign-off', {
  valid: [
    {name: 'an Italian closing: "A presto e un caro saluto,"', text: letter('\n\nA presto e un caro saluto,\nZoë Mancini\n')},
    {name: 'a Norwegian closing, "Med vennlig hilsen,", above a postscript', text: letter('\n\nMed vennlig hilsen,\nSigrid Moen\n\nP.S. I handed the staff lanyard back to the kiosk this morning.\n')},
    {name: 'a Māori closing: "Nāku noa, nā"', text: letter('\n\nNāku noa, nā\nMereana Tāwhai\n')},
    {name: 'a Spanish closing: "Un saludo muy cordial," with a postscript after the name', text: letter('\n\nUn saludo muy cordial,\nBegoña Etxeberria\n\nP.S. The sample wheel you sent home with me lasted barely a week.\n')},
    {name: '"With renewed thanks and my warmest regards,"', text: letter('\n\nWith renewed thanks and my warmest regards,\n\nKonstantinos Argyropoulos\n')},
    {name: 'Indian English "With regards," above a name and an employee number', text: letter('\n\nWith regards,\nSiddharth Joshi\nEmployee No. 40871, Vadodara Division\n')},
    {name: 'a Spanish closing of respect and thanks: "Con mucho respeto y gratitud,"', text: letter('\n\nCon mucho respeto y gratitud,\nValentina Gómez Ríos\n')},
    {name: 'a German letter\'s formula: "With the expression of my highest regard,"', text: letter('\n\nWith the expression of my highest regard,\n\nDr. Friederike Strauß\n')},
    {name: 'a Spanish closing with good wishes: "Con un abrazo y mis mejores deseos,"', text: letter('\n\nCon un abrazo y mis mejores deseos,\nIgnacio Larrañaga\n')},
    {name: '"With kind regards and renewed thanks," with a blank line and a title under it', text: letter('\n\nWith kind regards and renewed thanks,\n\nDr. Ólafur Jónsson\nSenior Zoo Veterinarian\n')},
    {name: 'the French formula: "Veuillez agréer, Madame la Directrice, l\'expression de mes salutations distinguées,"', text: letter("\n\nVeuillez agréer, Madame la Directrice, l'expression de mes salutations distinguées,\nDr Hélène Vautrin-Mercier\n")},
    {name: '"With kind regards and many thanks,"', text: letter('\n\nWith kind regards and many thanks,\nDr. Helena Pitkänen\n')},
    {name: '"Very respectfully yours," above a signature block', text: letter('\n\nVery respectfully yours,\nTeodoro L. Salonga, RPh\nPharmacy Resident\nPhilippine General Hospital, Manila\n')},
    {name: '"Thanks again and take care,"', text: letter('\n\nThanks again and take care,\nDustin Vandermeer\n')},
    {name: '"With kind regards and every blessing,"', text: letter('\n\nWith kind regards and every blessing,\nRev. Mererid Lloyd\n')},
    {name: 'a closing in Spanish with thanks: "Saludos cordiales y muchas gracias,"', text: letter('\n\nSaludos cordiales y muchas gracias,\nConstanza Muñoz\n')},
    {name: 'a closing in Swedish: "Med vänliga hälsningar,"', text: letter('\n\nMed vänliga hälsningar,\nSøren Lindqvist\n')},
    {name: 'thanks joined to a blessing: "Thank you and God bless,"', text: letter('\n\nThank you and God bless,\nRommel Bautista\n')},
    {name: 'two closings joined: "Take care and all the best,"', text: letter('\n\nTake care and all the best,\nYusuf Ali\n')},
    {name: 'a closing in two languages, "Veuillez agréer mes salutations distinguées / With my respectful regards,"', text: letter('\n\nVeuillez agréer mes salutations distinguées / With my respectful regards,\nAmélie Rousseau-Nguyen\n')},
    {name: '"Wishing you and the team a great season,"', text: letter('\n\nWishing you and the team a great season,\nNadia Farouk\n')},
    {name: 'wishes to people: "With very best wishes to everyone in the site office for 2027,"', text: letter('\n\nWith very best wishes to everyone in the site office for 2027,\nFfion Pritchard\n')},
    {name: '"With kind regards and every good wish,"', text: letter('\n\nWith kind regards and every good wish,\nMáire Ní Shúilleabháin\n')},
    {name: 'a closing in two languages, "Hormat saya / With respect,"', text: letter('\n\nHormat saya / With respect,\nSiti Rahmawati\n')},
    {name: '"Thanks again, and have a great season,"', text: letter('\n\nThanks again, and have a great season,\nBrody Halvorson\n')},
    {name: 'a five-word blessing joined to a closing', text: letter('\n\nGo n-éirí an t-ádh leat, and kind regards,\nCaoimhe Ní Dhomhnaill\n')},
    {name: '"With my thanks and very best wishes,"', text: letter('\n\nWith my thanks and very best wishes,\nRuairí Mac Giolla Phádraig\n')},
    {name: '"Yours in faith and with kind regards,"', text: letter('\n\nYours in faith and with kind regards,\nLosaline Vainikolo\n')},
    {name: 'wishes for a time', text: letter('\n\nWith very best wishes for the season ahead,\nCallum Fraser\n')},
    {name: 'a blessing joined to a closing', text: letter('\n\nGod bless and kind regards,\nRhea Santiago\n')},
    {name: 'a compound closing', text: letter('\n\nWith thanks and best wishes,\nRuth Achterberg\n')},
    {name: 'a closing in two languages', text: letter('\n\nVenlig hilsen / Kind regards,\nMette Jørgensen\n')},
    {name: 'a long closing in two languages', text: letter('\n\nAvec mes meilleures salutations / Kind regards,\nInès Lefèvre\n')},
    {name: 'a hyphenated word in thanks joined to a closing', text: letter('\n\nLe gach dea-ghuí, and kind regards,\nMéabh Ó Conaill\n')},
    {name: 'a Māori thanks joined to a closing', text: letter('\n\nNgā mihi and kind regards,\nTama Rāwiri\n')},
    {name: 'thanks again after the closing', text: letter('\n\nWith warm regards and thanks again,\nCorinne Ashby\n')},
    {name: 'four words of thanks joined to a closing', text: letter('\n\nGo raibh maith agat, and kind regards,\nSiobhán Ní Bhriain\n')},
    {name: 'closing and name', text: letter('\n\nBest regards,\nJordan Lee\n')},
    {name: 'closing and name on one line', text: letter('\n\nBest, Jordan\n')},
    {name: 'thanks as a closing', text: letter('\n\nThanks again,\nSam\n')},
    {name: 'a signature block with title and phone', text: letter('\n\nKind regards,\nJordan Lee\nData Analyst\n+44 20 7946 0000\n')},
    {name: 'a postscript after the signature', text: letter('\n\nBest regards,\nJordan Lee\n\nP.S. Thank you for the book tip.\n')},
    {name: 'a name with particles and accents', text: letter('\n\nYours sincerely,\nAna de la Cruz Núñez\n')},
    {name: 'a closing in another language', text: letter('\n\nUn abrazo,\nJosé Núñez\n')},
    {name: 'a closing in another language with thanks: "Un saludo cordial y muchas gracias,"', text: letter('\n\nUn saludo cordial y muchas gracias,\nXimena Peñaloza\n')},
    {name: 'a French closing after thanks: "Avec toute ma gratitude, bien cordialement,"', text: letter('\n\nAvec toute ma gratitude, bien cordialement,\nBérénice Aubry\n')},
    {name: 'regards and thanks: "With warm regards and my thanks,"', text: letter('\n\nWith warm regards and my thanks,\nJesse Carrington\n')},
    {name: 'a closing in another language with thanks: "Un abrazo y muchas gracias,"', text: letter('\n\nUn abrazo y muchas gracias,\nMartina Quiroga\n')},
    {name: 'a signature delimiter', text: letter('\n\nBest,\n-- \nJordan Lee\nData Analyst\n')},
    {name: 'CRLF', text: 'Dear Sam,\r\n\r\nThank you. I must decline.\r\n\r\nWarm regards,\r\nSiobhán Ó Briain\r\n'},
    {name: 'template placeholder for the name', text: letter('\n\nBest regards,\n[Your Name]\n'), mode: 'template'},
    {name: 'a phone-call script is not signed', text: '---\nscript: true\n---\n\nThank you for the call. I have decided to decline the offer.\n', filePath: 'call.md'}
  ],
  invalid: [
    {
      name: 'a casual closing: "Catch you soon,"',
      text: letter('\n\nCatch you soon,\nGiulia\n'),
      errors: [{reason: '"Catch you soon" is too casual a closing for a letter to an employer', line: 5, column: 1}]
    },
    {
      name: 'a doubled casual closing',
      text: letter('\n\nCiao ciao,\nGiulia\n'),
      errors: [{reason: '"Ciao ciao" is too casual a closing for a letter to an employer', line: 5, column: 1}]
    },
    {
      name: '"Take it easy," is too casual a closing',
      text: letter('\n\nTake it easy,\nJordan Lee\n'),
      errors: [{reason: '"Take it easy" is too casual a closing for a letter to an employer', line: 5, column: 1, endColumn: 13}]
    },
    {
      name: '"Bye for now," is too casual a closing',
      text: letter('\n\nBye for now,\nJordan Lee\n'),
      errors: [{reason: '"Bye for now" is too casual a closing for a letter to an employer', line: 5, column: 1, endColumn: 12}]
    },
    {
      name: 'no closing and no name, sender known: both inserted',
      text: `---\nsender: Jordan Lee\n---\n\n${body}\n`,
      filePath: 'a.md',
      errors: [{reason: 'No closing line or name at the end of the draft', line: 7, column: 71}],
      output: `---\nsender: Jordan Lee\n---\n\n${body}\n\nBest regards,\nJordan Lee\n`
    },
    {
      name: 'no closing and no name, sender unknown: a suggestion only',
      text: `${body}\n`,
      errors: [{reason: 'No closing line or name at the end of the draft', line: 3, column: 71}]
    },
    {
      name: 'a name but no closing: the closing goes above it',
      text: letter('\n\nJordan Lee\n'),
      errors: [{reason: 'No closing line before the name "Jordan Lee"', line: 5, column: 1}],
      output: letter('\n\nBest regards,\nJordan Lee\n')
    },
    {
      name: 'a closing, then only a phone\'s footer in Spanish: "Enviado desde mi iPhone" is no name',
      text: letter('\n\nBest wishes,\n\nEnviado desde mi iPhone\n'),
      errors: [{reason: 'No name under "Best wishes,"', line: 5, column: 13}]
    },
    {
      name: 'a closing but no name, sender unknown',
      text: letter('\n\nBest regards,\n'),
      errors: [{reason: 'No name under "Best regards,"', line: 5, column: 14}]
    },
    {
      name: 'a closing but no name, sender known, CRLF',
      text: `---\r\nsender: Zoë Müller\r\n---\r\n\r\nThank you. I must decline the offer.\r\n\r\nKind regards,\r\n`,
      filePath: 'a.md',
      errors: [{reason: 'No name under "Kind regards,"', line: 7, column: 14}],
      output: `---\r\nsender: Zoë Müller\r\n---\r\n\r\nThank you. I must decline the offer.\r\n\r\nKind regards,\r\nZoë Müller\r\n`
    },
    {
      name: 'a casual closing',
      text: letter('\n\nCheers,\nJo\n'),
      errors: [{reason: '"Cheers" is too casual a closing for a letter to an employer', line: 5, column: 1, endColumn: 7}]
    },
    {
      name: 'a casual closing with the name on its line',
      text: letter('\n\nLater, Jo\n'),
      errors: [{reason: /"Later" is too casual/, line: 5, column: 1, endColumn: 6}]
    },
    {
      name: 'text-speak closing and no name',
      text: letter('\n\nttyl\n'),
      errors: [{reason: /"ttyl" is too casual/, line: 5, column: 1}, {reason: 'No name under "ttyl"', line: 5, column: 5}]
    }
  ]
})
