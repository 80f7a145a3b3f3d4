#!/usr/bin/env node
// The installed command: a launcher that loads nothing heavy. With a startup snapshot that this
// Node can load (`npm run build` makes one), the CLI runs in a Node started from it, already
// initialised; otherwise, or with DECLINE_LINT_SNAPSHOT=0, it runs here. Results are the same.
import {constants} from 'node:os'
import {runFromSnapshot} from './launch.js'
import {builtSnapshotFolder, usableBlob} from './snapshot-files.js'

const args = process.argv.slice(2)
const blob = usableBlob(builtSnapshotFolder, process.env)
const ending = blob && (await runFromSnapshot(blob, args))
if (!ending) {
  const {runInProcess} = await import('./main.js')
  process.exitCode = await runInProcess(args)
} else if ('signal' in ending) {
  // End the way the snapshot's process ended, so a shell sees the signal too; should the signal
  // not end this process, exit as a shell reports a signal.
  process.exitCode = 128 + constants.signals[ending.signal]
  process.kill(process.pid, ending.signal)
} else {
  process.exitCode = ending.code
}
