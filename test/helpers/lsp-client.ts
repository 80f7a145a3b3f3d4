import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {pathToFileURL} from 'node:url'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {bin} from './cli.js'

/** A diagnostic as the server publishes it. */
export interface PublishedDiagnostic {
  range: {start: {line: number; character: number}; end: {line: number; character: number}}
  severity: number
  code?: string
  codeDescription?: {href: string}
  source: string
  message: string
}

export interface Published {
  uri: string
  version?: number
  diagnostics: PublishedDiagnostic[]
}

/**
 * A raw JSON-RPC client over the stdio of a real `decline-lint --lsp --stdio` process (the flag
 * LSP client libraries add): what an editor does, with nothing of the server's code in between.
 */
export class LspClient {
  readonly published: Published[] = []
  readonly logs: string[] = []
  readonly stderr: string[] = []
  readonly connection: MessageConnection
  private readonly child: ChildProcessWithoutNullStreams
  private waiters: Array<() => void> = []

  constructor(cwd: string, env: Record<string, string> = {}) {
    this.child = spawn(process.execPath, [bin, '--lsp', '--stdio'], {cwd, env: {PATH: process.env.PATH ?? '', ...env}})
    this.child.stderr.on('data', (chunk) => this.stderr.push(String(chunk)))
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin))
    this.connection.onNotification('textDocument/publishDiagnostics', (params: Published) => {
      this.published.push(params)
      this.wake()
    })
    this.connection.onNotification('window/logMessage', (params: {message: string}) => {
      this.logs.push(params.message)
      this.wake()
    })
    this.connection.onNotification('window/showMessage', (params: {message: string}) => this.logs.push(params.message))
    this.connection.onRequest('client/registerCapability', () => null)
    this.connection.listen()
  }

  /** Raw bytes on the server's stdin, for malformed messages. */
  writeRaw(bytes: string): void {
    this.child.stdin.write(bytes)
  }

  async initialize(rootFolder: string, initializationOptions?: unknown): Promise<{capabilities: Record<string, unknown>}> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootFolder).href,
      workspaceFolders: [{uri: pathToFileURL(rootFolder).href, name: 'drafts'}],
      capabilities: {workspace: {workspaceEdit: {documentChanges: true}}},
      initializationOptions
    })
    await this.connection.sendNotification('initialized', {})
    return result as {capabilities: Record<string, unknown>}
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{text}]})
  }

  /** Wait until `check` finds what it wants in what was received, or fail with what was. */
  async until<T>(what: string, check: () => T | undefined, timeoutMs = 8000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = check()
      if (found !== undefined) return found
      const left = deadline - Date.now()
      if (left <= 0) {
        throw new Error(`timed out waiting for ${what}; received ${JSON.stringify(this.published)}; logs ${JSON.stringify(this.logs)}; stderr ${this.stderr.join('')}`)
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left)
        this.waiters.push(() => (clearTimeout(timer), resolve()))
      })
    }
  }

  /** The next diagnostics published for `uri` after the `seen`-th publication. */
  diagnosticsAfter(uri: string, seen: number): Promise<Published> {
    return this.until(`diagnostics for ${uri}`, () => this.published.slice(seen).find((p) => p.uri === uri))
  }

  /** Shut down politely; resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    let code = this.child.exitCode
    if (code === null) {
      const exited = new Promise<number | null>((resolve) => this.child.on('exit', resolve))
      await this.connection.sendRequest('shutdown')
      await this.connection.sendNotification('exit')
      code = await exited
    }
    this.connection.dispose()
    return code
  }

  get exitCode(): number | null {
    return this.child.exitCode
  }

  private wake(): void {
    const waiters = this.waiters
    this.waiters = []
    for (const waiter of waiters) waiter()
  }
}
