import {existsSync, readFileSync, statSync} from 'node:fs'
import {cachedDataVersionTag} from 'node:v8'

/**
 * What Node checks before it starts from a snapshot (a mismatch makes it exit 14), and the blob's
 * size (a blob cut short crashes it). `cachedDataVersionTag` covers V8's version and flags, so
 * NODE_OPTIONS such as --jitless count too.
 */
export interface SnapshotMetadata {
  node: string
  v8: string
  arch: string
  platform: string
  cachedDataVersionTag: number
  blobBytes: number
}

/** The snapshot's files in its folder: the bundle it was built from, the blob, the blob's metadata. */
export function snapshotFiles(folder: URL) {
  return {
    bundle: new URL('cli.cjs', folder),
    blob: new URL('cli.blob', folder),
    metadata: new URL('cli.blob.json', folder)
  }
}

/** dist/snapshot/, which `npm run build` fills (this module is dist/src/cli/snapshot-files.js). */
export const builtSnapshotFolder = new URL('../../snapshot/', import.meta.url)

/** This Node's side of the metadata, for a blob of this size. */
export function runningMetadata(blobBytes: number): SnapshotMetadata {
  return {
    node: process.version,
    v8: process.versions.v8,
    arch: process.arch,
    platform: process.platform,
    cachedDataVersionTag: cachedDataVersionTag(),
    blobBytes
  }
}

/**
 * The blob to start the CLI from, or undefined to run it in this process: DECLINE_LINT_SNAPSHOT=0,
 * no blob, or a blob this Node cannot load.
 */
export function usableBlob(folder: URL, env: Record<string, string | undefined>): URL | undefined {
  if (env.DECLINE_LINT_SNAPSHOT === '0') return undefined
  const files = snapshotFiles(folder)
  if (!existsSync(files.blob) || !existsSync(files.metadata)) return undefined
  let recorded: SnapshotMetadata
  try {
    recorded = JSON.parse(readFileSync(files.metadata, 'utf8')) as SnapshotMetadata
  } catch {
    return undefined
  }
  const running = runningMetadata(statSync(files.blob).size)
  const matches = (Object.keys(running) as (keyof SnapshotMetadata)[]).every((key) => recorded[key] === running[key])
  return matches ? files.blob : undefined
}
