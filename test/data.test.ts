import {readdirSync} from 'node:fs'
import nlp from 'compromise'
import {describe, expect, it} from 'vitest'

// Phrase lists are data beside their rule (rules/<id>.data.ts). Every exported list of strings
// must have no duplicates, and every plain phrase in it must be found by compromise in its own
// words: a phrase the tokenizer splits differently ("can't" vs "can not") would never match.
const folder = new URL('../rules/', import.meta.url)
const dataFiles = readdirSync(folder).filter((name) => name.endsWith('.data.ts'))

const lists: Array<[string, string[]]> = []
for (const name of dataFiles) {
  const module = (await import(new URL(name, folder).href)) as Record<string, unknown>
  for (const [exported, value] of Object.entries(module)) {
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) lists.push([`${name} ${exported}`, value])
  }
}

describe.each(lists)('%s', (_, list) => {
  it('has no duplicates', () => {
    const seen = list.map((item) => item.toLowerCase())
    expect(seen.filter((item, index) => seen.indexOf(item) !== index)).toEqual([])
  })

  it('has plain phrases that match themselves', () => {
    const plain = list.filter((item) => /^[a-z][a-z ]*[a-z]$/i.test(item) && item.includes(' '))
    expect(plain.filter((phrase) => !nlp(phrase).has(phrase))).toEqual([])
  })
})
