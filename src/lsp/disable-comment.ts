import type {TextEdit} from 'vscode-languageserver/node'
import type {TextDocument} from 'vscode-languageserver-textdocument'

/** YAML front matter must stay first in the file, so the comment goes after it. */
const frontMatter = /^---\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/

/** An existing disable comment right at the top, which the new rule joins. */
const disableLine = /^<!--\s*decline-lint-disable\s+([^>\s][^>]*?)\s*-->/

/**
 * The edit that switches a rule off for a whole Markdown draft: a
 * `<!-- decline-lint-disable rule -->` line at the top (after any front matter), or the rule
 * added to such a line when there is one already.
 */
export function disableComment(doc: TextDocument, ruleId: string): TextEdit {
  const text = doc.getText()
  const top = frontMatter.exec(text)?.[0].length ?? 0
  const existing = disableLine.exec(text.slice(top))
  if (existing) {
    const listEnd = top + existing.index + existing[0].indexOf(existing[1]) + existing[1].length
    const at = doc.positionAt(listEnd)
    return {range: {start: at, end: at}, newText: ` ${ruleId}`}
  }
  const newline = text.includes('\r\n') ? '\r\n' : '\n'
  const at = doc.positionAt(top)
  return {range: {start: at, end: at}, newText: `<!-- decline-lint-disable ${ruleId} -->${newline}`}
}
