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

/** A file system error in words, for a message: "no such file", "permission denied", ... */
export function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EISDIR':
      return 'it is a directory'
    case 'ENOTDIR':
      return 'a part of the path is not a directory'
    case 'ELOOP':
      return 'too many symbolic links'
    case 'ENAMETOOLONG':
      return 'the name is too long'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}
