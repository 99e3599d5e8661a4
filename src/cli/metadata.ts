/**
 * tus-metadata [options] <upload-url>
 *
 * Prints an upload's metadata as `key: value` lines (a key without a value alone; bytes that are
 * not UTF-8 as \xNN), in the order the server sent them; --json prints
 * {"metadata": {...}, "offset": N, "length": N|null}.
 *
 * One HEAD request answers both (the low-level offset(), retried here with the library's retry
 * policy, as metadata() does), so the JSON's offset and metadata are from the same moment.
 * Exit codes: 0 ok, 1 the request failed, 2 usage error, 130/143 interrupted.
 */
import { TusError, bytesToText, createHttpClient, describeError, metadataToStrings, offset, publicUrl, retryPolicy, type UploadState } from '../tus/index.js'
import { withRetries } from '../tus/retry.js'
import { UsageError } from '../common/errors.js'
import { readHttpUrl } from '../common/urls.js'
import {
  EXIT_FAILED,
  EXIT_OK,
  addCommonOptions,
  createProgram,
  parseArguments,
  reportUsageError,
  resolveCommonOptions,
  type CommonOptions,
  type CommonOptionValues
} from './args.js'
import { interruptOnSignals, signalExitCode, type Io } from './io.js'
import { CliLogger, oneLine } from './logger.js'

const PROG = 'tus-metadata'

interface MetadataOptionValues extends CommonOptionValues {
  json?: boolean
}

function buildProgram(io: Io) {
  const program = createProgram(PROG, io)
    .description("Print the metadata of a tus upload (a HEAD request), as `key: value` lines.")
    .argument('<upload-url>', 'the upload URL, as printed by tus-upload')
    .option('--json', 'print {"metadata": {...}, "offset": N, "length": N} (length null while deferred)')
  addCommonOptions(program)
  program.addHelpText(
    'after',
    `
Exit status: 0 ok, 1 the request failed, 2 usage error, 130/143 interrupted (SIGINT/SIGTERM).

Example:
  ${PROG} https://tus.example.com/files/24e533e02ec3bc40c387f1a0e460e216`
  )
  return program
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A value on one line that cannot mislead a terminal or a reader: control characters and the
 * backslash as \xNN (so that a stored "\x41" is not taken for an escape), C1 controls and the
 * bidirectional overrides (which reorder what follows) as \uNNNN.
 */
export function printable(value: string): string {
  return value
    // eslint-disable-next-line no-control-regex
    .replace(/[\x00-\x1f\x7f\\]/g, c => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Bytes as a printable value: UTF-8 text escaped as above, other bytes as \xNN outside printable ASCII. */
function printableBytes(bytes: Uint8Array): string {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return bytesToText(bytes) // escapes every byte outside printable ASCII, and the backslash
  }
  return printable(text)
}

export function formatMetadataLines(metadata: Record<string, Uint8Array | string | null>): string {
  return Object.entries(metadata)
    .map(([key, value]) => {
      if (value === null) return `${key}\n`
      return `${key}: ${typeof value === 'string' ? printable(value) : printableBytes(value)}\n`
    })
    .join('')
}

/** What a status usually means for a HEAD of an upload URL. */
function hint(error: unknown): string {
  const status = error instanceof TusError ? error.status : undefined
  if (status === 404 || status === 410) return '; the upload does not exist (a wrong URL, or it expired)'
  // The library's message says "(check the credentials in the headers)" already: name the option.
  if (status === 401 || status === 403) return "; give them with --header, e.g. --header 'Authorization: Bearer TOKEN'"
  return ''
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io)
  const parsed = parseArguments(program, argv, io)
  if (!parsed.ok) return parsed.exitCode
  const values = program.opts<MetadataOptionValues>()
  const [urlArg] = program.processedArgs as [string]

  let target: Target
  try {
    target = await resolveTarget(urlArg, values, io)
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(PROG, error, io)
    throw error
  }
  const { shownUrl, common } = target
  const logger = new CliLogger(PROG, common.level, line => void io.stderr.write(`${line}\n`))
  if (common.tls.insecure) logger.warn('--insecure: TLS certificates are not verified')

  const interruption = interruptOnSignals(io)
  const httpClient = createHttpClient()
  try {
    const state = await readState(target, httpClient, interruption.signal, logger)
    printState(state, values.json ?? false, io)
    return EXIT_OK
  } catch (error) {
    const interruptedBy = interruption.interruptedBy()
    if (interruptedBy !== undefined) {
      io.stderr.write(`${PROG}: interrupted\n`)
      return signalExitCode(interruptedBy)
    }
    if (error instanceof TusError && error.code === 'INVALID_INPUT') {
      return reportUsageError(PROG, new UsageError(describeError(error)), io)
    }
    reportFailure(error, shownUrl, common.verbose, logger)
    return EXIT_FAILED
  } finally {
    interruption.unsubscribe()
    httpClient.dispose()
  }
}

/**
 * The upload URL as given (the library sends a user:password in it as Basic credentials), the
 * same URL without them for every message, and the options to ask it with.
 */
interface Target {
  uploadUrl: string
  shownUrl: string
  common: CommonOptions
}

async function resolveTarget(urlArg: string, values: MetadataOptionValues, io: Io): Promise<Target> {
  const given = readHttpUrl(urlArg, 'upload URL')
  const common = await resolveCommonOptions(values, io.cwd)
  return { uploadUrl: given, shownUrl: publicUrl(given), common }
}

/** One HEAD request (retried), for both the metadata and the offset. */
async function readState(
  target: Target,
  httpClient: ReturnType<typeof createHttpClient>,
  signal: AbortSignal,
  logger: CliLogger
): Promise<UploadState> {
  const { uploadUrl, shownUrl, common } = target
  const policy = retryPolicy(common.retry)
  return withRetries(
    policy,
    `HEAD ${shownUrl}`,
    message => logger.warn(message),
    signal,
    () =>
      offset(uploadUrl, {
        httpClient,
        headers: common.headers,
        tls: common.tls,
        timeout: common.timeout,
        signal,
        logger,
        allowCrossOriginHeaders: common.allowCrossOriginHeaders
      })
  )
}

function printState(state: UploadState, json: boolean, io: Io): void {
  if (json) {
    const strings = metadataToStrings(state.metadata)
    io.stdout.write(`${JSON.stringify({ metadata: strings, offset: state.offset, length: state.length ?? null })}\n`)
  } else {
    io.stdout.write(formatMetadataLines(state.metadata))
  }
}

function reportFailure(error: unknown, uploadUrl: string, verbose: boolean, logger: CliLogger): void {
  const message = oneLine(describeError(error))
  logger.error(`${message.includes(uploadUrl) ? message : `${uploadUrl}: ${message}`}${hint(error)}`)
  if (verbose && error instanceof Error) {
    if (error instanceof TusError && error.body) logger.debug(`response body: ${error.body}`)
    logger.raw('error', error.stack ?? error.message)
  }
}
