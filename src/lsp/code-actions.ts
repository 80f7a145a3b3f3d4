import {CodeActionKind, type CodeAction, type CodeActionParams, type WorkspaceEdit, type TextEdit} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {LintMessage} from '../types.js'
import {textEditOf, toDiagnostic, touches} from './diagnostics.js'
import {disableComment} from './disable-comment.js'

/** decline-lint's own kind under source.fixAll, as ESLint's server does, so clients can ask for it alone. */
export const fixAllKind = `${CodeActionKind.SourceFixAll}.decline-lint`

/** What code actions are built from. */
export interface ActionInput {
  doc: TextDocument
  /** The messages for the document's current version. */
  messages: LintMessage[]
  /** The whole text after every safe fix (`lint(..., {fix: true})`), or undefined when nothing changes. */
  fixedText(): string | undefined
  /** Whether the client applies versioned edits (`documentChanges`), which it refuses on stale text. */
  versionedEdits: boolean
}

/**
 * The code actions for a range: each suggestion of each message there as a quick fix, "fix all"
 * (the safe fixes `--fix` applies), and for Markdown "disable <rule> in this file".
 */
export function codeActions(input: ActionInput, params: CodeActionParams): CodeAction[] {
  const {doc, messages} = input
  const start = doc.offsetAt(params.range.start)
  const end = doc.offsetAt(params.range.end)
  const here = messages.filter((message) => !message.fatal && touches(message, start, end))
  const actions: CodeAction[] = []
  for (const message of here) {
    const diagnostics = [toDiagnostic(doc, message)]
    for (const suggestion of message.suggestions ?? []) {
      actions.push({
        title: suggestion.desc,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: sameEdit(suggestion.fix, message.fix),
        edit: workspaceEdit(input, [textEditOf(doc, suggestion.fix)])
      })
    }
  }
  if (wants(params, fixAllKind) && messages.some((message) => message.fix)) {
    const fixed = input.fixedText()
    if (fixed !== undefined) actions.push({title: 'Fix all decline-lint problems', kind: fixAllKind, edit: workspaceEdit(input, [wholeChange(doc, fixed)])})
  }
  if (doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(doc.uri)) {
    for (const ruleId of new Set(here.map((message) => message.ruleId))) {
      actions.push({
        title: `Disable ${ruleId} in this file`,
        kind: CodeActionKind.QuickFix,
        edit: workspaceEdit(input, [disableComment(doc, ruleId)])
      })
    }
  }
  return actions.filter((action) => wants(params, action.kind ?? ''))
}

/** Whether the client asked for this kind (`only` lists kinds and their parents). */
function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only
  return !only || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`))
}

function sameEdit(a: {range: [number, number]; text: string}, b?: {range: [number, number]; text: string}): boolean {
  return b !== undefined && a.range[0] === b.range[0] && a.range[1] === b.range[1] && a.text === b.text
}

/** One edit covering only what differs, so the editor keeps the cursor and folds elsewhere. */
function wholeChange(doc: TextDocument, fixed: string): TextEdit {
  const text = doc.getText()
  let prefix = 0
  while (prefix < text.length && prefix < fixed.length && text[prefix] === fixed[prefix]) prefix++
  let suffix = 0
  while (suffix < text.length - prefix && suffix < fixed.length - prefix && text[text.length - 1 - suffix] === fixed[fixed.length - 1 - suffix]) suffix++
  return textEditOf(doc, {range: [prefix, text.length - suffix], text: fixed.slice(prefix, fixed.length - suffix)})
}

function workspaceEdit(input: ActionInput, edits: TextEdit[]): WorkspaceEdit {
  const {doc} = input
  if (input.versionedEdits) return {documentChanges: [{textDocument: {uri: doc.uri, version: doc.version}, edits}]}
  return {changes: {[doc.uri]: edits}}
}
