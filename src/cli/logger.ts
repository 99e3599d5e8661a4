/** Log lines on standard error, with levels: --verbose shows debug, --quiet errors only. */
import type { Logger } from '../tus/options.js'
import { escapeControls } from '../tus/text.js'

export type LogLevel = 'debug' | 'info' | 'warn' | 'error'

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 }

/**
 * A message on one line: an OpenSSL error or a server's text may hold line breaks, a file name
 * or a server's text escape sequences for the terminal.
 */
export function oneLine(text: string): string {
  return escapeControls(text.replace(/\s*[\r\n]+\s*/g, ' ').trim())
}

export class CliLogger implements Logger {
  readonly level: LogLevel
  private readonly prog: string
  private readonly write: (line: string) => void
  private sink?: (line: string) => void

  /** `write` receives whole lines without the newline. */
  constructor(prog: string, level: LogLevel, write: (line: string) => void) {
    this.prog = prog
    this.level = level
    this.write = write
  }

  /** Sends lines elsewhere (to a progress display that redraws around them) until reset. */
  setSink(sink: ((line: string) => void) | undefined): void {
    this.sink = sink
  }

  enabled(level: LogLevel): boolean {
    return RANK[level] >= RANK[this.level]
  }

  debug(message: string): void {
    this.emit('debug', `debug: ${message}`)
  }

  info(message: string): void {
    this.emit('info', message)
  }

  warn(message: string): void {
    this.emit('warn', `warning: ${message}`)
  }

  error(message: string): void {
    this.emit('error', message)
  }

  /** Lines as they are (a stack trace), shown at `level`. */
  raw(level: LogLevel, text: string): void {
    if (!this.enabled(level)) return
    for (const line of text.split(/\r?\n/)) {
      if (this.sink) this.sink(line)
      else this.write(line)
    }
  }

  /** A logger for one file: its lines start with `<label>: `. */
  child(label: string): Logger {
    // Checked first: the library logs a debug line per request, which --verbose alone shows.
    return {
      debug: message => this.enabled('debug') && this.debug(`${label}: ${message}`),
      info: message => this.enabled('info') && this.info(`${label}: ${message}`),
      warn: message => this.enabled('warn') && this.warn(`${label}: ${message}`)
    }
  }

  private emit(level: LogLevel, text: string): void {
    if (!this.enabled(level)) return
    for (const line of text.trimEnd().split(/\r?\n/)) {
      const full = `${this.prog}: ${escapeControls(line)}`
      if (this.sink) this.sink(full)
      else this.write(full)
    }
  }
}
