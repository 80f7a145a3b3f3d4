import {availableParallelism} from 'node:os'

/** --concurrency: a number of threads, or `auto` to let the run decide. */
export type Concurrency = number | 'auto'

/**
 * Below this many files a run stays on one thread. A worker costs about 2.4 s of CPU before it is
 * up to speed (loading compromise's tagger and the rules, then warming up), of which the main
 * thread saves about 0.8 s by not loading the tagger itself, against some 30 ms a draft once
 * warm: on two free cores, two workers pay back from about 100 drafts (see README, Performance).
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
