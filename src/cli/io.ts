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

function processIo(): Io {
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

/** What the first SIGINT/SIGTERM started: an abort of the command's requests. */
export interface Interruption {
  signal: AbortSignal
  interruptedBy(): TerminationSignal | undefined
  unsubscribe(): void
}

/**
 * The first SIGINT/SIGTERM aborts `signal` (the command then reports where it got to); a second
 * one exits at once. `first` and `again` say so to the user.
 */
export function interruptOnSignals(io: Io, on: { first?(signal: TerminationSignal): void; again?(): void } = {}): Interruption {
  const controller = new AbortController()
  let interruptedBy: TerminationSignal | undefined
  const unsubscribe = io.onSignal(signal => {
    if (interruptedBy !== undefined) {
      on.again?.()
      io.exit(signalExitCode(interruptedBy))
    }
    interruptedBy = signal
    on.first?.(signal)
    controller.abort()
  })
  return { signal: controller.signal, interruptedBy: () => interruptedBy, unsubscribe }
}

/**
 * Runs a command's `main` as a process: sets the exit code once stdout is flushed, then exits
 * (an aborted read of standard input must not keep the process alive). A stdout that fails (a
 * closed pipe, as with `| head -1`, or a full disk) is said once; the lines after it go to stderr,
 * the run goes on, and it ends with 1 instead of 0.
 */
export function runAsProcess(name: string, main: (argv: string[], io: Io) => Promise<number>): void {
  const io = processIo()
  let stdoutFailed = false
  const stdoutFailure = (error: NodeJS.ErrnoException): void => {
    if (stdoutFailed) return
    stdoutFailed = true
    process.stderr.write(`${name}: cannot write to standard output (${error.code ?? error.message}); its lines go to standard error from here on\n`)
    io.stdout = process.stderr
  }
  process.stdout.on('error', stdoutFailure)
  main(process.argv.slice(2), io).then(
    code => {
      process.exitCode = code
      process.stdout.write('', error => {
        if (error) stdoutFailure(error)
        process.exit(stdoutFailed && code === 0 ? 1 : code)
      })
    },
    (error: unknown) => {
      process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
      process.exit(1)
    }
  )
}
