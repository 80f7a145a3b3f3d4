import {pathToFileURL} from 'node:url'

/**
 * What `import.meta.url` reads as inside a CommonJS bundle (esbuild injects this module there and
 * nowhere else): the bundle file's URL. A startup snapshot remembers the folder it was built in,
 * which an install may have moved (npm packs git dependencies, pre-commit copies hooks), so the
 * snapshot's main function moves this to where the bundle is now.
 */
export let bundleUrl = pathToFileURL(__filename).href

export function moveBundle(url: URL): void {
  bundleUrl = url.href
}
