import {
  CodeActionKind, createConnection, DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification,
  TextDocuments, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {fatal, lint} from '../engine/lint.js'
import {ConfigError} from '../engine/options.js'
import {hasDraftEnding, isBlank} from '../input/index.js'
import type {LintMessage} from '../types.js'
import {codeActions, fixAllKind} from './code-actions.js'
import {frameGuard} from './framing.js'
import {toDiagnostic} from './diagnostics.js'
import {hoverAt} from './hover.js'
import {LintScheduler} from './scheduler.js'
import {folderOf, WorkspaceSettings} from './settings.js'

/** Language ids of drafts, as VS Code, Neovim, Helix and Emacs name them. */
const draftLanguages = new Set(['plaintext', 'text', 'markdown', 'mail', 'email'])

/** Config files whose change re-lints every open draft. */
const configGlobs = ['**/.declinelintrc.json', '**/.declinelintrc.yaml', '**/.declinelintrc.yml', '**/package.json']

/**
 * Serve the Language Server Protocol on these streams until the client says exit. Resolves
 * with the exit code (vscode-languageserver ends the process itself when the input closes).
 */
export function startLanguageServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const guard = frameGuard((problem) => connection.console.error(`decline-lint: ${problem}`))
  const connection: Connection = createConnection(input.pipe(guard), output)
  const documents = new TextDocuments(TextDocument)
  let settings = new WorkspaceSettings(process.cwd())
  let versionedEdits = false
  let watchesDynamically = false

  const lintDocument = (doc: TextDocument): LintMessage[] => lintSafely(connection, settings, doc)
  const scheduler = new LintScheduler(
    {
      document: (uri) => documents.get(uri),
      lint: lintDocument,
      fixAll: (doc) => lint(doc.getText(), {...settings.optionsFor(doc.uri, doc.languageId), fix: true}).output,
      publish: (doc, messages) =>
        void connection.sendDiagnostics({uri: doc.uri, version: doc.version, diagnostics: messages.map((message) => toDiagnostic(doc, message))})
    },
    () => settings.debounceMs
  )
  const isDraft = (doc: TextDocument) => draftLanguages.has(doc.languageId) || hasDraftEnding(doc.uri)
  const relintAll = () => {
    scheduler.forgetResults()
    for (const doc of documents.all().filter(isDraft)) scheduler.schedule(doc.uri)
  }
  const applySettings = (value: unknown) => {
    try {
      settings.setClientSettings(value)
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      connection.console.error(`decline-lint: ${error.message}; keeping the previous settings`)
      // A notification, not window/showMessageRequest: a client that cannot ask the user still works.
      void connection.sendNotification(ShowMessageNotification.type, {type: MessageType.Error, message: `decline-lint: ${error.message}`})
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    settings = new WorkspaceSettings(folderOf(params.workspaceFolders?.[0]?.uri ?? params.rootUri) ?? process.cwd())
    applySettings(params.initializationOptions)
    versionedEdits = Boolean(params.capabilities.workspace?.workspaceEdit?.documentChanges)
    watchesDynamically = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        hoverProvider: true
      },
      serverInfo: {name: 'decline-lint'}
    }
  })
  connection.onInitialized(() => {
    if (watchesDynamically) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, {watchers: configGlobs.map((globPattern) => ({globPattern}))})
        .catch((error: Error) => connection.console.warn(`decline-lint: cannot watch config files: ${error.message}`))
    }
  })
  connection.onDidChangeConfiguration((params) => {
    applySettings(params.settings)
    relintAll()
  })
  connection.onDidChangeWatchedFiles(() => {
    settings.reload()
    relintAll()
  })

  documents.onDidChangeContent(({document}) => {
    if (isDraft(document)) scheduler.schedule(document.uri)
  })
  documents.onDidClose(({document}) => {
    scheduler.forget(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  connection.onCodeAction((params) => {
    const doc = documents.get(params.textDocument.uri)
    if (!doc || !isDraft(doc)) return []
    const fixedText = () => scheduler.fixedTextFor(doc)
    return codeActions({doc, messages: scheduler.messagesFor(doc), fixedText, versionedEdits}, params)
  })
  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri)
    return doc && isDraft(doc) ? hoverAt(doc, scheduler.messagesFor(doc), params.position) : null
  })

  // The last line of defence: whatever escapes a handler is logged to the client, and the server goes on.
  process.on('unhandledRejection', (reason) => connection.console.error(`decline-lint: ${(reason as Error)?.stack ?? reason}`))
  documents.listen(connection)
  connection.listen()
  return new Promise((resolve) => connection.onExit(() => resolve(0)))
}

/**
 * Lint an open document. Never throws: a bad config file or an unexpected failure becomes one
 * message at the top of the draft and a line in the client's log, and a rule that fails is
 * logged while the other rules' findings are still returned (lint() makes it a fatal message).
 */
function lintSafely(connection: Connection, settings: WorkspaceSettings, doc: TextDocument): LintMessage[] {
  const text = doc.getText()
  // A new, empty buffer has nothing to check yet; "no decision stated" there would be noise.
  if (isBlank(text)) return []
  let messages: LintMessage[]
  try {
    messages = lint(text, settings.optionsFor(doc.uri, doc.languageId)).messages
  } catch (error) {
    const problem = error instanceof ConfigError ? error.message : `could not check this draft: ${(error as Error).stack ?? error}`
    messages = [fatal(problem)]
  }
  for (const message of messages.filter((m) => m.fatal)) connection.console.error(`decline-lint: ${doc.uri}: ${message.reason}`)
  return messages
}
