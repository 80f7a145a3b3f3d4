/** Scoring of the labeled corpus: which rules fired against which were expected. */

/** Hits and misses of one rule, or of all rules summed (micro-average). */
export interface Counts {
  tp: number
  fp: number
  fn: number
}

/** Counts with their ratios; a ratio is null when its denominator is zero (nothing to judge). */
export interface Scores extends Counts {
  precision: number | null
  recall: number | null
  f1: number | null
}

/** One draft as linted: the rules expected to fire, and the first message of each rule that fired. */
export interface Outcome {
  file: string
  note: string
  expect: readonly string[]
  /** Rule id to its first message ("3:1 No thanks ..."), for every rule that fired. */
  fired: ReadonlyMap<string, string>
  /** Messages about the input itself or a crashed rule: no rule id to score, but worth showing. */
  fatal: readonly string[]
}

/** A rule that fired where it should not have (FP) or stayed silent where it should have fired (FN). */
export interface Miss {
  kind: 'FP' | 'FN'
  file: string
  rule: string
  /** The first message for a false positive; the draft's note for a false negative. */
  detail: string
}

/** The scores of one part of the corpus. */
export interface Report {
  drafts: number
  perRule: Record<string, Scores>
  micro: Scores
  /** Drafts labeled with no rule at all, and how many of them got no message at all. */
  clean: {total: number; silent: number}
  misses: Miss[]
  fatal: Array<{file: string; message: string}>
}

/** Precision, recall and F1 from counts. */
export function scores({tp, fp, fn}: Counts): Scores {
  const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole)
  const precision = ratio(tp, tp + fp)
  const recall = ratio(tp, tp + fn)
  // F1 = 2TP / (2TP + FP + FN): defined whenever anything was expected or fired.
  const f1 = ratio(2 * tp, 2 * tp + fp + fn)
  return {tp, fp, fn, precision, recall, f1}
}

/** Score outcomes rule by rule (every id in `ruleIds`, in that order) and micro-averaged. */
export function evaluate(outcomes: readonly Outcome[], ruleIds: readonly string[]): Report {
  const counts = new Map(ruleIds.map((id) => [id, {tp: 0, fp: 0, fn: 0}]))
  const misses: Miss[] = []
  let cleanTotal = 0
  let cleanSilent = 0
  for (const outcome of outcomes) {
    const expected = new Set(outcome.expect)
    for (const [id, count] of counts) {
      const fired = outcome.fired.get(id)
      if (fired !== undefined && expected.has(id)) count.tp++
      else if (fired !== undefined) {
        count.fp++
        misses.push({kind: 'FP', file: outcome.file, rule: id, detail: fired})
      } else if (expected.has(id)) {
        count.fn++
        misses.push({kind: 'FN', file: outcome.file, rule: id, detail: outcome.note})
      }
    }
    if (expected.size === 0) {
      cleanTotal++
      if (outcome.fired.size === 0 && outcome.fatal.length === 0) cleanSilent++
    }
  }
  const perRule: Record<string, Scores> = {}
  const sum = {tp: 0, fp: 0, fn: 0}
  for (const [id, count] of counts) {
    perRule[id] = scores(count)
    sum.tp += count.tp
    sum.fp += count.fp
    sum.fn += count.fn
  }
  return {
    drafts: outcomes.length,
    perRule,
    micro: scores(sum),
    clean: {total: cleanTotal, silent: cleanSilent},
    misses,
    fatal: outcomes.flatMap((outcome) => outcome.fatal.map((message) => ({file: outcome.file, message})))
  }
}
