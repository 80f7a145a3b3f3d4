import {expect} from 'vitest'
import {buildDocument} from '../../src/document/build.js'
import {readDraft} from '../../src/input/index.js'

/** A phrase a compromise pattern should find: first alternatives, optional words, tags and wildcards left out. */
function example(pattern: string): string {
  return pattern
    .replace(/#\w+\? /g, '')
    .replace(/ \.(?:\?|\{0,\d+\}) /g, ' ')
    .replace(/ \.\{[1-9]\d*,\d+\} /g, ' total ')
    .replace(/ \. /g, ' total ')
    .replace(/\(([^)|]+)[^)]*\)\??/g, '$1')
    .replace(/ \w+\?(?= )/g, '')
}

/**
 * Check that each pattern of a rule's data finds its own words in a sentence, as retext and
 * compromise split them: a hyphenated word inside an alternation, for one, never matches.
 */
export function expectPatternsMatchThemselves(patterns: readonly string[]): void {
  for (const pattern of patterns) {
    const doc = buildDocument(readDraft(`Well, ${example(pattern)} indeed.`, 'example.txt'))
    expect(doc.match([pattern]), pattern).not.toHaveLength(0)
  }
}
