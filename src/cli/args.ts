/** Command-line parsing shared by tus-upload and tus-metadata (commander, with our exit codes). */
import path from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { readCaFile, readClientCertificate } from '../common/pem.js'
import { UsageError } from '../common/errors.js'
import { parseHeaderLines } from '../common/headerLines.js'
import { parseCount, parseSeconds } from '../common/units.js'
import { DEFAULTS, type RetryOptions, type TlsOptions } from '../tus/options.js'
import { VERSION } from '../tus/version.js'
import type { Io } from './io.js'
import type { LogLevel } from './logger.js'
import { escapeControls } from '../tus/text.js'


export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

/** A repeatable option's values (no default: commander would show "(default: [])"). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** A program whose errors are thrown (exitOverride) and whose output goes to `io`. */
export function createProgram(name: string, io: Io): Command {
  return new Command(name)
    .version(VERSION, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'print this help and exit')
    .exitOverride()
    .configureOutput({
      writeOut: text => void io.stdout.write(text),
      writeErr: text => void io.stderr.write(text),
      // Errors are printed by parseArguments, as one line with a hint.
      outputError: () => {}
    })
    .configureHelp({ helpWidth: 100 })
    .allowExcessArguments(false)
}

export interface CommonOptionValues {
  header?: string[]
  insecure?: boolean
  ca?: string
  cert?: string
  key?: string
  retries?: string
  retryDelay?: string
  timeout?: string
  allowCrossOriginHeaders?: boolean
  verbose?: boolean
  quiet?: boolean
}

/** The options of every request, with their defaults in the help. */
export function addCommonOptions(program: Command): Command {
  return program
    .option('-H, --header <"Name: value">', 'an extra HTTP header for every request to the endpoint\'s origin, e.g. "Authorization: Bearer x" (repeatable)', collect)
    .option('--retries <n>', `retries after a failed request, consecutive and without progress (default: ${DEFAULTS.retries}; 0 disables)`)
    .option('--retry-delay <seconds>', `base delay of the exponential backoff between retries (default: ${DEFAULTS.retryDelay})`)
    .option('--timeout <seconds>', `seconds without progress before a request is abandoned and retried (default: ${DEFAULTS.timeout})`)
    .option('-k, --insecure', 'do not verify TLS certificates (self-signed test servers only)')
    .option('--ca <file>', 'trust the CA certificate(s) of this PEM file, with verification still on')
    .option('--cert <file>', 'a client certificate (PEM) for a server that asks for one (mutual TLS); its key too, unless --key')
    .option('--key <file>', 'the private key (PEM, unencrypted) of the --cert certificate')
    .option('--allow-cross-origin-headers', 'send the --header headers to other origins too (a Location or redirect elsewhere)')
    .addOption(new Option('-v, --verbose', 'debug logs, and stack traces on errors').conflicts('quiet'))
    .option('-q, --quiet', 'print errors only (no progress, no info)')
}

export interface CommonOptions {
  headers: Record<string, string>
  tls: TlsOptions
  retry: RetryOptions
  timeout: number
  allowCrossOriginHeaders: boolean
  level: LogLevel
  verbose: boolean
}

export async function resolveCommonOptions(values: CommonOptionValues, cwd: string): Promise<CommonOptions> {
  const retries = values.retries === undefined ? DEFAULTS.retries : parseCount(values.retries, '--retries', { min: 0 })
  const delay = values.retryDelay === undefined ? DEFAULTS.retryDelay : parseSeconds(values.retryDelay, '--retry-delay')
  const timeout = values.timeout === undefined ? DEFAULTS.timeout : parseSeconds(values.timeout, '--timeout', { positive: true })
  const headers = parseHeaderLines(values.header ?? [], '--header')
  const tls: TlsOptions = {}
  if (values.insecure) tls.insecure = true
  if (values.ca !== undefined) tls.ca = readCaFile(values.ca, path.resolve(cwd, values.ca), '--ca')
  if (values.key !== undefined && values.cert === undefined) throw new UsageError('--key: it is the key of a client certificate; give --cert too')
  if (values.cert !== undefined) {
    Object.assign(tls, readClientCertificate({ cert: values.cert, certWhat: '--cert', key: values.key, keyWhat: '--key', base: cwd, keyOption: '--key' }))
  }
  return {
    headers,
    tls,
    retry: { retries, delay },
    timeout,
    allowCrossOriginHeaders: values.allowCrossOriginHeaders ?? false,
    level: values.verbose ? 'debug' : values.quiet ? 'error' : 'info',
    verbose: values.verbose ?? false
  }
}


export type Parsed = { ok: true; program: Command } | { ok: false; exitCode: number }

/**
 * Parses `argv` (without node and the script). Help and version print on stdout and exit 0;
 * a usage error prints one line with a hint to --help and exits 2.
 */
export function parseArguments(program: Command, argv: readonly string[], io: Io): Parsed {
  try {
    program.parse([...argv], { from: 'user' })
    return { ok: true, program }
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return { ok: false, exitCode: EXIT_OK }
    }
    const message = error.message
      .replace(/^error: /, '')
      .replace(/\n[\s\S]*$/, '')
      .replace(/\.$/, '')
    io.stderr.write(`${program.name()}: ${message}; see ${program.name()} --help\n`)
    return { ok: false, exitCode: EXIT_USAGE }
  }
}

/** Prints a UsageError (`<prog>: <message>`) and gives exit code 2. */
export function reportUsageError(prog: string, error: UsageError, io: Io): number {
  io.stderr.write(`${prog}: ${escapeControls(error.message)}\n`)
  return EXIT_USAGE
}
