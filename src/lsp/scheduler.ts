import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {LintMessage} from '../types.js'

/** The messages for one version of a document, and its text after every safe fix once asked. */
interface Linted {
  version: number
  messages: LintMessage[]
  /** Computed on the first code action request: null when the fixes change nothing. */
  fixed?: string | null
}

/** What the scheduler needs from the server. */
export interface SchedulerHost {
  /** The open document, or undefined once closed. */
  document(uri: string): TextDocument | undefined
  lint(doc: TextDocument): LintMessage[]
  /** The text after every safe fix, or undefined when nothing changes. */
  fixAll(doc: TextDocument): string | undefined
  publish(doc: TextDocument, messages: LintMessage[]): void
}

/**
 * Lints documents a short while after they stop changing (typing must not lint every key), and
 * keeps the messages of the latest linted version for code actions and hover. Linting runs to
 * the end between two messages from the editor, so what is published is always for the version
 * the editor has now (and carries that version); a closed document's pending lint is dropped.
 */
export class LintScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly latest = new Map<string, Linted>()

  /** `delayMs` is read on every change, so a new setting applies from the next keystroke. */
  constructor(private readonly host: SchedulerHost, private readonly delayMs: () => number) {}

  /** Lint `uri` after the delay; a newer call replaces a pending one. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri))
    this.timers.set(uri, setTimeout(() => this.lintAndPublish(uri), this.delayMs()))
  }

  /** The messages for the document's current version, linting now if they are not known yet. */
  messagesFor(doc: TextDocument): LintMessage[] {
    const known = this.latest.get(doc.uri)
    if (known?.version === doc.version) return known.messages
    return this.lintVersion(doc)
  }

  /**
   * The document's text after every safe fix, for "fix all". Editors ask for code actions on
   * every cursor move, so it is computed once per version, not per request.
   */
  fixedTextFor(doc: TextDocument): string | undefined {
    this.messagesFor(doc)
    const known = this.latest.get(doc.uri)!
    if (known.fixed === undefined) known.fixed = this.host.fixAll(doc) ?? null
    return known.fixed ?? undefined
  }

  /** The settings changed: what is known was linted under the old ones. */
  forgetResults(): void {
    this.latest.clear()
  }

  /** A document closed: drop what is pending and what is known. */
  forget(uri: string): void {
    clearTimeout(this.timers.get(uri))
    this.timers.delete(uri)
    this.latest.delete(uri)
  }

  private lintAndPublish(uri: string): void {
    this.timers.delete(uri)
    const doc = this.host.document(uri)
    if (!doc) return
    this.host.publish(doc, this.messagesFor(doc))
  }

  private lintVersion(doc: TextDocument): LintMessage[] {
    const messages = this.host.lint(doc)
    this.latest.set(doc.uri, {version: doc.version, messages})
    return messages
  }
}
