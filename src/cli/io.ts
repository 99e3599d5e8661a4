/** What a command touches of its process, so that tests can run `main()` in-process. */
import type { Readable, Writable } from 'node:stream'

export type TerminationSignal = 'SIGINT' | 'SIGTERM'

export interface Io {
  stdin: Readable & { isTTY?: boolean }
  stdout: Writable & { isTTY?: boolean }
  stderr: Writable & { isTTY?: boolean; columns?: number }
  env: Record<string, string | undefined>
  cwd: string
  /** Subscribes to SIGINT/SIGTERM; returns the unsubscribe function. */
  onSignal(handler: (signal: TerminationSignal) => void): () => void
  /** Leaves at once (a second Ctrl-C). */
  exit(code: number): never
}

export function processIo(): Io {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    onSignal(handler) {
      const onInt = (): void => handler('SIGINT')
      const onTerm = (): void => handler('SIGTERM')
      process.on('SIGINT', onInt)
      process.on('SIGTERM', onTerm)
      return () => {
        process.off('SIGINT', onInt)
        process.off('SIGTERM', onTerm)
      }
    },
    exit(code) {
      process.exit(code)
    }
  }
}

/** 128 + the signal number, as shells report a process killed by it. */
export function signalExitCode(signal: TerminationSignal): number {
  return signal === 'SIGINT' ? 130 : 143
}

/**
 * Runs a command's `main` as a process: sets the exit code once stdout is flushed, then exits
 * (an aborted read of standard input must not keep the process alive).
 */
export function runAsProcess(main: (argv: string[], io: Io) => Promise<number>): void {
  main(process.argv.slice(2), processIo()).then(
    code => {
      process.exitCode = code
      process.stdout.write('', () => process.exit(code))
    },
    (error: unknown) => {
      process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exit(1)
    }
  )
}
