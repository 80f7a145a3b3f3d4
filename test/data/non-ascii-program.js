// A program with characters above ASCII in every place a bundle can hold them. The ascii-bundle
// test runs it as written and as rewritten: the results must be the same. ’ in a comment.
const texts = ['I’m', "I'm", 'I am', 'a–b', 'a-b', 'a—b', 'aüb', 'a😀b', '’', '\\’']
const who = 'Zoë'
const results = {
  regex: texts.map((text) => /I[’']m/.test(text)),
  classes: texts.map((text) => [/a[–—]b/u.test(text), /a[à-ÿ]b/.test(text), /a😀b/u.test(text), /^a.b$/u.test(text), /^a.b$/.test(text)]),
  identity: texts.map((text) => [/^\’$/.test(text), /^\\’$/.test(text)]),
  template: `Dear ${who} – thank you, ’${who}’ \’ \u00e9
on two lines —`,
  raw: String.raw`\b(?:I|we)['’]m\s+${who}—\${x}\`€$`,
  rawPattern: new RegExp(String.raw`\bcan['’]t\b`, 'i').test('I can’t'),
  rawAsciiPart: String.raw`\s+${who}\b’`,
  rawInRaw: String.raw`a${String.raw`’${1 + 1}’`}b`,
  escaped: '\u2019'.length
}
results
