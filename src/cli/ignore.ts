import {existsSync, readFileSync} from 'node:fs'
import {dirname, isAbsolute, relative, resolve, sep} from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {InputError} from '../input/errors.js'
import {describeFsError} from './read-input.js'

/** The ignore file looked for in the working folder when --ignore-path does not name one. */
export const defaultIgnoreFile = '.declinelintignore'

/** One set of gitignore patterns and the folder they are relative to. */
interface PatternSet {
  base: string
  matcher: Ignore
}

/**
 * Which files to skip: `.declinelintignore` (or the --ignore-path file) in gitignore syntax,
 * relative to its own folder, plus --ignore-pattern patterns, relative to the working folder.
 * Files given by name are skipped too, so a pre-commit hook that passes every staged file still
 * leaves the repository's README alone.
 */
export function loadIgnore(cwd: string, ignorePath: string | undefined, patterns: string[]): (file: string) => boolean {
  const sets: PatternSet[] = []
  const path = resolve(cwd, ignorePath ?? defaultIgnoreFile)
  if (ignorePath !== undefined || existsSync(path)) {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      throw new InputError(ignorePath ?? defaultIgnoreFile, `cannot read the ignore file: ${describeFsError(error as NodeJS.ErrnoException)}`)
    }
    sets.push({base: dirname(path), matcher: ignore().add(text)})
  }
  if (patterns.length > 0) sets.push({base: cwd, matcher: ignore().add(patterns)})
  return (file) => sets.some((set) => ignoredBy(set, resolve(cwd, file)))
}

function ignoredBy(set: PatternSet, absolute: string): boolean {
  const path = relative(set.base, absolute)
  // Outside the ignore file's folder its patterns say nothing (and `ignore` refuses such paths).
  if (path === '' || path.startsWith('..') || isAbsolute(path)) return false
  return set.matcher.ignores(path.split(sep).join('/'))
}
