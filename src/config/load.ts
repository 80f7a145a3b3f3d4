import {readFileSync} from 'node:fs'
import {basename} from 'node:path'
import {parse as parseYaml} from 'yaml'
import {ConfigError} from '../engine/options.js'
import {validateConfig, type ConfigFile} from './schema.js'

/** Config file names looked for in each folder, in this order; the first found is used. */
export const configNames = ['.declinelintrc.json', '.declinelintrc.yaml', '.declinelintrc.yml', 'package.json']

/**
 * Read one config file: JSON, YAML, or the `declineLint` field of a package.json (undefined when
 * a package.json has none). Parse errors name the file and the problem.
 */
export function loadConfig(path: string): ConfigFile | undefined {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError(`cannot read config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, path)
  }
  const name = basename(path)
  let data: unknown
  try {
    data = name.endsWith('.yaml') || name.endsWith('.yml') ? parseYaml(text) : JSON.parse(text)
  } catch (error) {
    const kind = name.endsWith('.json') ? 'JSON' : 'YAML'
    throw new ConfigError(`invalid ${kind}: ${(error as Error).message.split('\n')[0]}`, path)
  }
  if (name === 'package.json') {
    const field = (data as {declineLint?: unknown} | null)?.declineLint
    return field === undefined ? undefined : validateConfig(field, path)
  }
  return validateConfig(data ?? {}, path)
}
