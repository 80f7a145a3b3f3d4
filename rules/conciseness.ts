import type {Document, Match, Sentence} from '../src/document/document.js'
import {defineRule} from '../src/engine/rule.js'
import type {Finding} from '../src/types.js'
import {familyDetails, fieldBefore, fieldNouns, medicalDetails, measuredBefore, measuredNotPaid, moneyFigures, moneyStatements, payContext, payFigures, studiedBefore} from './conciseness.data.js'
import {reasonLists} from './conciseness.lists.js'
import {clauseAt, sentenceWithout, statesDecision} from './shared/keep-decision.js'
import {declinedThing, positionPhrase} from './shared/wording.js'

/** Words that end a name of a field: "surgery for my team" is not "surgery team", nor "offered a job" a field. */
const joiningWord = /^(?:for|with|in|at|on|of|to|and|or|but|last|this|that|so|because|a|an|the|my|our|his|her|their|new)$/

/** Options of the conciseness rule. */
export interface ConcisenessOptions {
  /** Most words the body may have. */
  maxWords: number
  /** Most reasons a list may give. */
  maxReasons: number
}

/** Why a detail is too much, by kind. */
type Detail = 'medical' | 'family' | 'money'

const note = 'The guidance: "Be honest, but not too detailed. You don’t need to share every reason for turning down the interview. A simple explanation, such as pursuing another role that aligns better with your career goals or time considerations, is usually enough."'

/** The guidance's brief explanations: personal circumstances, or career goals. */
const briefExplanation = {
  personal: 'Due to a change in my personal circumstances, I am unable to pursue this opportunity at this time.',
  career: 'After careful consideration, I have decided to pursue a role that aligns more closely with my career goals.',
  goals: 'I am pursuing a role that aligns more closely with my career goals'
}

/**
 * Medical words in another sense, told by the words around them: a surgery that is a practice's
 * premises ("a veterinary surgery", "the GP surgery", "the surgery where I have worked", "vacancies at the surgery", "showing me round the surgeries", "the surgery suite"),
 * a field ("hospital pharmacy"), "the
 * counselling" through which India allots postgraduate medical seats, and work the writer does.
 */
const otherSenses: Array<{word: RegExp; before?: RegExp; after?: RegExp}> = [
  {word: /^surgery$/i, before: /(?:^|\s)the\s+$/i, after: /^\s+where\s+(?:I|we)\b/i},
  // The practice itself: "future vacancies at the surgery", "joining the surgery" (not "at the surgery for my knee").
  {word: /^surgery$/i, before: /\b(?:at|join|joining|rejoin|rejoining)\s+the\s+$/i, after: /^(?!\s+(?:for|on|to)\s+my\b)/i},
  {word: /^surger/i, before: /\b(?:veterinary|vet['’]?s?|dental|dentist['’]?s?|gp|doctors['’]?|doctor['’]s|village|local|(?:small|large|farm|mixed)-animal|equine)\s+$/i},
  {word: /^counsel/i, before: /\b(?:through|via|in|after)\s+the\s+$/i},
  // A room of a practice, or what it runs: "the working interview in the surgery suite", "the minor surgery clinics".
  {word: /^surgery$/i, after: /^\s+(?:suites?|rooms?|theatres?|theaters?|block|wing|floor|department|prep\s+area|clinics?|lists?|sessions?)\b/i},
  // A field of work: "I have decided to stay in hospital pharmacy".
  {word: /hospital$/i, after: /^\s+(?:pharmacy|medicine|nursing|dentistry|physiotherapy|radiography|management|administration|settings?|practice)\b/i},
  // Surgeries a practice runs: "how your nurses run the surgeries".
  {word: /^surger/i, before: /\b(?:run|runs|running|ran|staff|staffing|cover|covering|manage|managing|round|around|toured|touring|visited)\s+(?:the|your|their|its)\s+$/i},
  // Surgeries seen on a visit: "seeing the new surgeries", "saw the refurbished surgery".
  {word: /^surger/i, before: /\b(?:see|seeing|saw|seen|tour\s+of|view|viewing)\s+(?:the|your|their|its)\s+(?:new|refurbished|renovated|modern|other|two|three|four)?\s*$/i},
  // The writer's own practice as an employer: "my current surgery has offered me a permanent place".
  {word: /^surgery$/i, before: /\b(?:my|our)\s+(?:current|present|existing|home)\s+$/i},
  // A ward's work: "medication rounds running late".
  {word: /^medications?$/i, after: /^\s+(?:rounds?|trolleys?|charts?)\b/i},
  // Works mended, not the writer: "the pumping station rehabilitation".
  {word: /^rehabilitation$/i, before: /\b(?:station|plant|bridge|road|roads|railway|canal|dam|pipeline|building|network|mine|river|wetland|habitat|forest|land|sewer|water|track|quay|pier|harbour|harbor)\s+$/i},
  // A grade of the profession, not the writer's own therapist: "what clinics are paying for a senior therapist".
  {word: /^(?:therapist|physiotherapist|physio)s?$/i, before: /\b(?:senior|junior|staff|lead|principal|chief|locum|qualified|experienced|registered|(?:band|grade)\s+\d+)\s+$/i},
  // Work the writer does or may do: "a post that combines hand therapy with teaching", "go into physical therapy".
  {word: /./, before: /\b(?:combines?|combining|practi[sc]es?|practi[sc]ing|teach|teaches|teaching|specialis(?:e|es|ing)\s+in|speciali[sz](?:e|es|ing)\s+in|go\s+into|going\s+into|career\s+in|train\s+in|training\s+in)\s+(?:[\p{L}-]+\s+)?$/iu}
]

const firstPerson = /\b(?:i|i['’]m|i['’]ve|i['’]d|me|my|we|we['’]re|our|us)\b/i
const recipientSide = /\b(?:your|you)\b/i

/**
 * A medical or family word about the writer's life: the sentence speaks in the first person, the
 * word is not the recipient's ("your surgery", "their therapy team") nor a field of work ("cancer
 * research"), and it is not part of a name ("Cancer Research UK", a "Therapy Assistant" role).
 */
function personal(doc: Document, match: Match): boolean {
  const sentence = match.sentence
  const clause = sentence.clauses.find((item) => match.start >= item.start && match.start < item.end)
  const clauseText = clause?.text ?? sentence.text
  if (!firstPerson.test(clauseText) && (!firstPerson.test(sentence.text) || recipientSide.test(clauseText))) return false
  // A field of work may be named in two words: "cancer counselling teams", "therapy vacancies". A
  // match that ends by opening a phrase ("my wife begins a") has its object next, not a field.
  const [next, after] = sentence.words.filter((word) => word.start >= match.end).map((word) => word.text.toLowerCase())
  const opensPhrase = /\b(?:a|an|the|his|her|their|with|at)$/i.test(match.text)
  if (!opensPhrase && next && (fieldNouns.includes(next) || (after && !joiningWord.test(next) && fieldNouns.includes(after)))) return false
  const lead = doc.text.slice(sentence.start, match.start)
  if (fieldBefore.test(lead) || studiedBefore.test(lead)) return false
  const trail = doc.text.slice(match.end, sentence.end)
  if (otherSenses.some(({word, before, after}) => word.test(match.text) && (!before || before.test(lead)) && (!after || after.test(trail)))) return false
  // "the rehabilitation of the Assiniboine crossing" mends a thing, not the writer.
  if (/^rehab/i.test(match.text) && next === 'of' && /^(?:the|a|an|this|that)$/.test(after ?? '')) return false
  const before = sentence.words.filter((word) => word.end <= match.start).slice(-2)
  if (before.some((word) => /^(?:your|their|its)$/i.test(word.text))) return false
  const startsName = /^\p{Lu}/u.test(match.text) && match.start > (sentence.words[0]?.start ?? sentence.start)
  return !startsName && !insideName(doc, match)
}

/** Whether the match lies inside a mention of the draft's company or role ("Elmfield Surgery Group"). */
function insideName(doc: Document, match: Match): boolean {
  const lower = match.sentence.text.toLowerCase()
  return [doc.facts.company, doc.facts.role].some((name) => {
    if (!name) return false
    for (let at = lower.indexOf(name.toLowerCase()); at !== -1; at = lower.indexOf(name.toLowerCase(), at + 1)) {
      const start = match.sentence.start + at
      if (start <= match.start && match.end <= start + name.length) return true
    }
    return false
  })
}

/** Whether a percentage measures something other than pay: "99.9% uptime", "cut emissions by 40%". */
function measuresOther(doc: Document, match: Match): boolean {
  return match.text.endsWith('%') && (measuredNotPaid.test(doc.text.slice(match.end, match.end + 60)) || measuredBefore.test(doc.text.slice(Math.max(0, match.start - 60), match.start)))
}

/** Money details: figures with a currency, bare figures beside pay words, "my current salary is". */
function moneyIn(doc: Document): Match[] {
  const bare = doc.search(payFigures).filter((match) => payContext.test(match.sentence.text) && !measuresOther(doc, match))
  return [...moneyFigures, ...moneyStatements].flatMap((pattern) => doc.search(pattern)).concat(bare)
}

/** Every detail, grouped by sentence: one finding per sentence, at its first detail. */
function detailsBySentence(doc: Document): Map<Sentence, Array<Match & {kind: Detail}>> {
  const all = [
    ...doc.match(medicalDetails).filter((match) => personal(doc, match)).map((match) => ({...match, kind: 'medical' as const})),
    ...doc.match(familyDetails).filter((match) => personal(doc, match)).map((match) => ({...match, kind: 'family' as const})),
    ...moneyIn(doc).map((match) => ({...match, kind: 'money' as const}))
  ].sort((a, b) => a.start - b.start)
  const grouped = new Map<Sentence, Array<Match & {kind: Detail}>>()
  for (const match of all) {
    const list = grouped.get(match.sentence) ?? []
    if (!list.some((other) => match.start < other.end && other.start < match.end)) list.push(match)
    grouped.set(match.sentence, list)
  }
  return grouped
}

/**
 * The brief explanation in place of the sentence; when the sentence also states the decision, the
 * decision stays: the clause with the detail goes, and the explanation follows.
 */
function briefInstead(doc: Document, sentence: Sentence, details: Match[], explanation: string): string {
  if (!statesDecision(doc, sentence)) return explanation
  const clause = clauseAt(sentence, details[0].start)
  const alone = clause && details.every((detail) => detail.start >= clause.start && detail.end <= clause.end)
  const kept = alone ? sentenceWithout(doc, sentence, clause.start, clause.end) : ''
  return `${kept || `I have decided to decline the ${declinedThing(doc)}.`} ${explanation}`
}

function detailFinding(doc: Document, sentence: Sentence, details: Array<Match & {kind: Detail}>): Finding {
  const kinds = [...new Set(details.map((detail) => detail.kind))]
  const explanation = briefInstead(doc, sentence, details, kinds.includes('money') && kinds.length === 1 ? briefExplanation.career : briefExplanation.personal)
  const first = details[0]
  return {
    reason: `Too much ${kinds.join(' and ')} detail: ${details.map((detail) => `"${detail.text}"`).join(', ')}`,
    note,
    start: first.start,
    end: first.end,
    actual: first.text,
    expected: [explanation],
    suggestions: [{desc: 'Replace the sentence with a brief explanation', fix: {range: [sentence.start, sentence.end], text: explanation}}]
  }
}

/** A short letter in the guidance's own shape, with the draft's role and company. */
function shortLetter(doc: Document): string {
  const thing = declinedThing(doc)
  const thanks = {
    offer: `Thank you for offering me ${positionPhrase(doc)}.`,
    interview: `Thank you for inviting me to interview for ${positionPhrase(doc)}.`,
    unknown: `Thank you for considering me for ${positionPhrase(doc)}.`
  }[doc.facts.kind]
  const paragraph = doc.insertion.newline.repeat(2)
  return `${thanks} After careful consideration, I have decided to decline the ${thing} at this time. I appreciate the opportunity and apologize for any inconvenience this may cause.${paragraph}I hope we can keep in touch for future opportunities that may align with my career goals.`
}

function lengthFinding(doc: Document, maxWords: number): Finding {
  const words = doc.sentences.flatMap((sentence) => sentence.words)
  const over = words[maxWords]
  const first = doc.sentences[0]
  // The letter ends at its sign-off: a postscript after it stays, and so does the sign-off.
  const signOffAt = doc.signOff?.start ?? Infinity
  const last = doc.sentences.filter((sentence) => sentence.end <= signOffAt).at(-1) ?? doc.sentences.at(-1)!
  return {
    reason: `${doc.wordCount} words; aim for under ${maxWords}`,
    note,
    start: over.start,
    end: last.end,
    expected: [shortLetter(doc)],
    suggestions: [{desc: 'Replace the body with a short decline', fix: {range: [first.start, last.end], text: shortLetter(doc)}}]
  }
}

export default defineRule<ConcisenessOptions>({
  id: 'conciseness',
  description: 'Not too long, not over-detailed (medical, family, salary figures, long lists of reasons)',
  defaultSeverity: 'warn',
  fix: 'suggestion',
  defaults: {maxWords: 250, maxReasons: 3},
  check(doc, {options}) {
    const findings: Finding[] = []
    if (doc.wordCount > options.maxWords) findings.push(lengthFinding(doc, options.maxWords))
    for (const [sentence, details] of detailsBySentence(doc)) findings.push(detailFinding(doc, sentence, details))
    for (const list of reasonLists(doc, options.maxReasons)) {
      // A rewrite that takes in "I must decline for these reasons:" keeps the decision.
      const text = list.announced ? `I have decided to decline the ${declinedThing(doc)}, as ${briefExplanation.goals}.` : briefExplanation.career
      findings.push({
        reason: `${list.count} reasons; one brief explanation is enough`,
        note,
        start: list.start,
        end: list.end,
        actual: doc.text.slice(list.start, list.end),
        expected: [text],
        suggestions: [{desc: 'Replace the list with a brief explanation', fix: {range: list.replace, text}}]
      })
    }
    return findings
  }
})
