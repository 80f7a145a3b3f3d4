import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import type {Case} from './rule-tester.js'

export const fixturesRoot = new URL('../../fixtures/', import.meta.url).pathname

/**
 * The drafts in fixtures/<rule-id>/pass and fail. An optional fixtures/<rule-id>/options.json
 * gives lint options by file name: {"late.txt": {"date": "2026-03-10"}}.
 */
export function ruleFixtures(id: string): {pass: Case[]; fail: Case[]} {
  const folder = join(fixturesRoot, id)
  const optionsFile = join(folder, 'options.json')
  const options: Record<string, Partial<Case>> = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}
  const read = (kind: 'pass' | 'fail'): Case[] => {
    const dir = join(folder, kind)
    if (!existsSync(dir)) return []
    return readdirSync(dir).sort().map((name) => ({
      name: `${kind}/${name}`,
      text: readFileSync(join(dir, name), 'utf8'),
      filePath: join(dir, name),
      ...options[name]
    }))
  }
  return {pass: read('pass'), fail: read('fail')}
}
