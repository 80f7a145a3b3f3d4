/**
 * A worker thread of the pool (lint-pool.ts): lints the files it is sent with the run's setup and
 * answers with each outcome. It writes nothing; the main thread reports and writes fixes in order.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {lintDraftFile} from './draft-file.js'
import type {FileJob, WorkerData, WorkerReply} from './lint-pool.js'
import {linterFor} from './lint-setup.js'

const {setup, maxBytes} = workerData as WorkerData
const lintOne = linterFor(setup)

async function answer({index, file}: FileJob): Promise<WorkerReply> {
  try {
    const outcome = await lintDraftFile(file, lintOne, setup.cwd, maxBytes)
    return 'result' in outcome && outcome.result.collected ? {index, rerun: true} : {index, outcome}
  } catch (error) {
    return {index, internal: error instanceof Error ? error.message : String(error)}
  }
}

parentPort!.on('message', async (job: FileJob) => parentPort!.postMessage(await answer(job)))
