import {existsSync, readFileSync} from 'node:fs'

/**
 * The folder of decline-lint's package.json, found upward from this module: it runs from src/
 * (tests), dist/src/ (built) and inside the bundle in dist/snapshot/, where esbuild reads
 * `import.meta.url` as the bundle's current place. Found on every call, never cached, so that a
 * startup snapshot built in one folder still finds the package where it is installed.
 */
export function packageRoot(): URL | undefined {
  for (let folder = new URL('./', import.meta.url); ; folder = new URL('../', folder)) {
    const manifest = new URL('package.json', folder)
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as {name?: string}).name === 'decline-lint') return folder
    if (folder.pathname === '/') return undefined
  }
}
