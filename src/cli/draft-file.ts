import {resolve} from 'node:path'
import type {LintResult} from '../engine/lint.js'
import {ConfigError} from '../engine/options.js'
import {InputError} from '../input/errors.js'
import type {LintOne} from './lint-files.js'
import {readDraftFile} from './read-input.js'

/**
 * What linting one file came to: its result (with the text it was read as, when there is a
 * fixed text to write over it), or the problem that stopped it (unreadable, bad config).
 */
export type FileOutcome = {result: LintResult; text?: string} | {problem: string}

/** Read and lint one draft file; anything but an input or config problem is thrown. */
export async function lintDraftFile(file: string, lintOne: LintOne, cwd: string, maxBytes: number): Promise<FileOutcome> {
  try {
    const text = readDraftFile(resolve(cwd, file), maxBytes)
    const result = await lintOne(text, file, file)
    return result.output === undefined ? {result} : {result, text}
  } catch (error) {
    return {problem: problemOf(error)}
  }
}

/** The one-line problem for a draft that could not be linted; other errors are bugs and rethrown. */
export function problemOf(error: unknown): string {
  if (error instanceof InputError) return error.problem
  if (error instanceof ConfigError) return error.message
  throw error
}
