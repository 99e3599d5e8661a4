/**
 * The user gave bad input: a malformed option, a missing file, a corrupt resume file.
 * The CLI exits with code 2 for it (and prints the message, no stack trace); the Action fails
 * the step naming the input. Messages are one line, naming the input and the fix.
 */
export class UsageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'UsageError'
  }
}
