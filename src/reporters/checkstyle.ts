import type {LintResult} from '../engine/lint.js'

/**
 * Escape text for an XML attribute. Characters XML 1.0 cannot hold at all (most control
 * characters, lone surrogates) are dropped; line breaks and tabs become references so that
 * attribute normalisation keeps them.
 */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}

/** Checkstyle's XML report, which Jenkins, GitLab and reviewdog read. */
export function formatCheckstyle(results: LintResult[]): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const result of results) {
    lines.push(`  <file name="${escapeXml(result.filePath)}">`)
    for (const message of result.messages) {
      const severity = message.severity === 2 ? 'error' : 'warning'
      const source = message.fatal ? 'decline-lint' : `decline-lint.${message.ruleId}`
      lines.push(
        `    <error line="${message.line}" column="${message.column}" severity="${severity}" message="${escapeXml(message.reason)}" source="${escapeXml(source)}"/>`
      )
    }
    lines.push('  </file>')
  }
  lines.push('</checkstyle>')
  return lines.join('\n') + '\n'
}
