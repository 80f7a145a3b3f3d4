import {createRequire} from 'node:module'
import type {FileOutcome} from './draft-file.js'
import type {LintSetup} from './lint-setup.js'

/**
 * The worker threads' entry module. The one place its location is decided: a bundled build,
 * where this file is not beside it, points the pool at its own copy here.
 */
export function lintWorkerUrl(): URL {
  // In the snapshot's CommonJS bundle the worker is bundled beside it as lint-worker.cjs.
  return new URL(import.meta.url.endsWith('.cjs') ? './lint-worker.cjs' : './lint-worker.js', import.meta.url)
}

/** What each worker is started with. */
export interface WorkerData {
  setup: LintSetup
  maxBytes: number
}

/** A file for a worker to lint: its place in the run, and its path. */
export interface FileJob {
  index: number
  file: string
}

/**
 * A worker's answer for one file: its outcome; or `rerun`, when the result holds run-level data
 * (template mode's placeholder spellings) whose placing only the thread that linted it can do;
 * or `internal`, the message of an error that is a bug, as a serial run would throw it.
 */
export type WorkerReply = {index: number} & ({outcome: FileOutcome} | {rerun: true} | {internal: string})

/**
 * Each worker's heap is kept small: left alone, V8 grows a heap far past what linting keeps alive,
 * and every worker's growth adds to the process's peak memory. A draft too big for such a heap
 * goes back to the main thread, whose heap has no such cap.
 */
const workerLimits = {maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8}

/** Files a worker holds ahead: it never idles while its next file is on its way. */
const aheadPerWorker = 2

/**
 * Lint `files` on `workers` worker threads, each taking the next file when it is done with one,
 * while this thread, which has not loaded the tagger, only hands them out: a third copy of it
 * would cost more memory than it gains on two cores. `take` gets each outcome in file order as
 * soon as every file before it is done, so the report, stderr and the fixes written come out as
 * a serial run's. What no worker can lint, `lintHere` lints on this thread.
 */
export async function lintOnWorkers(
  files: string[],
  workers: number,
  data: WorkerData,
  lintHere: (file: string) => Promise<FileOutcome>,
  take: (file: string, outcome: FileOutcome) => Promise<void>
): Promise<void> {
  // Loaded here, not at the top: Node 20 does not restore worker_threads' shared state (the
  // counter behind a worker's process.cwd()) from a startup snapshot built with it loaded, and a
  // snapshot has no dynamic import().
  const {Worker} = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')
  const done = new Map<number, FileOutcome>()
  const mine: number[] = []
  let next = 0
  let taken = 0
  let fed = workers
  let failure: Error | undefined
  let wake = () => {}

  const pool = Array.from({length: workers}, () => {
    const worker = new Worker(lintWorkerUrl(), {workerData: data satisfies WorkerData, resourceLimits: workerLimits})
    const held = new Set<number>()
    let feeding = true
    const stopFeeding = () => {
      if (feeding) fed--
      feeding = false
    }
    const give = () => {
      if (!feeding || next >= files.length) return
      held.add(next)
      worker.postMessage({index: next, file: files[next++]} satisfies FileJob)
    }
    worker.on('message', (reply: WorkerReply) => {
      held.delete(reply.index)
      if ('internal' in reply) failure ??= new Error(reply.internal)
      else if ('rerun' in reply) mine.push(reply.index)
      else done.set(reply.index, reply.outcome)
      // In template mode every file carries run-level data: this thread lints the rest itself.
      if ('rerun' in reply) stopFeeding()
      give()
      wake()
    })
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') mine.push(...held)
      else failure ??= error
      held.clear()
      stopFeeding()
      wake()
    })
    worker.on('exit', () => {
      // Not a worker's way to end, but waiting for the files it held would be waiting forever.
      if (held.size > 0) failure ??= new Error('a worker thread stopped before it had linted its files')
      stopFeeding()
      wake()
    })
    for (let ahead = 0; ahead < aheadPerWorker; ahead++) give()
    return worker
  })

  try {
    for (;;) {
      if (failure) throw failure
      for (; done.has(taken); taken++) {
        await take(files[taken], done.get(taken)!)
        done.delete(taken)
      }
      if (taken === files.length) break
      const index = mine.shift() ?? (fed === 0 && next < files.length ? next++ : undefined)
      if (index === undefined) await new Promise<void>((resolve) => (wake = resolve))
      else done.set(index, await lintHere(files[index]))
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()))
  }
}
