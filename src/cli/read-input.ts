import {readFileSync, statSync} from 'node:fs'
import {isBlank} from '../input/index.js'
import {InputError} from '../input/errors.js'

/** Drafts bigger than this are refused by default: a decline is a few hundred words. */
export const defaultMaxBytes = 1024 * 1024

// ignoreBOM keeps a byte order mark in the text (the default drops it), so that --fix writes it back.
const utf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})

/**
 * Decode a draft's bytes, refusing what is not a UTF-8 text draft; the error names the file.
 * UTF-16 is refused rather than decoded: `--fix` would have to write it back in UTF-16, and
 * mail clients and editors save drafts as UTF-8. An empty draft is refused too unless
 * `allowEmpty` (an editor's new buffer is empty, and that is fine).
 */
export function decodeDraft(bytes: Uint8Array, filePath: string, maxBytes = defaultMaxBytes, allowEmpty = false): string {
  if (bytes.length > maxBytes) throw tooBig(filePath, maxBytes)
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(filePath, 'UTF-16 text (it starts with a UTF-16 byte order mark); save it as UTF-8')
  }
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
export function readDraftFile(filePath: string, maxBytes = defaultMaxBytes): string {
  let bytes: Uint8Array
  try {
    if (statSync(filePath).size > maxBytes) throw tooBig(filePath, maxBytes)
    bytes = readFileSync(filePath)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(filePath, describeFsError(error as NodeJS.ErrnoException))
  }
  return decodeDraft(bytes, filePath, maxBytes)
}

function tooBig(filePath: string, maxBytes: number): InputError {
  return new InputError(filePath, `file is larger than the ${formatSize(maxBytes)} limit for a draft (see --max-file-size)`)
}

const units: Record<string, number> = {'': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2}

/** Read a size such as `1048576`, `512KiB` or `2MiB` (binary units); undefined when it is none. */
export function parseSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim())
  const unit = match ? units[match[2].toLowerCase()] : undefined
  return match && unit !== undefined && Number(match[1]) > 0 ? Math.floor(Number(match[1]) * unit) : undefined
}

/** A size as people say it: 1 MiB, 512 KiB, 300 bytes. */
function formatSize(bytes: number): string {
  if (bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
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

