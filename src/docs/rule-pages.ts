import {existsSync, readFileSync} from 'node:fs'
import {packageRoot} from '../package-root.js'

/** A rule's documentation page (Markdown), or undefined when the page is not installed. */
export function rulePage(id: string): string | undefined {
  const root = packageRoot()
  const page = root && new URL(`docs/rules/${id}.md`, root)
  return page && existsSync(page) ? readFileSync(page, 'utf8') : undefined
}

/**
 * The passages of the guidance a rule encodes: the `> ` quotes under its page's
 * "## The guidance" heading, one string a passage.
 */
export function guidancePassages(id: string): string[] {
  const page = rulePage(id)
  const section = page ? /^## The guidance\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(page)?.[1] : undefined
  if (!section) return []
  return section
    .split(/\n\s*\n/)
    .filter((block) => block.startsWith('> '))
    .map((block) => block.replace(/^> ?/gm, '').replace(/\n/g, ' ').trim())
}
