import type {DisabledRegion} from './draft.js'

/** A `<!-- decline-lint-disable rule -->` comment (Markdown, HTML): its kind, rules and place. */
export interface Control {
  kind: string
  rules: string[]
  start: number
  end: number
}

const control = /^<!--\s*decline-lint-(disable-next-line|disable|enable)\b([^>]*?)-->$/

/** Read a comment, as written with its `<!--` and `-->`, at [start, end); undefined when it is no control. */
export function readControl(comment: string, start: number, end: number): Control | undefined {
  const match = control.exec(comment.trim())
  return match ? {kind: match[1], rules: match[2].split(/[\s,]+/).filter(Boolean), start, end} : undefined
}

/**
 * Turn disable/enable comments into regions. A disable lasts until an enable that names one of
 * its rules, or a bare enable; a bare disable (all rules) ends only at a bare enable.
 */
export function toRegions(controls: Control[], text: string): DisabledRegion[] {
  const regions: DisabledRegion[] = []
  let open: Array<{rules: string[]; start: number}> = []
  for (const item of controls) {
    if (item.kind === 'disable-next-line') {
      const lineEnd = text.indexOf('\n', item.end)
      const nextEnd = lineEnd === -1 ? -1 : text.indexOf('\n', lineEnd + 1)
      regions.push({start: item.start, end: nextEnd === -1 ? text.length : nextEnd, rules: item.rules})
    } else if (item.kind === 'disable') {
      open.push({rules: item.rules, start: item.start})
    } else {
      const closes = (region: {rules: string[]}) =>
        item.rules.length === 0 || region.rules.some((rule) => item.rules.includes(rule))
      for (const region of open.filter(closes)) regions.push({...region, end: item.start})
      open = open.filter((region) => !closes(region))
    }
  }
  for (const region of open) regions.push({...region, end: text.length})
  return regions
}
