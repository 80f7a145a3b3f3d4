import {existsSync, readdirSync, realpathSync, statSync} from 'node:fs'
import {join, sep} from 'node:path'
import picomatch from 'picomatch'
import {InputError} from '../input/errors.js'
import {extensions, hasDraftEnding} from '../input/index.js'
import {describeFsError} from './read-input.js'

/** Folders never walked into. */
const skipped = new Set(['node_modules', '.git'])

/** The files to lint and the problems found while looking for them. */
export interface Expanded {
  files: string[]
  errors: InputError[]
}

/**
 * Turn the paths given on the command line into files: a file is taken as given (whatever its
 * ending), a folder is walked for drafts, a glob is matched below its static base. Each path
 * that yields nothing is an error that names it; one whose drafts are all ignored is not.
 */
export function expandPaths(paths: string[], isIgnored: (file: string) => boolean = () => false): Expanded {
  const files: string[] = []
  const errors: InputError[] = []
  for (const path of paths) {
    const scan = picomatch.scan(path)
    const base = scan.base || '.'
    const known = errors.length
    const found = scan.isGlob ? (existsSync(base) ? walk(base, errors).filter(matcher(path)) : []) : expandOne(path, errors)
    if (found === undefined) continue
    // A folder that could not be read has said so; "no drafts here" would be a second line.
    if (found.length === 0 && errors.length === known) {
      errors.push(new InputError(path, scan.isGlob ? 'no drafts match this pattern' : `no drafts here (looked for ${Object.keys(extensions).join(' ')})`))
    }
    for (const file of found) if (!files.includes(file) && !isIgnored(file)) files.push(file)
  }
  return {files, errors}
}

function expandOne(path: string, errors: InputError[]): string[] | undefined {
  try {
    return statSync(path).isDirectory() ? walk(path, errors) : [path]
  } catch (error) {
    errors.push(new InputError(path, describeFsError(error as NodeJS.ErrnoException)))
    return undefined
  }
}

function matcher(pattern: string): (file: string) => boolean {
  const isMatch = picomatch(pattern.split(sep).join('/'))
  return (file) => isMatch(file.split(sep).join('/'))
}

/** Every draft below a folder, sorted, following symbolic links once (loops are skipped). */
function walk(folder: string, errors: InputError[], seen = new Set<string>()): string[] {
  let real: string
  let entries
  try {
    real = realpathSync(folder)
    entries = readdirSync(folder, {withFileTypes: true})
  } catch (error) {
    errors.push(new InputError(folder, describeFsError(error as NodeJS.ErrnoException)))
    return []
  }
  if (seen.has(real)) return []
  seen.add(real)
  const files: string[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name)
    let isFolder = entry.isDirectory()
    if (entry.isSymbolicLink()) {
      try {
        isFolder = statSync(path).isDirectory()
      } catch (error) {
        // A dangling link, or a loop of links: said, not silently skipped.
        if (hasDraftEnding(entry.name)) errors.push(new InputError(path, describeFsError(error as NodeJS.ErrnoException)))
        continue
      }
    }
    if (isFolder) {
      if (!skipped.has(entry.name)) files.push(...walk(path, errors, seen))
    } else if (hasDraftEnding(entry.name)) {
      files.push(path)
    }
  }
  return files
}
