import {readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {Worker} from 'node:worker_threads'
import ts from 'typescript'
import {rules} from '../../rules/index.js'
import {readManifest} from '../../scripts/eval-manifest.js'
import {fixturesRoot} from '../helpers/fixtures.js'

const root = new URL('../../', import.meta.url).pathname

/** Every eighth corpus draft is linted to catch the patterns built while linting. */
const sample = 8

/**
 * Half the regular expressions of decline-lint's own code (src/, rules/), `part` 0 or 1, so that
 * two test files share the check: every other literal written in its source (`written`), and the
 * patterns it builds from strings (`built`), caught as they are made while linting every eighth
 * corpus draft (from the first draft in part 0, from the fifth in part 1). Literals are read from
 * the source, so a pattern on a path no draft takes is checked too. Built patterns are word lists
 * and names put into a few dozen templates; a sample of the corpus makes every template, where
 * catching patterns by wrapping RegExp.prototype.exec over the whole corpus took the suite four
 * minutes.
 */
export async function patternsInUse(part: 0 | 1): Promise<{written: RegExp[]; built: RegExp[]}> {
  return {written: literals().filter((_, index) => index % 2 === part), built: await constructed(part * (sample / 2))}
}

/** Every regular expression literal in src/ and rules/. */
function literals(): RegExp[] {
  const found: RegExp[] = []
  for (const dir of ['src', 'rules']) {
    for (const file of readdirSync(join(root, dir), {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.ts'))) {
      const source = ts.createSourceFile(file, readFileSync(join(root, dir, file), 'utf8'), ts.ScriptTarget.Latest, true)
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = node.getText(source)
          const end = text.lastIndexOf('/')
          found.push(new RegExp(text.slice(1, end), text.slice(end + 1)))
        }
        ts.forEachChild(node, visit)
      }
      visit(source)
    }
  }
  return found
}

/** The patterns built from strings while linting every eighth corpus draft from `first`, in a thread of their own. */
async function constructed(first: number): Promise<RegExp[]> {
  const corpus = join(fixturesRoot, 'corpus')
  const drafts = readManifest(corpus, rules.map((rule) => rule.id))
    .drafts.filter((_, index) => index % sample === first)
    .map(({file, options}) => ({file: join(corpus, file), options: {...options, filePath: file}}))
  const worker = new Worker(new URL('./constructed-patterns.worker.mjs', import.meta.url), {workerData: {drafts}})
  const made = await new Promise<Array<{source: string; flags: string}>>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  await worker.terminate()
  return made.map(({source, flags}) => new RegExp(source, flags))
}
