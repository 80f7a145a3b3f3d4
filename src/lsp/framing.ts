import {Transform} from 'node:stream'

const headerEnd = Buffer.from('\r\n\r\n')

/**
 * A guard in front of the JSON-RPC reader: it passes whole `Content-Length` frames through and
 * drops any header block that is not one (reported through `onDropped`). Without it, one
 * malformed header leaves vscode-jsonrpc's reader failing on the same bytes forever, and the
 * server, still running, never hears from the editor again.
 */
export function frameGuard(onDropped: (problem: string) => void): Transform {
  let pending = Buffer.alloc(0)
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      pending = Buffer.concat([pending, chunk])
      for (;;) {
        const end = pending.indexOf(headerEnd)
        if (end === -1) break
        const header = pending.subarray(0, end).toString('ascii')
        const length = contentLength(header)
        if (length === undefined) {
          onDropped(`dropped a malformed message header: ${JSON.stringify(header.slice(0, 80))}`)
          pending = pending.subarray(end + headerEnd.length)
          continue
        }
        const frameEnd = end + headerEnd.length + length
        if (pending.length < frameEnd) break
        this.push(pending.subarray(0, frameEnd))
        pending = pending.subarray(frameEnd)
      }
      done()
    }
  })
}

/** The body length a header block announces, or undefined when it is not a valid LSP header. */
function contentLength(header: string): number | undefined {
  let length: number | undefined
  for (const line of header.split('\r\n')) {
    const match = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line)
    if (!match) return undefined
    if (match[1].toLowerCase() === 'content-length') length = /^\d+$/.test(match[2].trim()) ? Number(match[2].trim()) : undefined
  }
  return length
}
