import {statSync} from 'node:fs'
import {resolve} from 'node:path'

/**
 * Why `--output-file` may not be written, or undefined when it may: the report must never
 * replace one of the drafts it is about. Files are compared by device and inode, so a symbolic
 * or hard link to an input is caught as well as the same path spelled another way.
 */
export function outputFileProblem(outputFile: string, inputs: string[], cwd: string): string | undefined {
  const target = identity(resolve(cwd, outputFile))
  if (!target) return undefined
  const clash = inputs.find((input) => identity(resolve(cwd, input)) === target)
  return clash === undefined ? undefined : `--output-file "${outputFile}" is one of the drafts being linted (${clash}); not overwritten`
}

function identity(path: string): string | undefined {
  try {
    const stats = statSync(path)
    return `${stats.dev}:${stats.ino}`
  } catch {
    return undefined
  }
}
