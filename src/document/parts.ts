import type {Span} from '../input/draft.js'

/** The salutation line that opens a letter. */
export interface Greeting extends Span {
  /** The salutation word(s): "Dear", "Hi", "Good morning"; empty for a bare "Sam," line. */
  salutation: string
  /** Who it is addressed to, as written ("Ms. Patel", "Hiring Team"), when anyone. */
  name?: Span
}

/** The lines that close a letter. */
export interface SignOff extends Span {
  /** The closing phrase ("Best regards,"), when there is one. */
  closing?: Span
  /** The sender's name line, when there is one. */
  name?: Span
}

/** A line of the prose with its offsets. */
interface Line extends Span {}

// Longer forms first, so that "Hi there" is one salutation and not "Hi" to someone called "there".
// Salutations in other languages a bilingual letter may open with ("Hola Zoë,", "Kære Søren,", "Tēnā koe Moana,", the Welsh
// "Bore da Mrs Thomas," (good morning), and the Gaelic
// "A chara," or "A Sheumais chòir," or "A Bhean Uí Mhaolalaí, a chara,": a bare "A" only when an endearment ends the line, so "A quick note," is no greeting).
const salutation =
  /^(to whom it may concern|good (?:morning|afternoon|evening|day)|(?:hi|hello|hey) there|dear|respected|hiya|hi|hello|heya|hey|howdy|yo|sup|greetings|kia ora|namaste|hola|bonjour|hallo|ciao|olá|ola|hej|hei|kære|kæreste|liebe|lieber|sehr geehrte[rs]?|querid[oa]|estimad[oa]|chère|gentile|beste|geachte|szanown[ya]|annwyl|bore da|prynhawn da|noswaith dda|drog[ia]|lieve|bula|talofa|kia orana|aloha|tēnā koe|tena koe|tēnā kōrua|tēnā koutou|a chara|a(?= \p{Lu}[\p{L}'’]+(?: \p{Lu}[\p{L}'’]+){0,2},?(?: a)? (?:chòir|chóir|chara|dhílis|dhìlis)[,!]?$))(?![\p{L}\p{N}])[ \t]*/iu

// Closings of two parts, and wishes: a blessing or thanks joined to a closing ("God bless and kind regards",
// "Go raibh maith agat, and kind regards", "Thanks again, and have a great season", "Thank you and God bless",
// "Take care and all the best", "Thanks again and take care", "With kind regards and every blessing", "With kind regards and renewed thanks"), wishes
// for a time or to people ("With very best wishes for the season ahead", "With very best wishes to everyone in
// the site office for 2027", "Wishing you and the team a great season"), "With my respectful regards".
const joinedClosings = String.raw`(?:with )?(?:(?:my |renewed |many )?(?:thanks|appreciation|gratitude) and )?(?:very )?(?:my )?(?:best|kind|kindest|warm|warmest|warm and best|many|all the best|my best|best|respectful|sincere|cordial) (?:regards|wishes)(?: for (?:the |your )?[a-z0-9 ]{1,30}| to (?:you|everyone|all|the|your)(?: [a-z0-9 ’'-]{1,40})?| and (?:my |many )?(?:renewed )?(?:thanks|gratitude)(?: again)?| and (?:every|all) (?:good wish(?:es)?|blessings?))?|(?:[a-zà-ÿā-ž'’-]+[ ,]+){1,6}and (?:(?:with )?(?:kind|kindest|warm|warmest|best|my best) (?:regards|wishes)|all the best|take care)|(?:(?:many )?thanks|thank you)(?: again)?,? and (?:have a|enjoy the) (?:great|good|lovely|nice|wonderful|fantastic|happy) [a-z]+|wishing you(?: and (?:the|your|all the) [a-z]+)? (?:a|an|all the best|every success|the best)(?: [a-z ]{1,30})?|(?:(?:(?:many )?thanks|thank you)(?: again)?,? and )?god bless(?: you(?: all)?)?`

// Closings of one part, formal to casual: "Yours faithfully", "With respect", "Cheers", "Talk soon", and the
// German letter's "With the expression of my highest regard".
const plainClosings = String.raw`with the expression of my (?:highest|high|deepest|most distinguished) (?:regard|esteem|consideration)|with (?:(?:the )?(?:greatest|utmost|great|deep) )?respect|best|regards|sincerely|yours sincerely|yours faithfully|yours truly|sincerely yours|(?:very )?respectfully(?: yours)?|cordially|warmly|all the best|many thanks|with regards|with (?:many |renewed )?thanks|all best|yours|thanks(?: again)?(?: so much)?|thank you(?: again)?(?: so much)?|cheers|take care|with gratitude|gratefully|with appreciation|thanks and regards|best wishes|kind regards|talk soon|ttyl|later|laters|peace|peace out|thx|xoxo|xo|cya|see ya|catch you later|bye for now|bye|take it easy|have a good one|stay cool|toodles|hugs|ciao ciao|ciao|love`

// Closings in other languages, alone or with thanks: "Saludos cordiales y muchas gracias", "Med
// vänliga hälsningar", "Ngā mihi nui", "Nāku noa, nā", "Un saludo muy cordial", "A presto e un caro
// saluto", "Med vennlig hilsen", "Con un abrazo y mis mejores deseos", "Con mucho respeto y gratitud".
const otherLanguageClosings = String.raw`(?:saludos(?: cordiales)?|con (?:(?:mucho|todo(?: mi)?|el mayor|profundo) )?respeto(?: y (?:gratitud|agradecimiento|aprecio|cariño))?|con (?:mucha |toda mi |sincera )?gratitud|un (?:(?:muy )?cordial )?saludo(?: (?:muy )?cordial)?|(?:con )?un (?:fuerte )?abrazo|abrazos|(?:con )?(?:mis )?mejores deseos|atentamente|cordialmente|atenciosamente|(?:avec (?:toute )?ma gratitude,? )?(?:bien )?cordialement|bien à vous|mit freundlichen grüßen|freundliche grüße|viele grüße|med vänliga hälsningar|vänliga hälsningar|met vriendelijke groet(?:en)?|cordiali saluti|distinti saluti|(?:a presto,? (?:e )?)?(?:un )?caro saluto|cari saluti|a presto|med venn?lige? hilsen|venn?lige? hilsen(?:er)?|pozdrawiam|z poważaniem|ngā mihi(?: nui)?|n[āa]ku (?:noa|iti nei),? n[āa]|(?:veuillez|je vous prie d['’]|nous vous prions d['’]) ?agréer[^\n]{0,100}?(?:salutations|sentiments)(?: [^\s,./]+){0,3})(?:,? (?:y|e|et|und|och|en|and) (?:muchas gracias|gracias|mis mejores deseos|merci(?: beaucoup)?|danke|grazie(?: mille)?|obrigad[oa]|tack|dank u|thanks|thank you))?`

/**
 * Three groups, each its own regular expression: one pattern of all is large enough that V8 compiles
 * it straight to machine code, which Node 20 cannot keep in a startup snapshot (the build would then
 * make none, and test/cli/snapshot.test.ts fails).
 */
const closingPhrases = [joinedClosings, plainClosings, otherLanguageClosings]

/**
 * Closings, whole line (punctuation allowed), also after the same closing in another language:
 * "Venlig hilsen / Kind regards,", "Veuillez agréer mes salutations distinguées / With my respectful regards,",
 * "Hormat saya / With respect,"; and the French formula alone, "Veuillez agréer, Madame la
 * Directrice, l'expression de mes salutations distinguées,".
 */
const closingLines = closingPhrases.map((phrase) => new RegExp(String.raw`^(?:[^\n/]{1,60}\s\/\s)?(?:${phrase})\s*[,.!]?\s*$`, 'i'))

/** Whether a line is a closing and nothing else. */
function isClosingLine(text: string): boolean {
  return closingLines.some((pattern) => pattern.test(text))
}

/** A closing with the name on the same line: "Best, Jo", "Cheers – Sam". */
const closingsWithName = closingPhrases.map((phrase) => new RegExp(String.raw`^((?:${phrase})\s*[,!]?)\s*(?:[-–—]\s*)?(?<=[,!–—-]\s*)(\S.*)$`, 'i'))

/** The first group's match of a closing with a name, trying the next group only when one fails. */
function closingWithName(text: string): RegExpExecArray | undefined {
  for (const pattern of closingsWithName) {
    const match = pattern.exec(text)
    if (match) return match
  }
  return undefined
}

/** Words no addressee contains: "Hey Sam I can't make it" is a sentence, not a greeting line. */
// Not after an apostrophe: the "am" of "Ma'am" is no verb.
const sentenceWords = /(?<![\p{L}'’])(?:I|I['’](?:m|ll|ve|d)|can['’]?t|won['’]t|don['’]t|am|is|are|was|have|had|will|would|just|wanted|writing)\b/u

/** A postscript opens with "P.S.", "PS:", "P.P.S.". */
const postscript = /^(?:P\.?\s?)+S\b\.?/i

/** Lines under a closing that are not the sender's name: a mail client's footer, a phone, an address. */
// A phone's footer in any language names the phone: "Enviado desde mi iPhone", "Von meinem iPad gesendet".
const notAName = /^(?:sent from\b|get outlook\b|-{2,}\s*$)|\b(?:iphone|ipad|android|blackberry)\b|@|https?:\/\/|^\+?[\d\s().-]{6,}$/i

/** Split prose into its non-blank lines. */
export function proseLines(prose: string): Line[] {
  const lines: Line[] = []
  for (const match of prose.matchAll(/[^\r\n]+/g)) {
    const leading = match[0].length - match[0].trimStart().length
    const text = match[0].trim()
    if (text) lines.push({start: match.index + leading, end: match.index + leading + text.length, text})
  }
  return lines
}

/**
 * The salutation line: the first line, or a later one when only short heading lines (a date, an
 * address, a title) come before it, as in a formal letter.
 */
export function findGreeting(lines: Line[]): Greeting | undefined {
  for (const [index, line] of lines.slice(0, 6).entries()) {
    const greeting = salutationLine(line) ?? (index === 0 && lines.length > 1 ? nameOnlyGreeting(line) : undefined)
    if (greeting) return greeting
    const words = line.text.split(/\s+/).length
    if (line.text.length > 60 || (/[.?!]$/.test(line.text) && words > 4)) return undefined
  }
  return undefined
}

/**
 * The endearment after a name in a Gaelic salutation: "A Sheumais chòir", "A Sheáin, a chara". It
 * starts right after a word, so that a run of spaces is tried once and not from each of its spaces.
 */
const gaelicEndearment = /(?<=[^\s,]),?\s+(?:a\s+)?(?:chòir|chóir|chara|dhílis|dhìlis)$/iu

/** A line that is a salutation and short enough to be one. */
function salutationLine(first: Line): Greeting | undefined {
  if (first.text.length > 80) return undefined
  const match = salutation.exec(first.text)
  if (!match) return undefined
  // "Hi, I'm writing to..." on one line is a greeting word opening the body, not a greeting line.
  const rest = first.text.slice(match[0].length)
  const nameText = rest.replace(/[,:;!.\s]+$/, '').replace(/^[,\s]+/, '').replace(gaelicEndearment, '')
  // Titles end in a full stop that ends no sentence: "Mr.", "Dr.", "Engr.", "Rev.".
  const withoutTitles = rest.replace(/(?<![\p{L}])\p{Lu}\p{Ll}{0,4}\./gu, '')
  if (/[.?!]\s+\S/.test(withoutTitles) || nameText.split(/\s+/).length > 6 || sentenceWords.test(nameText)) return undefined
  return withName({...first, salutation: match[1]}, first, nameText, match[0].length)
}

/**
 * A greeting word opening the first body sentence ("Hi, I'm writing to let you know..."): the
 * salutation and the name up to the first comma, with the punctuation and space after them.
 */
export function findInlineGreeting(sentence: Span): Greeting | undefined {
  const match = salutation.exec(sentence.text)
  if (!match) return undefined
  const after = sentence.text.slice(match[0].length)
  const marked = /^([^,;:!.?]{0,40}?)\s*[,;:!.]\s*/u.exec(after)
  let nameText = marked?.[1].trim() ?? ''
  let length = match[0].length + (marked?.[0].length ?? 0)
  if (!marked || nameText.split(/\s+/).length > 4) {
    // "Hey Sam I can't make it" has no mark after the name: take one capitalised word, if any.
    const word = /^((?!I\b)\p{Lu}[\p{L}\p{M}'’-]*)?\s*/u.exec(after)!
    nameText = word[1] ?? ''
    length = match[0].length + word[0].length
  }
  const span = {start: sentence.start, end: sentence.start + length, text: sentence.text.slice(0, length)}
  return withName({...span, salutation: match[1]}, sentence, nameText, match[0].length)
}

function withName(greeting: Greeting, line: Span, nameText: string, from: number): Greeting {
  if (!nameText) return greeting
  const nameStart = line.start + line.text.indexOf(nameText, from)
  return {...greeting, name: {start: nameStart, end: nameStart + nameText.length, text: nameText}}
}

/** Capitalised words that open a sentence broken over lines ("Unfortunately,"), not names. */
const sentenceOpener = /^(?:however|unfortunately|sadly|regrettably|firstly|first|honestly|so|well|ok|okay|also|again|anyway|today|yesterday|finally|ultimately|personally)$/i

/** "Sam," or "Ms. Patel," alone on the first line: addressed, with no salutation word. */
function nameOnlyGreeting(first: Line): Greeting | undefined {
  const nameText = first.text.replace(/,$/, '')
  if (nameText === first.text || isClosingLine(first.text) || sentenceOpener.test(nameText) || !looksLikeName(nameText)) return undefined
  return {...first, salutation: '', name: {start: first.start, end: first.start + nameText.length, text: nameText}}
}

/**
 * The closing lines: a closing phrase, then up to three short lines (name, title, phone), or,
 * with no closing phrase, a last line that is just a name ("- Jo", "Sam Lee"). A postscript
 * after the signature stays in the body.
 */
export function findSignOff(lines: Line[], firstBodyLine: number): SignOff | undefined {
  const end = signatureEnd(lines, firstBodyLine)
  for (let index = end - 1; index >= Math.max(firstBodyLine, end - 5); index--) {
    const found = closingAt(lines[index])
    if (!found) continue
    const after = lines.slice(index + 1, end)
    const name = found.name ?? after.find((line) => !notAName.test(line.text))
    return {
      start: lines[index].start,
      end: lines[end - 1].end,
      text: lines.slice(index, end).map((line) => line.text).join('\n'),
      closing: found.closing,
      name: name ? cleanName(name) : undefined
    }
  }
  const last = lines[end - 1]
  // "- Jo" closes a letter; "- Data Analyst" under another "- " line ends a list.
  const inList = /^[-–—*•]/.test(last?.text ?? '') && /^[-–—*•]/.test(lines[end - 2]?.text ?? '')
  if (!last || end - 1 < firstBodyLine || inList || !looksLikeName(last.text)) return undefined
  // A short line ending in a comma above the name is a closing in any language ("Un abrazo,").
  const above = lines[end - 2]
  if (above && end - 2 >= firstBodyLine && /^[^.!?]{1,40},$/.test(above.text) && above.text.split(/\s+/).length <= 4) {
    return {start: above.start, end: last.end, text: `${above.text}\n${last.text}`, closing: above, name: cleanName(last)}
  }
  return {...last, name: cleanName(last)}
}

/** Where the signature ends: before a trailing postscript that follows a closing, else at the end. */
function signatureEnd(lines: Line[], firstBodyLine: number): number {
  const ps = lines.findIndex((line, index) => index > firstBodyLine && postscript.test(line.text))
  if (ps === -1) return lines.length
  const closed = lines.slice(Math.max(firstBodyLine, ps - 5), ps).some((line) => closingAt(line))
  return closed ? ps : lines.length
}

/** The closing phrase of a line, and the name when it shares the line ("Best, Jo"). */
function closingAt(line: Line): {closing: Span; name?: Span} | undefined {
  if (isClosingLine(line.text)) return {closing: line}
  const match = closingWithName(line.text)
  // "Thank you, Ms. Patel." thanks the reader; a signature has no title and no full stop.
  if (!match || !looksLikeName(match[2]) || /^(?:Mr|Mrs|Ms|Mx|Dr|Prof)\b|\p{L}{2}[.!?]$/u.test(match[2])) return undefined
  const nameStart = line.start + line.text.length - match[2].length
  return {
    closing: {start: line.start, end: line.start + match[1].length, text: match[1]},
    name: {start: nameStart, end: line.end, text: match[2]}
  }
}

const nameWord = String.raw`[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*`
const particle = String.raw`(?:de|da|del|della|der|den|di|du|la|le|van|von|bin|ibn|al|el|y)`
const nameLine = new RegExp(String.raw`^(?:[-–—~]\s*)?${nameWord}(?:\s+(?:${particle}\s+)*${nameWord}){0,3}$`, 'u')

/**
 * A line that is a name and nothing else: one to four capitalised words (or words of a script
 * without case), maybe after a dash, with particles such as "de la" or "van" between them.
 */
function looksLikeName(text: string): boolean {
  return nameLine.test(text)
}

function cleanName(line: Span): Span {
  const leading = /^[-–—~]\s*/.exec(line.text)?.[0].length ?? 0
  return {start: line.start + leading, end: line.end, text: line.text.slice(leading)}
}
