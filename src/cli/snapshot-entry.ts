import {startupSnapshot} from 'node:v8'
import {pathToFileURL} from 'node:url'
import {moveBundle} from './bundle-location.js'
import {runInProcess} from './main.js'
import {snapshotFiles} from './snapshot-files.js'
import {warmUp} from './warm-up.js'

// The entry of the CommonJS bundle that `npm run build` turns into a startup snapshot: Node runs
// this module (and the event loop, until the warm-up is done), then saves the heap. Nothing read
// from the process may be kept from here (arguments, environment, folder, streams, today's
// date): runInProcess reads them when the snapshot starts.

/** The blob this process started from: `node --snapshot-blob <blob> -- args`. */
function startedFrom(): string {
  const execArgv = process.execArgv
  const at = execArgv.indexOf('--snapshot-blob')
  return at >= 0 ? execArgv[at + 1] : execArgv.find((arg) => arg.startsWith('--snapshot-blob='))!.slice('--snapshot-blob='.length)
}

void warmUp()

startupSnapshot.setDeserializeMainFunction(() => {
  moveBundle(snapshotFiles(new URL('./', pathToFileURL(startedFrom()))).bundle)
  // Started as `node --snapshot-blob <blob> -- args`, the arguments follow Node's own path.
  void runInProcess(process.argv.slice(1)).then((code) => {
    process.exitCode = code
  })
})
