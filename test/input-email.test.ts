import {describe, expect, it} from 'vitest'
import {lintAsync} from '../src/engine/lint-async.js'
import {lint} from '../src/engine/lint.js'
import {readDraft, readMimeBody} from '../src/input/index.js'
import {onlyRule} from './helpers/rule-tester.js'
import {runCli, tempTree} from './helpers/cli.js'

const crlf = (lines: string[]) => lines.join('\r\n')
const body = ['Dear Ms. Patel,', '', 'I have decided to decline the interview. Gonna miss you guys.', '', 'Best regards,', 'Jordan Lee']
const multipart = (encoding: string, text: string[]) =>
  crlf([
    'From: Jordan Lee <jordan@example.com>',
    'To: "Priya Patel" <priya@example.com>',
    'Subject: =?UTF-8?Q?Interview_for_the_Designer_role_=E2=80=93?=',
    ' =?UTF-8?B?IHdpdGhkcmF3aW5n?=',
    'Date: Tue, 10 Mar 2026 09:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Transfer-Encoding: ${encoding}`,
    '',
    ...text,
    '--b1',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>HTML twin, not checked when there is a text part</p>',
    '--b1--',
    ''
  ])
const tone = {filePath: 'reply.eml', rules: onlyRule('professional-tone')}

describe('email (postal-mime)', () => {
  it('decodes encoded words in folded headers', async () => {
    const text = multipart('7bit', body)
    const draft = readDraft(text, 'reply.eml', await readMimeBody(text))
    expect(draft.meta).toMatchObject({subject: 'Interview for the Designer role – withdrawing', recipient: 'Priya Patel', date: '2026-03-10T09:00:00.000Z'})
    // The raw header is encoded: the subject has no place a fix could rewrite.
    expect([draft.subject?.start, draft.subject?.end]).toEqual([0, 0])
  })

  it('checks a 7bit text part in place: exact positions, and fixes that apply', async () => {
    const text = multipart('7bit', body)
    const {messages} = await lintAsync(text, tone)
    expect(messages.map((m) => `${m.line}:${m.column} ${text.slice(m.start, m.end)}`)).toEqual(['15:42 Gonna'])
    const fixed = await lintAsync(text, {filePath: 'reply.eml', rules: onlyRule('gratitude'), fix: true})
    expect(fixed.output).toBe(text.replace('I have decided', 'Thank you for inviting me to interview for the position. I have decided'))
    expect(fixed.messages).toEqual([])
  })

  it('checks a quoted-printable part decoded, placed in the body, without fixes', async () => {
    const qp = ['Dear Ms. Patel,', '', 'I=E2=80=99ve decided to decline the interview. Gonna miss you gu=', 'ys.', '', 'Best regards,', 'Jordan Lee']
    const text = multipart('quoted-printable', qp)
    const {messages} = await lintAsync(text, tone)
    expect(messages).toHaveLength(1)
    expect(messages[0].reason).toContain('Gonna')
    expect(messages[0].start).toBeGreaterThan(text.indexOf('\r\n\r\n'))
    expect(messages[0].suggestions).toBeUndefined()
    expect(messages[0].fix).toBeUndefined()
  })

  it('checks the HTML part when there is no text part, even base64-encoded', async () => {
    const html = Buffer.from('<p>Dear Ms. Patel,</p><p>I&rsquo;m declining the interview. Gonna miss you.</p>').toString('base64')
    const text = crlf(['Subject: Interview', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', html, ''])
    const {messages} = await lintAsync(text, tone)
    expect(messages.map((m) => m.reason)).toEqual(['"Gonna" is slang; write "Going to"'])
  })

  it("reads Gmail's attribution line, with the name after the time, as the invitation's date", () => {
    const text = crlf(['Subject: Re: Interview', 'Date: Thu, 10 Sep 2026 12:05:33 -0500', '', ...body, '',
      'On Mon, Sep 7, 2026 at 9:14 AM Mark Stoltzfus <m@example.org> wrote:', '> We would like to invite you.', ''])
    expect(readDraft(text, 'reply.eml').meta.invited).toBe(new Date('2026-09-07T09:14:00').toISOString())
  })

  it('takes no date without a year from an attribution line (V8 would read it as 2001)', () => {
    const text = crlf(['Subject: Re: Interview', '', ...body, '', 'On Mon, Sep 7 Mark <m@example.org> wrote:', '> Hello.', ''])
    expect(readDraft(text, 'reply.eml').meta.invited).toBeUndefined()
  })

  it("does not check Outlook's quoted original, and reads its Sent date as the invitation's", async () => {
    const text = crlf([
      'Subject: Re: Interview', 'Date: Tue, 17 Mar 2026 09:00:00 +0000', '', ...body, '',
      '-----Original Message-----', 'From: Priya Patel', 'Sent: Monday, March 2, 2026 10:00 AM', 'Subject: Interview', '',
      'Gonna be great to meet you!!', ''
    ])
    const draft = readDraft(text, 'reply.eml')
    expect(draft.meta.invited).toBe(new Date('2026-03-02T10:00:00').toISOString())
    expect(draft.prose).not.toContain('great to meet')
    expect((await lintAsync(text, tone)).messages).toHaveLength(1)
    const late = (await lintAsync(text, {filePath: 'reply.eml', rules: onlyRule('promptness')})).messages
    expect(late.map((m) => m.ruleId)).toEqual(['promptness'])
  })

  it('lint() without the MIME reading refuses a MIME message with a clear message; nothing throws', async () => {
    const result = lint(multipart('base64', ['SGVsbG8=']), {filePath: 'x.eml'})
    expect(result.messages.map((m) => [m.fatal, m.reason])).toEqual([
      [true, 'a MIME message (several parts, HTML or encoded): read it with lintAsync() or the command line']
    ])
    for (const junk of ['Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n', 'Subject: =?bogus?X?zz?=\r\n\r\nHi', '\u0000\u0001garbage']) {
      const messages = (await lintAsync(junk, {filePath: 'junk.eml'})).messages
      expect(Array.isArray(messages)).toBe(true)
    }
  })

  it('the command line reads MIME messages', () => {
    const dir = tempTree({'.declinelintrc.json': JSON.stringify({root: true, rules: onlyRule('professional-tone')}), 'reply.eml': multipart('7bit', body)})
    expect(runCli(['reply.eml', '-f', 'unix'], {cwd: dir}).stdout).toBe('reply.eml:15:42: warning "Gonna" is slang; write "Going to" [professional-tone]\n')
  })
})
