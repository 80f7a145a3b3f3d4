/** Bracketed words that are editing marks or references, not blanks to fill. Lower case. */
export const editorialMarks = ['sic', 'sic!', 'citation needed', 'emphasis added', 'emphasis mine', 'redacted', 'edited', 'translated', 'ibid', 'ibid.']

/** Words a placeholder's name is made of ("Company Name", "job_title", "Interview Date"). Lower case. */
export const placeholderWords = [
  'name', 'company', 'title', 'role', 'position', 'manager', 'date', 'recipient', 'employer', 'organisation',
  'organization', 'interviewer', 'recruiter', 'contact', 'phone', 'email', 'address', 'city', 'location',
  'department', 'salary', 'signature', 'job', 'firm', 'sender', 'hospital', 'school', 'university', 'college', 'agency',
  'client', 'bank', 'institution', 'reason'
]

/** Words that open an instruction to the writer: "[insert company]", "(enter your name)". Lower case. */
export const instructionWords = ['insert', 'enter', 'add', 'fill in', 'type', 'put', 'your']

/** HTML element names: "<b>" and "<br>" in a plain-text draft are markup, not placeholders. */
export const htmlTags = [
  'a', 'b', 'i', 'u', 'p', 's', 'q', 'br', 'hr', 'em', 'strong', 'small', 'big', 'sub', 'sup', 'span', 'div',
  'img', 'code', 'pre', 'kbd', 'mark', 'del', 'ins', 'cite', 'abbr', 'center', 'font', 'table', 'tr', 'td',
  'th', 'ul', 'ol', 'li', 'html', 'body', 'head', 'title', 'details', 'summary', 'blockquote'
]

/** Words before "TBD" that make it a plain statement ("the start date is still TBD"), not a blank. */
export const statementBeforeMarker = ['is', 'was', 'are', 'were', 'remains', 'remained', 'still', 'be', 'been', 'as', 'yet', 'currently']

/**
 * What a placeholder stands for, by its name once "insert", "the", a trailing "name" and "'s" are
 * taken off ("[Company Name]" is the company, "[Your Name]" the sender). Whole names only:
 * "[Company Address]" is not the company. Lower case.
 */
export const placeholderGroups: ReadonlyArray<readonly [group: 'sender' | 'company' | 'role' | 'recipient', names: readonly string[]]> = [
  ['sender', ['your', 'your full', 'my', 'sender', 'signature', 'your signature']],
  ['company', ['company', 'your company', 'employer', 'organisation', 'organization', 'firm', 'business']],
  ['recipient', ['hiring manager', 'recipient', 'manager', 'interviewer', 'recruiter', 'contact', 'of hiring manager', 'of the hiring manager']],
  ['role', ['job title', 'job', 'title', 'role', 'position', 'position title', 'role title', 'job role']]
]
