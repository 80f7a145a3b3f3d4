import {readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {basename, dirname, join} from 'node:path'

/**
 * Replace a file's text without ever leaving it half-written: write a temporary file beside it
 * with the same mode, then rename it over the original. When the file no longer holds
 * `expected` (changed on disk since it was read), nothing is written.
 */
export function writeAtomic(path: string, text: string, expected?: string): void {
  if (expected !== undefined && readFileSync(path, 'utf8') !== expected) {
    throw new Error('the file changed on disk while it was being linted; not overwritten')
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`)
  let mode: number | undefined
  try {
    mode = statSync(path).mode & 0o7777
  } catch {
    mode = undefined
  }
  try {
    writeFileSync(temporary, text, {mode, flag: 'wx'})
    renameSync(temporary, path)
  } catch (error) {
    try {
      unlinkSync(temporary)
    } catch {
      // Nothing was written, or it is already gone: the original is untouched either way.
    }
    throw error
  }
}
