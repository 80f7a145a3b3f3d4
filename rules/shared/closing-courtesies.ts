/**
 * Helpers shared by the two rules about a decline's closing courtesies, `apology` and
 * `future-contact`: both look for the writer's own words among phrases found in the body.
 */
import type {Match} from '../../src/document/document.js'
import type {Span} from '../../src/input/draft.js'

/** Whether two spans share at least one character. */
export function overlaps(a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): boolean {
  return a.start < b.end && b.start < a.end
}

/**
 * Matches in text order, each counted once: a phrase that two patterns find ("my apologies",
 * "apologies") or that runs into the next one is kept only as the first.
 */
export function distinct(matches: readonly Match[]): Match[] {
  const kept: Match[] = []
  for (const match of [...matches].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!kept.some((other) => overlaps(other, match))) kept.push(match)
  }
  return kept
}
