// Runs in a worker thread of its own: it replaces the global RegExp before decline-lint's modules
// load, so that the patterns they build from strings (word lists joined into one pattern, a name
// escaped into another) are caught as they are made, at load time and while linting. A thread of
// its own keeps the replacement out of the test worker; RegExp.prototype is never touched, so
// V8's fast paths for regular expressions stay on (wrapping exec instead made every later lint in
// the process 1.7 times slower).
import {readFileSync} from 'node:fs'
import {parentPort, workerData} from 'node:worker_threads'

const {drafts} = workerData
const found = new Map()

/** The nearest caller that is a file says whose pattern this is: only src/ and rules/ count. */
function keep(pattern) {
  const key = `/${pattern.source}/${pattern.flags}`
  if (found.has(key)) return pattern
  const caller = new Error().stack?.split('\n').find((line) => /\.js:\d+/.test(line) && !line.includes(import.meta.url)) ?? ''
  if (/\/dist\/(src|rules)\//.test(caller)) found.set(key, {source: pattern.source, flags: pattern.flags})
  return pattern
}

globalThis.RegExp = new Proxy(RegExp, {
  // Built with the original constructor itself, so each pattern is an ordinary RegExp.
  construct: (target, args) => keep(new target(...args)),
  apply: (target, _, args) => keep(target(...args))
})

const {lint} = await import('../../dist/src/engine/lint.js')
for (const {file, options} of drafts) lint(readFileSync(file, 'utf8'), options)
parentPort.postMessage([...found.values()])
