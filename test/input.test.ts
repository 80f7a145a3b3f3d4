import {describe, expect, it} from 'vitest'
import {readDraft} from '../src/input/index.js'
import {lint} from '../src/engine/lint.js'
import {onlyRule} from './helpers/rule-tester.js'

describe('plain text', () => {
  it('takes a first line "Subject: ..." as the subject and keeps it out of the prose', () => {
    const draft = readDraft('Subject: Interview for Analyst – Thank you\r\n\r\nDear Sam,\r\n', 'a.txt')
    expect(draft.subject).toEqual({start: 9, end: 42, text: 'Interview for Analyst – Thank you'})
    expect(draft.prose.length).toBe(draft.text.length)
    expect(draft.prose.startsWith(' '.repeat(42) + '\r\n')).toBe(true)
  })

  it('keeps a pasted quoted reply out of the prose, as in an email', () => {
    const text = 'Dear Ceri,\n\nI must decline.\n\nBest,\nSam\n\nOn 2 June, Ceri wrote:\n> Dear [Candidate Name], we would like to invite you.\n'
    const draft = readDraft(text, 'a.txt')
    expect(draft.prose.length).toBe(text.length)
    expect(draft.prose).toContain('I must decline.')
    expect(draft.prose).not.toContain('wrote:')
    expect(draft.prose).not.toContain('[Candidate Name]')
    expect(lint(text, {filePath: 'a.txt', rules: onlyRule('placeholders')}).messages).toEqual([])
  })
})

describe('plain text with front matter', () => {
  const script = '---\nscript: true\ncompany: Acme\n---\nSubject: Declining the interview\nNotes for my call.\n'

  it('reads its metadata and subject, and blanks it from the prose at the same offsets', () => {
    const draft = readDraft(script, 'call.txt')
    expect(draft.meta).toMatchObject({script: true, company: 'Acme', subject: 'Declining the interview'})
    const start = script.indexOf('Declining')
    expect(draft.subject).toEqual({start, end: start + 'Declining the interview'.length, text: 'Declining the interview'})
    expect(draft.prose).toHaveLength(script.length)
    expect(draft.prose.trim()).toBe('Notes for my call.')
  })

  it('a script needs no greeting or sign-off', () => {
    const rules = {...onlyRule('greeting'), 'sign-off': 'warn' as const}
    expect(lint(script, {filePath: 'call.txt', rules}).messages).toEqual([])
    expect(lint(script.replace('script: true', 'script: false'), {filePath: 'call.txt', rules}).messages.map((message) => message.ruleId)).toEqual(['greeting', 'sign-off'])
  })

  it('names the file when the front matter is broken', () => {
    const result = lint('---\nsubject: [Offer\n---\nHi', {filePath: 'bad.txt'})
    expect(result.messages).toEqual([expect.objectContaining({fatal: true, reason: expect.stringContaining('front matter is not valid YAML')})])
    expect(result.messages[0].reason).not.toContain('needs quotes')
  })

  it('reads a bare value that holds ": " as if quoted, says how to quote it, and checks the draft', () => {
    // A reply's subject written bare is the usual slip: reported, but the draft is still checked.
    const text = '---\nsubject: Re: Your offer\nscript: true\n---\nI have decided to decline the offer.\n'
    const draft = readDraft(text, 'reply.txt')
    expect(draft.meta).toMatchObject({subject: 'Re: Your offer', script: true})
    expect(draft.problems).toEqual([expect.stringContaining('needs quotes: subject: "Re: Your offer"); checked as if it were quoted')])
    const messages = lint(text, {filePath: 'reply.txt', rules: {...onlyRule('gratitude'), 'subject-line': 'warn' as const}}).messages
    expect(messages.map((message) => message.fatal ? 'fatal' : message.ruleId)).toEqual(['fatal', 'gratitude'])
    expect(readDraft(`${text}\nThanks for the offer.\n`, 'reply.md')).toMatchObject({meta: {subject: 'Re: Your offer'}, problems: [expect.any(String)]})
  })

  it('quotes only what needs it, and reports front matter that quoting does not mend as before', () => {
    expect(readDraft('---\nsubject: "Re: Offer"\nrole: Interview: Data analyst\n---\nHi\n', 'a.txt').meta).toMatchObject({subject: 'Re: Offer', role: 'Interview: Data analyst'})
    const unmended = lint('---\nsubject: Re: Offer\nrole: [unclosed\n---\nHi\n', {filePath: 'bad.txt'})
    expect(unmended.messages).toEqual([expect.objectContaining({fatal: true})])
    expect(unmended.messages[0].reason).not.toContain('checked as if')
  })
})

describe('markdown', () => {
  const md = '---\nsubject: Declining the interview\ncompany: Acme\nrole: Designer\ninvited: 2026-03-01\n---\n\nDear Sam,\n\nI `decline` it.\n\n```\ncode here\n```\n\n> Sorry for the delay, wrote Sam.\n'
  it('reads front matter as metadata and blanks front matter and code out of the prose', () => {
    const draft = readDraft(md, 'a.md')
    expect(draft.meta).toMatchObject({subject: 'Declining the interview', company: 'Acme', role: 'Designer'})
    expect(draft.meta.invited).toMatch(/^2026-03-01/)
    expect(draft.prose).not.toContain('company')
    expect(draft.prose).not.toContain('decline')
    expect(draft.prose).not.toContain('code here')
    expect(draft.prose).not.toContain('Sorry')
    expect(draft.prose).toContain('Dear Sam,')
    expect(draft.prose.length).toBe(md.length)
  })

  it('reports broken front matter as a fatal message naming the problem', () => {
    const result = lint('---\nsubject: [unclosed\n---\n\nHi\n', {filePath: 'x.md'})
    expect(result.messages).toHaveLength(1)
    expect(result.messages[0]).toMatchObject({fatal: true, severity: 2})
    expect(result.messages[0].reason).toMatch(/front matter is not valid YAML/)
  })

  it('honours disable, enable and disable-next-line comments', () => {
    const body = 'I have decided to decline the interview.'
    const text = (comment: string) => `Dear Sam,\n\n${comment}\n\n${body}\n\nBest regards,\nJo\n`
    const count = (source: string) => lint(source, {filePath: 'a.md', rules: onlyRule('gratitude')}).messages.length
    expect(count(text(''))).toBe(1)
    expect(count(text('<!-- decline-lint-disable gratitude -->'))).toBe(0)
    expect(count(text('<!-- decline-lint-disable -->'))).toBe(0)
    expect(count(text('<!-- decline-lint-disable apology -->'))).toBe(1)
    const sarcasm = 'Thanks for nothing.'
    const region = (open: string, close: string) =>
      `Dear Sam,\n\n${body}\n\n${open}\n\n${sarcasm}\n\n${close}\n\n${sarcasm}\n\nBest regards,\nJo\n`
    expect(count(region('', ''))).toBe(3)
    expect(count(region('<!-- decline-lint-disable gratitude -->', '<!-- decline-lint-enable gratitude -->'))).toBe(2)
    expect(count(region('<!-- decline-lint-disable gratitude -->', '<!-- decline-lint-enable -->'))).toBe(2)
    expect(count(region('<!-- decline-lint-disable gratitude -->', ''))).toBe(1)
    expect(count(`Dear Sam,\n\n<!-- decline-lint-disable-next-line gratitude -->\n${body}\n\nBest regards,\nJo\n`)).toBe(0)
  })
})

describe('email', () => {
  const eml = [
    'From: Jordan Lee <jordan@example.com>',
    'To: "Priya Patel" <priya@acme.example>',
    'Subject: Interview for Data Analyst',
    ' – Thank you',
    'Date: Tue, 10 Mar 2026 09:00:00 +0000',
    '',
    'Dear Ms. Patel,',
    '',
    'Thank you. I must decline.',
    '',
    '> Could you come in on Friday?',
    '',
    'On Mon, 2 Mar 2026 at 10:00, Priya Patel <priya@acme.example> wrote:',
    '> We would like to invite you to interview.',
    ''
  ].join('\n')

  it('reads Subject (unfolded), Date, To and the quoted invitation date; checks only the new text', () => {
    const draft = readDraft(eml, 'reply.eml')
    expect(draft.meta.subject).toBe('Interview for Data Analyst – Thank you')
    expect(draft.meta.date).toBe('2026-03-10T09:00:00.000Z')
    expect(draft.meta.recipient).toBe('Priya Patel')
    expect(draft.meta.invited?.slice(0, 10)).toBe('2026-03-02')
    expect(draft.prose).toContain('Thank you. I must decline.')
    expect(draft.prose).not.toContain('Friday')
    expect(draft.prose).not.toContain('invite you')
    expect(draft.prose).not.toContain('From:')
    expect(draft.prose.length).toBe(eml.length)
  })
})
