/**
 * Slang and text-speak, in lower case, with the professional wording to put instead: one
 * replacement or several to choose from; an empty string means the word is best dropped.
 * Words retext-equality already reports ("guys", "dude", "crazy") and words retext-profanities
 * reports ("wtf") are left out, so that no word is reported twice.
 */
export const slang: Readonly<Record<string, string | readonly string[]>> = {
  gonna: 'going to',
  wanna: 'want to',
  gotta: ['have to', 'have got to'],
  hafta: 'have to',
  oughta: 'ought to',
  kinda: 'kind of',
  sorta: 'sort of',
  outta: 'out of',
  lotta: 'a lot of',
  shoulda: 'should have',
  coulda: 'could have',
  woulda: 'would have',
  dunno: "don't know",
  lemme: 'let me',
  gimme: 'give me',
  "ain't": ['am not', 'is not', 'are not'],
  "y'all": ['you all', 'everyone'],
  u: 'you',
  r: 'are',
  ur: ['your', "you're"],
  ya: 'you',
  thx: 'thank you',
  thnx: 'thank you',
  thanx: 'thank you',
  tks: 'thank you',
  pls: 'please',
  plz: 'please',
  ppl: 'people',
  tho: 'though',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  bc: 'because',
  'b/c': 'because',
  prolly: 'probably',
  probs: 'probably',
  convo: 'conversation',
  tmrw: 'tomorrow',
  '2moro': 'tomorrow',
  gr8: 'great',
  b4: 'before',
  yeah: 'yes',
  yep: 'yes',
  yup: 'yes',
  nah: 'no',
  nope: 'no',
  'hell no': 'no',
  'hell yeah': 'yes',
  hella: 'very',
  btw: 'by the way',
  idk: "I'm not sure",
  idc: "it doesn't matter to me",
  imo: 'in my view',
  imho: 'in my view',
  tbh: ['to be honest', ''],
  tbf: 'to be fair',
  ngl: ['to be honest', ''],
  np: 'no problem',
  nvm: ['never mind', ''],
  atm: 'at the moment',
  lol: '',
  lmao: '',
  lmfao: '',
  rofl: '',
  omg: '',
  omfg: '',
  smh: '',
  jk: '',
  haha: '',
  hahaha: '',
  hehe: '',
  xoxo: ''
}

/**
 * Text-speak that is still text-speak in capitals ("LOL"). Other words of the list are read as
 * acronyms when written in capitals: "YA" fiction, "NP" (nurse practitioner), "ATM", "COS".
 */
export const textSpeakInCapitals: readonly string[] = ['lol', 'lmao', 'lmfao', 'rofl', 'omg', 'omfg', 'tbh', 'btw', 'idk', 'imho', 'smh', 'haha']

/**
 * retext-profanities' "may be profane" words (its sureness 1) that are swearing in a letter.
 * The rest of that list are ordinary words in a job letter ("gross salary", "God willing",
 * "drug discovery", "crack the problem"), so they are not reported.
 */
export const swearing: readonly string[] = [
  'damn', 'damnation', 'shit', 'bitch', 'bitches', 'bastard', 'bastards', 'pussy', 'cock', 'dick', 'dicks',
  'suck', 'sucks', 'turd', 'turds', 'tits', 'boob', 'boobs', 'fart'
]

/**
 * retext-profanities' "profane" words (its sureness 2) that have an everyday sense in a job
 * letter: "staff welfare", a news "stringer", "a niggling doubt", "a tech whiz", "a pipe flange",
 * "a gable roof", a bartender's "jigger", "a chunky project", the Vietnamese "dong", a Welsh "mam",
 * a refrigerated ship or container, a "reefer", a casino's "craps" table.
 */
export const everydayWords: readonly string[] = [
  'welfare', 'stringer', 'stringers', 'niggle', 'niggles', 'niggled', 'niggling', 'tinker', 'tinkers',
  'whiz', 'yank', 'yanks', 'spit', 'triplex', 'kumquat', 'cumquat', 'vomit', 'puke', 'looser', 'flange',
  'flanges', 'gable', 'gables', 'jigger', 'jiggers', 'chunky', 'cocky', 'dong', 'reefer', 'reefers',
  // "mam" is "mum" in Wales and the North of England.
  'mam',
  // The casino's dice game: "the trial shift on the craps pit".
  'craps'
]

/**
 * Common acronyms and abbreviations written in capitals: they never count as shouting. Words
 * compromise tags as acronyms, words with digits and single letters ("I") do not count either.
 */
export const acronyms: readonly string[] = [
  'HR', 'CEO', 'CTO', 'CFO', 'COO', 'CIO', 'CMO', 'CPO', 'VP', 'SVP', 'EVP', 'AVP', 'PM', 'QA', 'UX', 'UI', 'IT',
  'AI', 'ML', 'API', 'SQL', 'AWS', 'GCP', 'SRE', 'NASA', 'UK', 'US', 'USA', 'EU', 'UN', 'NHS', 'BBC', 'MBA',
  'PHD', 'MSC', 'BSC', 'CV', 'FAQ', 'FYI', 'ASAP', 'ETA', 'PTO', 'OK', 'TV', 'NYC', 'KPI', 'OKR', 'NDA',
  'LLC', 'LTD', 'INC', 'PLC', 'LLP', 'GMBH', 'RE', 'FW', 'FWD', 'EST',
  'PST', 'GMT', 'UTC', 'CET', 'EMEA', 'APAC', 'NGO', 'CPA', 'CFA', 'RN', 'MD', 'JD', 'B2B', 'SAAS', 'R&D',
  'SAP', 'ERP', 'CRM'
]
