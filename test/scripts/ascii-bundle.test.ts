import {readFileSync} from 'node:fs'
import {runInNewContext} from 'node:vm'
import {describe, expect, it} from 'vitest'
import {asciiBundle} from '../../scripts/ascii-bundle.js'

// The build rewrites the snapshot's bundle to ASCII (scripts/ascii-bundle.ts): the rewritten code
// must compute exactly what the original did.
const program = readFileSync(new URL('../data/non-ascii-program.js', import.meta.url), 'utf8')

describe('asciiBundle', () => {
  it('rewrites regular expressions, strings, templates and String.raw to ASCII with the same results', () => {
    const {code, leftovers} = asciiBundle(program)
    expect(runInNewContext(code)).toEqual(runInNewContext(program))
    // Only the comment is left: the build strips comments (minifyWhitespace) before this step.
    expect(leftovers.map(({line}) => line)).toEqual([2])
    expect(code.split('\n').slice(2).join('\n')).toMatch(/^[\x00-\x7f]*$/)
  })

  it('names what it cannot rewrite: a template under another tag, an identifier', () => {
    const code = 'const tag = (s) => s.raw[0]\nconst café = tag`’`\nconst ok = /’/'
    const {code: rewritten, leftovers} = asciiBundle(code)
    expect(leftovers.map(({line}) => line)).toEqual([2])
    expect(rewritten.split('\n')[2]).toBe('const ok = /\\u2019/')
  })

  it('leaves ASCII code untouched', () => {
    const code = 'const a = /x/g, b = `y${a}`'
    expect(asciiBundle(code).code).toBe(code)
  })
})
