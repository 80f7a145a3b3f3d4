import {spawnSync} from 'node:child_process'

/** One timed run of a command: wall time and the peak resident memory of its process. */
export interface Sample {
  seconds: number
  maxRssMiB: number
}

/**
 * Run a command under GNU time, which reports the child's peak RSS; wall time is measured here
 * around the whole process, start-up included, as a person waiting for it would feel it.
 */
export function runTimed(command: string, args: string[], cwd: string): Sample {
  const started = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {cwd, encoding: 'utf8', maxBuffer: 1 << 28})
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const kib = Number(/(\d+)\s*$/.exec(result.stderr)?.[1])
  if (result.error || !Number.isFinite(kib)) throw new Error(`${command} ${args.join(' ')} failed: ${result.error ?? result.stderr.slice(-300)}`)
  return {seconds, maxRssMiB: kib / 1024}
}

/** The value at quantile `q` (0..1) of `values`, by nearest rank. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

/** "0.452 s (0.44–0.47)" */
export function describe(values: number[], unit: string, digits = 3): string {
  const min = Math.min(...values)
  const max = Math.max(...values)
  return `${quantile(values, 0.5).toFixed(digits)} ${unit} (${min.toFixed(digits)}–${max.toFixed(digits)})`
}
