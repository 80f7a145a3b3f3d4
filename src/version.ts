import {existsSync, readFileSync} from 'node:fs'

// This module runs built (dist/src/) and, under the tests, from source (src/).
const packageJson = [new URL('../../package.json', import.meta.url), new URL('../package.json', import.meta.url)].find((url) =>
  existsSync(url) && (JSON.parse(readFileSync(url, 'utf8')) as {name?: string}).name === 'decline-lint'
)

/** decline-lint's version, from its package.json (reports and --version name it). */
export const version = packageJson ? (JSON.parse(readFileSync(packageJson, 'utf8')) as {version: string}).version : '0.0.0'

/** Where the project lives: SARIF names it as the tool's home. */
export const homepage = 'https://github.com/decline-lint/decline-lint'
