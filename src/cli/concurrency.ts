import {availableParallelism} from 'node:os'

/** --concurrency: a number of threads, or `auto` to let the run decide. */
export type Concurrency = number | 'auto'

/**
 * Under `auto`, below this many files a run stays on one thread. A worker costs about 2.4 s of
 * CPU before it is up to speed (loading compromise's tagger and the rules, then warming up). This
 * was reckoned against 30 ms a draft; since drafts share work per sentence (often 2-17 ms a
 * draft), two workers did not pay on two cores at any size measured, so the default is `off`
 * (README, Performance).
 */
export const minFilesForWorkers = 100

/**
 * At most this many worker threads under `auto`: each holds its own copy of the tagger and the
 * rules, and with a third the peak memory passes alex's on 1,000 drafts.
 */
export const maxAutoThreads = 2

/** Read --concurrency: a whole number of threads, `auto`, or `off` (one thread); undefined when none of these. */
export function parseConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto') return 'auto'
  if (value === 'off') return 1
  return /^[1-9]\d*$/.test(value) ? Number(value) : undefined
}

/**
 * How many threads lint `fileCount` files, never more than there are files: 1 is the main thread
 * alone; more are worker threads, and the main thread only hands them the files.
 */
export function threadsFor(concurrency: Concurrency, fileCount: number, cores = availableParallelism()): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, fileCount))
  return fileCount < minFilesForWorkers ? 1 : Math.min(cores, maxAutoThreads)
}
