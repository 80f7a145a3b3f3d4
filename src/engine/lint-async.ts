import {readMimeBody, type MimeBody} from '../input/mime.js'
import {fatal, lint, type LintResult} from './lint.js'
import type {LintOptions} from './options.js'

/**
 * `lint()` for any input, emails included: an `.eml` is first read by postal-mime, whose parser is
 * asynchronous, and the part it picks is handed to `lint()`. Other inputs go straight to `lint()`.
 */
export async function lintAsync(text: string, options: LintOptions = {}): Promise<LintResult> {
  if (!options.filePath?.toLowerCase().endsWith('.eml') || options.mimeBody) return lint(text, options)
  let mimeBody: MimeBody | undefined
  try {
    mimeBody = await readMimeBody(text)
  } catch (error) {
    // postal-mime refuses little, but whatever it refuses is a problem with this file only.
    return {filePath: options.filePath, messages: [fatal(`not a readable email: ${(error as Error).message}`)]}
  }
  if (!mimeBody) return {filePath: options.filePath, messages: [fatal('the message has no text or HTML part to check')]}
  return lint(text, {...options, mimeBody})
}
