/**
 * The second half of `npm run build` (after tsc): bundle the CLI into one CommonJS file with
 * esbuild, have Node build a startup snapshot from it, and write beside the blob what Node checks
 * before loading it. The launcher (src/cli/bin.ts) uses the blob only when that matches the
 * running Node, so when this step cannot run, the command still works, only slower to start.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {builtSnapshotFolder, runningMetadata, snapshotFiles} from '../src/cli/snapshot-files.js'
import {asciiBundle} from './ascii-bundle.js'

const root = new URL('../../', import.meta.url)
const folder = builtSnapshotFolder
const files = snapshotFiles(folder)
const source = (path: string) => fileURLToPath(new URL(path, root))

// A stale blob must never outlive the code it was made from.
rmSync(folder, {recursive: true, force: true})
mkdirSync(folder, {recursive: true})

await build({
  // One CommonJS file per entry, named by its key. A module that a bundled entry starts by URL
  // (a worker) is one more key here, found beside the bundle through import.meta.url.
  entryPoints: {cli: source('src/cli/snapshot-entry.ts'), 'lint-worker': source('src/cli/lint-worker.ts')},
  outdir: fileURLToPath(folder),
  outExtension: {'.js': '.cjs'},
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // import.meta.url does not exist in CommonJS: modules read the bundle's place instead.
  inject: [source('src/cli/bundle-location.ts')],
  define: {'import.meta.url': 'bundleUrl'},
  // No comments or indentation: the snapshot keeps the source, and every cold start reads it.
  // Names stay, for stack traces.
  minifyWhitespace: true,
  logLevel: 'error'
})

for (const bundle of [files.bundle, new URL('lint-worker.cjs', folder)]) {
  const {code, leftovers} = asciiBundle(readFileSync(bundle, 'utf8'))
  writeFileSync(bundle, code)
  for (const {line, text} of leftovers) process.stderr.write(`decline-lint: ${fileURLToPath(bundle)}:${line} is not ASCII (the snapshot grows): ${text}\n`)
}

// Node warns that some built-in modules (tty, child_process) are not yet verified in snapshots:
// only commander's subcommands and supports-color's defaults touch them, and neither is used.
const made = spawnSync(process.execPath, ['--snapshot-blob', fileURLToPath(files.blob), '--build-snapshot', fileURLToPath(files.bundle)], {encoding: 'utf8'})
if (made.status !== 0) {
  rmSync(files.blob, {force: true})
  process.stderr.write(`decline-lint: no startup snapshot (the command will start slower): ${made.error ?? made.stderr}\n`)
} else {
  writeFileSync(files.metadata, JSON.stringify(runningMetadata(statSync(files.blob).size), null, 2) + '\n')
}
