import {describe, expect, it} from 'vitest'
import {lint} from '../src/engine/lint.js'
import {readDraft} from '../src/input/index.js'
import {onlyRule} from './helpers/rule-tester.js'

const template = [
  '<!doctype html>',
  '<html><head><title>Interview</title><style>p {color: red}</style><script>var gonna = 1</script></head>',
  '<body>',
  '<p>Dear Sam,</p>',
  '<p>I&rsquo;m gonna decline the interview &amp; the role&#8230; Sorry!!</p>',
  '<blockquote>On Monday, Sam wrote: you gonna come?</blockquote>',
  '<p>Best regards,<br>Alex</p>',
  '</body></html>'
].join('\r\n')

describe('HTML email templates', () => {
  it('checks only the text, at the offsets of the original, with references decoded in place', () => {
    const draft = readDraft(template, 'mail.html')
    expect(draft.format).toBe('html')
    expect(draft.prose.length).toBe(template.length)
    // Line breaks stay where they are, and block tags add their own.
    expect(draft.prose.split('\n').length).toBeGreaterThanOrEqual(template.split('\n').length)
    const words = draft.prose.split(/\s+/).filter(Boolean)
    expect(words).toEqual(['Dear', 'Sam,', 'I’m', 'gonna', 'decline', 'the', 'interview', '&', 'the', 'role…', 'Sorry!!', 'Best', 'regards,', 'Alex'])
    const at = (word: string) => draft.prose.indexOf(word)
    expect(template.slice(at('gonna'), at('gonna') + 5)).toBe('gonna')
    expect(template.slice(at('Sorry'), at('Sorry') + 5)).toBe('Sorry')
  })

  it('takes the title as the subject, placed on its text', () => {
    const draft = readDraft(template, 'mail.html')
    expect(draft.meta.subject).toBe('Interview')
    expect(template.slice(draft.subject!.start, draft.subject!.end)).toBe('Interview')
  })

  it('reports rule findings on the original lines and columns', () => {
    const messages = lint(template, {filePath: 'mail.html', rules: onlyRule('professional-tone')}).messages
    expect(messages.map((m) => `${m.line}:${m.column} ${template.slice(m.start, m.end)}`)).toEqual(['5:14 gonna', '5:69 !!'])
  })

  it('honours decline-lint-disable comments', () => {
    const quiet = template.replace('<p>I&rsquo;m', '<!-- decline-lint-disable-next-line professional-tone -->\r\n<p>I&rsquo;m')
    expect(lint(quiet, {filePath: 'mail.html', rules: onlyRule('professional-tone')}).messages).toEqual([])
  })

  it('never throws on broken markup', () => {
    for (const broken of ['<p>Dear Sam,<p>Thanks &amp', '<<<>>>&&&;', '<p>unclosed <b>bold <i>text', '&#xD800; &#0; &bogus;']) {
      const draft = readDraft(broken, 'x.html')
      expect(draft.prose.length).toBe(broken.length)
    }
  })
})
