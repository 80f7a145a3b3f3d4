import {spawn} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'

/** What one language-server session measured: milliseconds from each didChange to its diagnostics. */
export interface EditLatencies {
  edits: number
  warmUp: number
  millis: number[]
}

/**
 * Drive the real server (`decline-lint --lsp`) as an editor does, with its debounce set to 0 so
 * that what is timed is the re-lint, not the pause: open `text`, then make `edits` incremental
 * edits one after another (typing a word, then taking it out again), each timed from sending
 * didChange to receiving the diagnostics published for that version.
 */
export async function measureEdits(bin: string, folder: string, text: string, edits: number, warmUp: number): Promise<EditLatencies> {
  const server = spawn(process.execPath, [bin, '--lsp', '--stdio'], {cwd: folder, stdio: ['pipe', 'pipe', 'inherit']})
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  const waiting = new Map<number, () => void>()
  connection.onNotification('textDocument/publishDiagnostics', (params: {version?: number}) => waiting.get(params.version ?? -1)?.())
  connection.listen()
  const published = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve))

  const uri = pathToFileURL(`${folder}/draft.txt`).href
  let doc = TextDocument.create(uri, 'plaintext', 1, text)
  await connection.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, initializationOptions: {debounceMs: 0}})
  await connection.sendNotification('initialized', {})
  const opened = published(1)
  await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  await opened

  // A word typed in the middle of the body and taken out again: the draft stays 300 words long.
  const at = doc.positionAt(text.indexOf('. ', text.length / 2) + 2)
  const word = 'really '
  const millis: number[] = []
  for (let index = 0; index < warmUp + edits; index++) {
    const typing = index % 2 === 0
    const change = typing ? {range: {start: at, end: at}, text: word} : {range: {start: at, end: {line: at.line, character: at.character + word.length}}, text: ''}
    doc = TextDocument.update(doc, [change], doc.version + 1)
    const received = published(doc.version)
    const started = process.hrtime.bigint()
    await connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: doc.version}, contentChanges: [change]})
    await received
    if (index >= warmUp) millis.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  await connection.sendRequest('shutdown')
  await connection.sendNotification('exit')
  connection.dispose()
  return {edits, warmUp, millis}
}
