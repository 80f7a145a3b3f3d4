import {readFileSync, statSync} from 'node:fs'
import {isBlank} from '../input/index.js'
import {InputError} from '../input/errors.js'

/** Drafts bigger than this are refused: a decline is a few hundred words. */
export const maxBytes = 1024 * 1024

const utf8 = new TextDecoder('utf-8', {fatal: true})

/**
 * Decode a draft's bytes, refusing what is not a text draft; the error names the file. An empty
 * draft is refused too unless `allowEmpty` (an editor's new buffer is empty, and that is fine).
 */
export function decodeDraft(bytes: Uint8Array, filePath: string, allowEmpty = false): string {
  if (bytes.length > maxBytes) throw tooBig(filePath)
  if (bytes.includes(0)) throw new InputError(filePath, 'binary file (contains NUL bytes), not a text draft')
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw new InputError(filePath, 'not valid UTF-8 text')
  }
  if (!allowEmpty && isBlank(text)) throw new InputError(filePath, 'empty file: nothing to lint')
  return text
}

/** Read and decode a draft file. */
export function readDraftFile(filePath: string): string {
  let bytes: Uint8Array
  try {
    if (statSync(filePath).size > maxBytes) throw tooBig(filePath)
    bytes = readFileSync(filePath)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(filePath, describeFsError(error as NodeJS.ErrnoException))
  }
  return decodeDraft(bytes, filePath)
}

function tooBig(filePath: string): InputError {
  return new InputError(filePath, `file is larger than the ${maxBytes / 1024 / 1024} MiB limit for a draft`)
}

/** A one-line reason for a file-system error. */
export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'is a folder'
    case 'ELOOP':
      return 'too many symbolic links (a loop?)'
    default:
      return error.message
  }
}

