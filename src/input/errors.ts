/** A problem with one input: reported as a fatal message on that file, and the run goes on. */
export class InputError extends Error {
  constructor(readonly filePath: string, readonly problem: string) {
    super(`${filePath}: ${problem}`)
    this.name = 'InputError'
  }
}
