import {availableParallelism} from 'node:os'

/** --concurrency: a number of threads, or `auto` to let the run decide. */
export type Concurrency = number | 'auto'

/**
 * Below this many files a run stays on one thread: a worker spends its first ~0.3 s loading
 * compromise's tagger, which only pays back over some tens of drafts (measured with `npm run bench`'s corpus; see README, Performance).
 */
export const minFilesForWorkers = 32

/** At most this many threads under `auto`: each worker holds its own copy of the tagger (~60 MiB). */
export const maxAutoThreads = 2

/** Read --concurrency: a whole number of threads, `auto`, or `off` (one thread); undefined when none of these. */
export function parseConcurrency(value: string): Concurrency | undefined {
  if (value === 'auto') return 'auto'
  if (value === 'off') return 1
  return /^[1-9]\d*$/.test(value) ? Number(value) : undefined
}

/** How many threads lint `fileCount` files: never more than there are files. */
export function threadsFor(concurrency: Concurrency, fileCount: number, cores = availableParallelism()): number {
  if (concurrency !== 'auto') return Math.max(1, Math.min(concurrency, fileCount))
  return fileCount < minFilesForWorkers ? 1 : Math.min(cores, maxAutoThreads)
}
