import {readFileSync} from 'node:fs'
import {packageRoot} from './package-root.js'

const root = packageRoot()

/** decline-lint's version, from its package.json (reports and --version name it). */
export const version = root ? (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {version: string}).version : '0.0.0'

/** Where the project lives: SARIF names it as the tool's home. */
export const homepage = 'https://github.com/decline-lint/decline-lint'
