import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/engine/lint.js'
import {letter, onlyRule, testRule} from '../helpers/rule-tester.js'

const guidance = readFileSync(new URL('../../../shared/seed/decline-guidance.txt', import.meta.url), 'utf8')
const template = /Dear \[Hiring Manager\],[\s\S]*?\[Your Name\]\n/.exec(guidance)![0]
const known = (body: string) => `---\ncompany: Northwind\nrole: Data Analyst\n---\n\n${letter(body)}`

testRule('placeholders', {
  valid: [
    {name: 'a pronoun put into a quotation after "with": "I worked with [him]"', text: letter('You wrote "I worked with [him] before", and I must decline.')},
    {name: 'a pronoun put into a quotation: "[she]"', text: letter('You told me "[she] will call you", and I must decline.')},
    {name: 'the guidance template in template mode', text: template, mode: 'template'},
    {name: 'the guidance template, filled in', text: template.replace('[Hiring Manager]', 'Ms. Patel').replace('[Job Title]', 'Data Analyst').replace('[Company]', 'Northwind').replace('[Your Name]', 'Jordan Lee')},
    {name: 'links, footnotes, [sic], an address, <3', text: letter('As your [careers page](https://example.com) says [1], the role "suits [sic] a self-starter". Write to <jo@example.com> <3. I must decline.')},
    {name: 'acronyms and a plain TBD', text: letter('The NHS and GDPR work sounded great, and the start date is still TBD. I must decline.')},
    {name: 'words put into a quotation', text: letter('You said [the role] was still open. I must decline.')},
    {name: 'code in Markdown is not prose', text: '---\nrecipient: Sam\n---\n\nHi Sam,\n\nMy bot sends `Hello {{name}}` to people. I must decline.\n\nBest,\nJo\n', filePath: 'a.md'},
    {name: 'consistent curly placeholders in template mode', text: 'Hi {{first_name}},\n\nThank you for the {{role}} offer at {{company}}. I must decline.\n\nBest,\n{{sender_name}}\n', mode: 'template'},
    {name: 'different things with a word in common are not one thing spelled two ways', text: 'Dear [Hiring Manager],\n\nThank you for the offer at [Company], [Company Address]. I must decline.\n\nBest,\n[Your Name]\n', mode: 'template'},
    {name: 'a Markdown task list is not an empty placeholder', text: letter('Before I go:\n\n- [ ] return the laptop'), filePath: 'a.md', mode: 'template'}
  ],
  invalid: [
    {
      name: 'lower-case words in angle brackets where a workplace goes: "a position at <other resort>"',
      text: 'Dear Ms. Patel,\n\nThank you for the offer. I have decided to decline it, as I have accepted a position at <other resort> that includes staff housing.\n\nBest regards,\nJordan Lee\n',
      errors: [{reason: 'Unfilled placeholder "<other resort>"', line: 3, column: 89}]
    },
    {
      name: 'an instruction left in: "(company name here)"',
      text: letter('Please withdraw my application. I have accepted a planner role at (company name here), where I will be supporting their solar portfolio.'),
      errors: [{reason: 'Unfilled placeholder "(company name here)"', line: 3, column: 67}]
    },
    {
      name: 'a name to fill in: "(new employer\'s name)"',
      text: letter('I am writing to decline the offer. I have accepted a role with (new employer\'s name) that lets me finish my school project.'),
      errors: [{reason: 'Unfilled placeholder "(new employer\'s name)"', line: 3, column: 64}]
    },
    {
      name: 'a hyphenated name left to fill in: "(name of other co-operative)"',
      text: letter('I have decided to decline the offer, as I have accepted a similar post with (name of other co-operative), which lets me stay in Santa Fe.'),
      errors: [{reason: 'Unfilled placeholder "(name of other co-operative)"', line: 3, column: 77}]
    },
    {
      name: 'an instruction in parentheses with no determiner: "(name of school)"',
      text: letter('I will not be accepting the offer. Thank you for the coach position at (name of school).'),
      errors: [{reason: 'Unfilled placeholder "(name of school)"', line: 3, column: 72}]
    },
    {
      name: 'an instruction in parentheses: "(name of current school)"',
      text: letter('I will not be accepting the offer. My district has offered me a role at (name of current school).'),
      errors: [{reason: 'Unfilled placeholder "(name of current school)"', line: 3, column: 73}]
    },
    {
      name: 'lower-case words where a workplace\'s name goes: "a staff position at [other post house]"',
      text: letter('I must decline, as I have accepted a staff position at [other post house] in Madrid.'),
      errors: [{reason: 'Unfilled placeholder "[other post house]"', line: 3, column: 56}]
    },
    {
      name: 'a company left in brackets, filled from front matter',
      text: known('Thank you for the offer from [Company]. I must decline.'),
      filePath: 'a.md',
      errors: [{reason: 'Unfilled placeholder "[Company]"', line: 8, column: 30, endColumn: 39}]
    },
    {
      name: 'curly, angle and informal placeholders',
      text: letter('Thank you, {first_name}, for the <Job Title> interview on XXX. I must decline.'),
      errors: [
        {reason: 'Unfilled placeholder "{first_name}"', line: 3, column: 12},
        {reason: 'Unfilled placeholder "<Job Title>"', line: 3, column: 34},
        {reason: 'Unfilled placeholder "XXX"', line: 3, column: 59}
      ]
    },
    {
      name: 'a bracketed institution: "[other hospital]"',
      text: letter('I must decline, as I have accepted a position with [other hospital].'),
      errors: [{reason: 'Unfilled placeholder "[other hospital]"', line: 3, column: 52}]
    },
    {
      name: 'one lower-case word in brackets: "[route]"',
      text: letter('Thank you for the offer on the Portsmouth–[route] ferry. I must decline.'),
      errors: [{reason: 'Unfilled placeholder "[route]"', line: 3, column: 43}]
    },
    {
      name: 'in the subject and the greeting',
      text: 'Subject: Interview for [Job Title] – thank you\n\nDear [Hiring Manager],\n\nThank you for the Data Analyst interview. I must decline.\n\nBest,\nJo\n',
      errors: [
        {reason: 'Unfilled placeholder "[Job Title]"', line: 1, column: 24},
        {reason: 'Unfilled placeholder "[Hiring Manager]"', line: 3, column: 6}
      ]
    },
    {
      name: 'the signature, with the sender from front matter',
      text: '---\nsender: Jordan Lee\n---\n\nDear Sam,\n\nThank you. I must decline.\n\nBest regards,\n<your name>\n',
      filePath: 'a.md',
      errors: [{reason: 'Unfilled placeholder "<your name>"', line: 10, column: 1}]
    },
    {
      name: 'a lower-case angle placeholder in Markdown, which CommonMark reads as a tag',
      text: '---\ncompany: Wicklow County Council\n---\n\nDear Mr Quinlan,\n\nThank you. I must decline, but I would be glad to hear of roles at <company name>.\n\nBest regards,\nCian\n',
      filePath: 'a.md',
      errors: [{reason: 'Unfilled placeholder "<company name>"', line: 7, column: 68}]
    },
    {
      name: 'template mode: another syntax than the file\'s',
      text: 'Dear [Hiring Manager],\n\nThank you for the [Job Title] offer at {{company}}. I must decline.\n\nBest,\n[Your Name]\n',
      mode: 'template',
      errors: [{reason: '"{{company}}" is written in another syntax than the file\'s first placeholder, "[Hiring Manager]"', line: 3, column: 40}]
    },
    {
      name: 'template mode: one thing spelled two ways',
      text: 'Dear [Hiring Manager],\n\nThank you for the offer at [Company]. I hope to work with [Company Name] one day.\n\nBest,\n[Your Name]\n',
      mode: 'template',
      errors: [{reason: '"[Company Name]" and "[Company]" stand for the same thing; spell it one way', line: 3, column: 59}]
    },
    {
      name: 'template mode: brackets that do not pair, CRLF',
      text: 'Dear [Hiring Manager,\r\n\r\nThank you for the {{role} offer. I must decline.\r\n\r\nBest,\r\n[Your Name]\r\n',
      mode: 'template',
      errors: [
        {reason: 'Placeholder "[Hiring Manager" is not closed', line: 1, column: 6, endColumn: 21},
        {reason: 'Placeholder "{{role}" has mismatched brackets', line: 3, column: 19}
      ]
    },
    {
      name: 'template mode: a placeholder not opened takes the capitalised words before its closer',
      text: 'Dear [Hiring Manager],\n\nThank you for the offer at Northwind Company]. I must decline.\n\nBest,\n[Your Name]\n',
      mode: 'template',
      errors: [{reason: 'Placeholder "Northwind Company]" is not opened', line: 3, column: 28}]
    },
    {
      name: 'template mode: an empty placeholder',
      text: 'Dear {{}},\n\nThank you for the offer. I must decline.\n\nBest,\n{{name}}\n',
      mode: 'template',
      errors: [{reason: 'Empty placeholder "{{}}"', line: 1, column: 6}]
    },
    {
      name: 'the guidance template in draft mode',
      text: `---\nrecipient: Priya Shah\n---\n\n${template}`,
      filePath: 'a.md',
      errors: [{line: 5, column: 6}, {line: 7, column: 48}, {line: 7, column: 72}, {line: 12, column: 1}].map((place) => ({...place, reason: /^Unfilled placeholder/}))
    }
  ]
})

describe('placeholders: suggestions and allowed names', () => {
  const messages = (text: string, options: Parameters<typeof lint>[1] = {}) => lint(text, {rules: onlyRule('placeholders'), ...options}).messages

  it('fills a placeholder with the draft\'s own value', () => {
    const [message] = messages(known('Thank you for the [Job Title] offer. I must decline.'), {filePath: 'a.md'})
    expect(message.suggestions?.[0].fix.text).toBe('Data Analyst')
  })

  it('never offers a placeholder as its own filling: a signature of "(your name)" is taken out', () => {
    const [message] = messages('Dear Ms. Patel,\n\nThank you. I must decline.\n\nBest regards,\n(your name)\n')
    expect(message.reason).toBe('Unfilled placeholder "(your name)"')
    expect(message.suggestions?.map((suggestion) => suggestion.desc)).toEqual(['Take it out, and write in what it stands for'])
  })

  it('leaves a subject that is only a placeholder to subject-line: "Subject: the position" would say nothing', () => {
    const [message] = messages('Subject: [Job Title]\n\nDear Ms. Patel,\n\nThank you. I must decline.\n\nBest regards,\nJo Lee\n')
    expect(message.reason).toBe('Unfilled placeholder "[Job Title]"')
    expect(message.suggestions).toEqual([])
    const [inBody] = messages('Subject: Declining the offer\n\nDear Ms. Patel,\n\nThank you for the offer of [Job Title]. I must decline.\n\nBest regards,\nJo Lee\n')
    expect(inBody.suggestions?.map((suggestion) => suggestion.fix.text)).toEqual(['the position'])
  })

  it('repairs a broken placeholder in the file\'s own syntax, not in the one it was broken in', () => {
    const text = 'Dear [Hiring Manager],\n\nThank you for the [Job Title] offer at {{Company}. I must decline.\n\nBest,\n[Your Name]\n'
    const [message] = messages(text, {mode: 'template'})
    expect(message.reason).toBe('Placeholder "{{Company}" has mismatched brackets')
    expect(message.suggestions?.map((suggestion) => suggestion.fix.text)).toEqual(['[Company]'])
    const alone = messages('Dear {{name}},\n\nThank you for the {{role} offer. I must decline.\n\nBest,\n{{me}}\n', {mode: 'template'})
    expect(alone[0].suggestions?.map((suggestion) => suggestion.fix.text)).toEqual(['}}'])
  })

  it('offers "Hiring Manager" for an unknown recipient in the greeting, and a first name for {first_name}', () => {
    expect(messages('Dear [Hiring Manager],\n\nThank you. I must decline.\n\nBest,\nJo\n')[0].suggestions?.[0].fix.text).toBe('Hiring Manager')
    const text = '---\nrecipient: Priya Shah\n---\n\nHi {first_name},\n\nThank you. I must decline.\n\nBest,\nJo\n'
    expect(messages(text, {filePath: 'a.md'})[0].suggestions?.[0].fix.text).toBe('Priya')
  })

  it('in template mode, reports names outside the allowed list and suggests the allowed one', () => {
    const text = 'Dear [Hiring Manager],\n\nThank you for the offer at [Company Name]. I must decline.\n\nBest,\n[Your Name]\n'
    const found = messages(text, {mode: 'template', placeholders: {allowed: ['Company', 'Hiring Manager', 'Your Name']}})
    expect(found.map((message) => message.reason)).toEqual(['"[Company Name]" is not one of the allowed placeholders (Company, Hiring Manager, Your Name)'])
    expect(found[0].suggestions?.map((suggestion) => suggestion.fix.text)).toEqual(['[Company]'])
  })

  it('is an error by default', () => {
    const found = lint(letter('Thank you for the offer from [Company].')).messages.filter((message) => message.ruleId === 'placeholders')
    expect(found.map((message) => message.severity)).toEqual([2])
  })
})
