import {DiagnosticSeverity, type Diagnostic, type Range, type TextEdit} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import type {Edit, LintMessage} from '../types.js'

/** Offsets in a message are UTF-16 code units, which is what LSP positions count by default. */
export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return {start: doc.positionAt(start), end: doc.positionAt(end)}
}

/** An engine edit as an LSP text edit on the document it was computed for. */
export function textEditOf(doc: TextDocument, edit: Edit): TextEdit {
  return {range: rangeOf(doc, edit.range[0], edit.range[1]), newText: edit.text}
}

/** A message as an LSP diagnostic: rule id as the code, its docs page as codeDescription. */
export function toDiagnostic(doc: TextDocument, message: LintMessage): Diagnostic {
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, message.start, message.end),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: 'decline-lint',
    message: message.note ? `${message.reason}\n${message.note}` : message.reason
  }
  if (!message.fatal) {
    diagnostic.code = message.ruleId
    diagnostic.codeDescription = {href: message.url}
  }
  return diagnostic
}

/** Whether a message is about the span [start, end] of the text (an empty span at its place counts). */
export function touches(message: LintMessage, start: number, end: number): boolean {
  return message.start <= end && message.end >= start
}
