import {Worker} from 'node:worker_threads'
import type {FileOutcome} from './draft-file.js'
import type {LintSetup} from './lint-setup.js'

/**
 * The worker threads' entry module. The one place its location is decided: a bundled build,
 * where this file is not beside it, points the pool at its own copy here.
 */
export function lintWorkerUrl(): URL {
  return new URL('./lint-worker.js', import.meta.url)
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

/** Files a worker holds ahead: it never waits for the main thread, busy with a file of its own, to hand out the next. */
const aheadPerWorker = 2

/**
 * Lint `files` on `threads` threads: this one and `threads - 1` workers, each taking the next
 * file when it is done with one. `take` gets each outcome in file order as soon as every file
 * before it is done, so the report, stderr and the fixes written come out as a serial run's.
 */
export async function lintOnThreads(
  files: string[],
  threads: number,
  data: WorkerData,
  lintHere: (file: string) => Promise<FileOutcome>,
  take: (file: string, outcome: FileOutcome) => void
): Promise<void> {
  const done = new Map<number, FileOutcome>()
  const rerun: number[] = []
  let next = 0
  let taken = 0
  let failure: Error | undefined
  let wake = () => {}

  const workers = Array.from({length: threads - 1}, () => {
    const worker = new Worker(lintWorkerUrl(), {workerData: data satisfies WorkerData, resourceLimits: workerLimits})
    const held = new Set<number>()
    const give = () => {
      if (next >= files.length) return
      held.add(next)
      worker.postMessage({index: next, file: files[next++]} satisfies FileJob)
    }
    worker.on('message', (reply: WorkerReply) => {
      held.delete(reply.index)
      if ('internal' in reply) failure ??= new Error(reply.internal)
      else if ('rerun' in reply) rerun.push(reply.index)
      else done.set(reply.index, reply.outcome)
      give()
      wake()
    })
    worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') rerun.push(...held)
      else failure ??= error
      wake()
    })
    for (let ahead = 0; ahead < aheadPerWorker; ahead++) give()
    return worker
  })

  try {
    for (;;) {
      if (failure) throw failure
      for (; done.has(taken); taken++) {
        take(files[taken], done.get(taken)!)
        done.delete(taken)
      }
      if (taken === files.length) break
      const index = rerun.shift() ?? (next < files.length ? next++ : undefined)
      if (index === undefined) {
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      done.set(index, await lintHere(files[index]))
      // Lets the workers' answers in before this thread takes its next file.
      await new Promise((resolve) => setImmediate(resolve))
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
