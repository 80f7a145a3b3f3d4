/** Whether the report may use color: NO_COLOR and FORCE_COLOR first, else only on a terminal. */
export function colorWanted(io: {env: Record<string, string | undefined>; stdoutIsTTY: boolean}): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false'
  return io.stdoutIsTTY
}
