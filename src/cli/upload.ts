/**
 * tus-upload [options] <creation-url> <file>...
 *
 * Uploads files (at most --concurrency at once) and prints one upload URL per line on stdout in
 * argument order (or one JSON object per line with --json). Logs and progress go to stderr.
 * Exit codes: 0 all uploaded, 1 any failed, 2 usage error, 130/143 interrupted by SIGINT/SIGTERM.
 */
import { accessSync, createReadStream, constants as fsConstants, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { UsageError, describeFsError } from '../common/errors.js'
import { readHttpUrl } from '../common/urls.js'
import { defaultMetadata, parseMetadataEntries } from '../common/metadataLines.js'
import { MAX_CONCURRENCY, runPool } from '../common/pool.js'
import { ResumeStore, fingerprint } from '../common/resumeStore.js'
import { askOffset, changedFileWarning } from '../common/stoppedUpload.js'
import { countOf, formatBytes, formatDuration, parseCount, parseSize, transferRate } from '../common/units.js'
import {
  DEFAULTS,
  TusError,
  createHttpClient,
  describeError,
  uploadDetailed,
  type MetadataInput,
  type UploadOptions,
  type UploadResult
} from '../tus/index.js'
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  addCommonOptions,
  collect,
  createProgram,
  parseArguments,
  reportUsageError,
  resolveCommonOptions,
  type CommonOptionValues
} from './args.js'
import { interruptOnSignals, signalExitCode, type Interruption, type Io } from './io.js'
import { CliLogger, oneLine } from './logger.js'
import { createProgress, type ProgressBar, type ProgressDisplay } from './progress.js'

const PROG = 'tus-upload'
/** The longest wait for a change of --resume-file. */
export const STORE_WRITE_WAIT_MS = 10_000
// Other names of standard input: given with -, it would be read twice (and the second read is empty).
const STDIN_PATHS = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'])

interface UploadOptionValues extends CommonOptionValues {
  metadata?: string[]
  defaultMetadata: boolean
  chunkSize?: string
  concurrency?: string
  resumeFile?: string
  uploadUrl?: string
  json?: boolean
}

/** One file argument, checked before anything is uploaded. */
interface Job {
  /** As given on the command line ("-" for standard input). */
  arg: string
  index: number
  kind: 'file' | 'stream' | 'stdin'
  absolutePath?: string
  size?: number
  mtimeMs?: number
  metadata: MetadataInput
  /** Updated as the upload goes, for the report of an interruption. */
  uploadUrl?: string
  /** The upload URL taken from --resume-file, when resuming. */
  resumedFrom?: string
  sent: number
  total?: number
  started: boolean
  /** Its failure was reported already (before an interruption). */
  reported?: boolean
}

/** A file the pool reached after an interruption: not started, reported as such at the end. */
class NotStarted extends Error {}

function buildProgram(io: Io) {
  const program = createProgram(PROG, io)
    .description('Upload files to a tus server (resumable uploads, tus 1.0) and print their upload URLs.')
    .argument('<creation-url>', 'the tus creation URL (the endpoint), e.g. https://tus.example.com/files/')
    .argument('<file...>', 'files to upload; - reads standard input (a stream of unknown length)')
    .option('-m, --metadata <key=value>', 'metadata to send; "key" alone sends a key with no value (repeatable)', collect)
    .option('--no-default-metadata', 'do not add filename (the base name) and filetype (the MIME type) metadata')
    .option('--chunk-size <size>', `bytes per PATCH request, e.g. 8MiB or 50MB (default: the whole file in one request; ${formatBytes(DEFAULTS.streamChunkSize)} for standard input)`)
    .option('-c, --concurrency <n>', `files uploaded at once, 1 to ${MAX_CONCURRENCY} (default: ${DEFAULTS.concurrency})`)
    .option('--resume-file <file>', 'record upload URLs in this JSON file, so that a rerun resumes unfinished uploads')
    .option('--upload-url <url>', 'resume this upload (the URL a failed run printed) instead of creating one; one file only')
    .option('--json', 'print one JSON object per file instead of the URL: {"path","location","size","metadata"}')
  addCommonOptions(program)
  program.addHelpText(
    'after',
    `
Output: one upload URL per line on stdout, in the order of the files (a failed file has no line).
Exit status: 0 all files uploaded, 1 some failed, 2 usage error, 130/143 interrupted.

Examples:
  ${PROG} https://tus.example.com/files/ image.jpeg
  ${PROG} -m project=demo -H 'Authorization: Bearer TOKEN' --resume-file .tus-resume.json https://tus.example.com/files/ *.tar.gz
  tar c dir | ${PROG} https://tus.example.com/files/ -`
  )
  return program
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io)
  const parsed = parseArguments(program, argv, io)
  if (!parsed.ok) return parsed.exitCode
  const values = program.opts<UploadOptionValues>()
  const [endpointArg, fileArgs] = program.processedArgs as [string, string[]]

  let setup: Setup
  try {
    setup = await prepare(endpointArg, fileArgs, values, io)
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(PROG, error, io)
    throw error
  }
  if (setup.fileErrors.length > 0) {
    for (const line of setup.fileErrors) io.stderr.write(`${PROG}: ${line}\n`)
    return EXIT_USAGE
  }
  return runUploads(setup, io)
}

interface Setup {
  endpoint: string
  jobs: Job[]
  fileErrors: string[]
  concurrency: number
  chunkSize?: number
  store?: ResumeStore
  /** --upload-url: the one file's upload to resume. */
  uploadUrl?: string
  json: boolean
  logger: CliLogger
  verbose: boolean
  options: Pick<UploadOptions, 'headers' | 'tls' | 'timeout' | 'retry' | 'allowCrossOriginHeaders'>
  quiet: boolean
}

async function prepare(endpointArg: string, fileArgs: string[], values: UploadOptionValues, io: Io): Promise<Setup> {
  const endpoint = readHttpUrl(endpointArg, 'creation URL')
  const common = await resolveCommonOptions(values, io.cwd)
  const concurrency =
    values.concurrency === undefined
      ? DEFAULTS.concurrency
      : parseCount(values.concurrency, '--concurrency', { min: 1, max: MAX_CONCURRENCY })
  const chunkSize = values.chunkSize === undefined ? undefined : parseSize(values.chunkSize, '--chunk-size')
  const explicit = parseMetadataEntries(values.metadata ?? [], '--metadata')
  const stdinArgs = fileArgs.filter(arg => arg === '-' || STDIN_PATHS.has(path.resolve(io.cwd, arg)))
  if (stdinArgs.length > 1) {
    throw new UsageError(`${stdinArgs[1]}: standard input can be read only once; give - at most once`)
  }
  const logger = new CliLogger(PROG, common.level, line => void io.stderr.write(`${line}\n`))
  const { jobs, errors } = checkFiles(fileArgs, io.cwd, explicit, values.defaultMetadata)
  const uploadUrl = checkUploadUrl(values, fileArgs)
  const store = values.resumeFile === undefined ? undefined : await ResumeStore.open(path.resolve(io.cwd, values.resumeFile))
  return {
    endpoint,
    jobs,
    fileErrors: errors,
    concurrency,
    chunkSize,
    store,
    uploadUrl,
    json: values.json ?? false,
    logger,
    verbose: common.verbose,
    quiet: common.level === 'error',
    options: {
      headers: common.headers,
      tls: common.tls,
      timeout: common.timeout,
      retry: common.retry,
      allowCrossOriginHeaders: common.allowCrossOriginHeaders
    }
  }
}

/** --upload-url names one upload: one file, and not with --resume-file (which names its own). */
function checkUploadUrl(values: UploadOptionValues, fileArgs: string[]): string | undefined {
  if (values.uploadUrl === undefined) return undefined
  const url = readHttpUrl(values.uploadUrl, '--upload-url')
  if (fileArgs.length !== 1) throw new UsageError(`--upload-url: it names one upload, but ${fileArgs.length} files were given; give one file with it`)
  if (values.resumeFile !== undefined) throw new UsageError('--upload-url: give it or --resume-file, not both')
  return url
}

/** Every file is checked first: one bad argument and nothing is uploaded. */
function checkFiles(
  args: string[],
  cwd: string,
  explicit: MetadataInput,
  withDefaults: boolean
): { jobs: Job[]; errors: string[] } {
  const errors: string[] = []
  const seen = new Map<string, string>()
  const checkOne = (arg: string, index: number): Job | undefined => {
    const job: Job = { arg, index, kind: 'file', metadata: {}, sent: 0, started: false }
    if (arg === '-') {
      job.kind = 'stdin'
      job.metadata = { ...explicit }
      return job
    }
    if (arg === '') {
      errors.push(`"": empty file name; give a file path`)
      return undefined
    }
    const absolute = path.resolve(cwd, arg)
    const info = statReadable(arg, absolute)
    if (typeof info === 'string') {
      errors.push(info)
      return undefined
    }
    const other = seen.get(absolute)
    if (other !== undefined) {
      errors.push(`${arg}: given twice (also as ${other}); give each file once`)
      return undefined
    }
    seen.set(absolute, arg)
    describeFile(job, absolute, info, explicit, withDefaults)
    return job
  }
  const jobs = args.map(checkOne)
  return { jobs: jobs.filter((job): job is Job => job !== undefined), errors }
}

/**
 * The file's stats, or why it cannot be uploaded. Synchronous: two local system calls per file
 * cost less than two thread-pool round trips, which add up over a batch of thousands.
 */
function statReadable(arg: string, absolute: string): Stats | string {
  try {
    const info = statSync(absolute)
    if (info.isDirectory()) return `${arg}: is a directory; give the files in it (e.g. ${path.join(arg, '*')})`
    accessSync(absolute, fsConstants.R_OK)
    return info
  } catch (error) {
    return `${arg}: ${describeFsError(error)}`
  }
}

function describeFile(job: Job, absolute: string, info: Stats, explicit: MetadataInput, withDefaults: boolean): void {
  // A pipe or a device (e.g. <(command), /dev/stdin) is read as a stream of unknown length.
  job.kind = info.isFile() ? 'file' : 'stream'
  job.absolutePath = absolute
  if (info.isFile()) {
    job.size = info.size
    job.total = info.size
    job.mtimeMs = info.mtimeMs
  }
  // /dev/fd/63 (a <(command)) has no name worth sending.
  const named = info.isFile() || !/^\/(dev|proc)\//.test(absolute)
  job.metadata = withDefaults && named ? { ...defaultMetadata(job.arg), ...explicit } : { ...explicit }
}

/** What the uploads of one run share. */
interface Run {
  setup: Setup
  io: Io
  progress?: ProgressDisplay
  output: OrderedOutput
  interruption: Interruption
  httpClient: ReturnType<typeof createHttpClient>
  /** Writes to --resume-file, awaited before exiting. */
  storeWrites: Promise<void>[]
  failed: number
}

async function runUploads(setup: Setup, io: Io): Promise<number> {
  const { jobs, logger } = setup
  const progress = await startProgress(setup, io)
  if (progress) logger.setSink(line => progress.log(line))
  // While the progress display draws on the same terminal, stdout lines wait for it to end.
  const output = new OrderedOutput(jobs.length, io, progress !== undefined && io.stdout.isTTY === true)
  warnBeforeStart(setup, io)
  const interruption = watchSignals(io, logger, progress)
  const run: Run = { setup, io, progress, output, interruption, httpClient: createHttpClient(), storeWrites: [], failed: 0 }
  try {
    const results = await runPool(jobs, setup.concurrency, job => uploadJob(job, run))
    await finishOutput(run)
    const interruptedBy = interruption.interruptedBy()
    if (interruptedBy !== undefined) {
      await reportUnfinished(jobs, results, run)
      return signalExitCode(interruptedBy)
    }
    if (jobs.length > 1) summarize(jobs, results, logger)
    return run.failed > 0 ? EXIT_FAILED : EXIT_OK
  } finally {
    progress?.stop()
    logger.setSink(undefined)
    interruption.unsubscribe()
    run.httpClient.dispose()
  }
}

async function startProgress(setup: Setup, io: Io): Promise<ProgressDisplay | undefined> {
  const wanted = !setup.quiet && io.stderr.isTTY === true && io.env.TERM !== 'dumb'
  return wanted ? await createProgress(io.stderr) : undefined
}

function warnBeforeStart(setup: Setup, io: Io): void {
  const { jobs, logger } = setup
  if (setup.options.tls?.insecure) logger.warn('--insecure: TLS certificates are not verified; anyone on the path can read and change the uploads')
  const stdinJob = jobs.find(job => job.kind === 'stdin')
  if (stdinJob && io.stdin.isTTY) logger.warn('-: reading the upload from the terminal; end it with Ctrl-D')
}

/**
 * Lines on stdout in argument order, each as soon as the files before it are done (null: a file
 * with no line). Held lines wait for release().
 */
class OrderedOutput {
  private readonly lines: Array<string | null | undefined>
  private readonly held: string[] = []
  private nextLine = 0

  constructor(
    count: number,
    private readonly io: Io,
    private readonly hold: boolean
  ) {
    this.lines = new Array(count).fill(undefined)
  }

  emit(index: number, line: string | null): void {
    this.lines[index] = line
    while (this.nextLine < this.lines.length && this.lines[this.nextLine] !== undefined) {
      const ready = this.lines[this.nextLine++]
      if (ready === null || ready === undefined) continue
      if (this.hold) this.held.push(ready)
      else this.print(ready)
    }
  }

  release(): void {
    for (const line of this.held) this.print(line)
  }

  /** An upload URL is never lost: a line stdout refuses (closed pipe, full disk) goes to stderr. */
  private print(line: string): void {
    this.io.stdout.write(`${line}\n`, error => {
      if (error) this.io.stderr.write(`${line}\n`)
    })
  }
}

/** The first SIGINT/SIGTERM stops the uploads (each reports where it got to); a second one exits at once. */
function watchSignals(io: Io, logger: CliLogger, progress: ProgressDisplay | undefined): Interruption {
  return interruptOnSignals(io, {
    first: signal => logger.warn(`${signal === 'SIGINT' ? 'interrupted' : 'terminated'}; stopping the uploads (again to quit at once)`),
    again: () => {
      progress?.stop()
      io.stderr.write(`${PROG}: interrupted again; exiting now\n`)
    }
  })
}

/** One file of the pool: its bar, its upload, its line on stdout and its report. */
async function uploadJob(job: Job, run: Run): Promise<UploadResult> {
  const { setup, output } = run
  const { signal } = run.interruption
  if (signal.aborted) throw new NotStarted()
  job.started = true
  const bar = run.progress?.add(job.arg === '-' ? 'stdin' : path.basename(job.arg), job.total)
  try {
    const result = await uploadOne(job, run, bar)
    bar?.done('done')
    reportSuccess(job, result, setup.logger)
    output.emit(job.index, setup.json ? jsonLine(job, result) : result.location)
    return result
  } catch (error) {
    bar?.done(signal.aborted ? 'interrupted' : 'failed')
    output.emit(job.index, null)
    // After an interruption, the report comes at the end (reportUnfinished).
    if (!signal.aborted) {
      run.failed++
      job.reported = true
      reportFailure(job, error, setup)
    }
    throw error
  }
}

/** Once the pool is done: the resume file saved, the progress display gone, held lines out. */
async function finishOutput(run: Run): Promise<void> {
  const { store, logger } = run.setup
  await Promise.allSettled(run.storeWrites)
  if (store) await storeChange(store.flush(), `saving ${store.filePath}`, logger)
  run.progress?.stop()
  logger.setSink(undefined)
  run.output.release()
}

async function uploadOne(job: Job, run: Run, bar: ProgressBar | undefined): Promise<UploadResult> {
  const { setup } = run
  const { store, logger } = setup
  const fp = resumeFingerprint(job, setup)
  const resumeUrl = setup.uploadUrl ?? (fp === undefined ? undefined : store?.get(fp))
  if (resumeUrl !== undefined) logger.info(`${job.arg}: resuming ${resumeUrl}`)
  const options = uploadOptions(job, run, bar, fp, resumeUrl)
  if (resumeUrl !== undefined) {
    job.uploadUrl = resumeUrl
    job.resumedFrom = resumeUrl
  }
  const result = await uploadDetailed(setup.endpoint, uploadSource(job, run.io), options)
  job.uploadUrl = result.location
  warnIfChanged(job, result.size, logger)
  if (store && fp !== undefined) {
    await storeChange(store.delete(fp), `${job.arg}: removing the finished upload from ${store.filePath}`, logger)
  }
  return result
}

/**
 * Waits for a change of --resume-file, STORE_WRITE_WAIT_MS at most: a write that never returns (a
 * hung file system) must not hold the uploads or the exit. Failures are warnings: the uploads go on.
 */
export function storeChange(change: Promise<void>, what: string, logger: CliLogger, waitMs = STORE_WRITE_WAIT_MS): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(() => {
      logger.warn(`${what} takes longer than ${waitMs / 1000} s; going on without waiting`)
      resolve()
    }, waitMs).unref()
    change.then(
      () => resolve(),
      (error: unknown) => logger.warn(`${what} failed: ${describeError(error)}`)
    ).finally(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

/** A file written to while it was read may be stored as a mix of old and new bytes: say so. */
function warnIfChanged(job: Job, uploaded: number, logger: CliLogger): void {
  if (job.kind !== 'file' || job.absolutePath === undefined) return
  const found = { size: job.size as number, mtimeMs: job.mtimeMs as number }
  const warning = changedFileWarning(job.arg, job.absolutePath, found, uploaded)
  if (warning !== undefined) logger.warn(warning)
}

/** The file's key in --resume-file; a stream cannot be resumed, so it has none. */
function resumeFingerprint(job: Job, setup: Setup): string | undefined {
  if (!setup.store || job.kind !== 'file') return undefined
  return fingerprint({ absolutePath: job.absolutePath as string, size: job.size as number, mtimeMs: job.mtimeMs as number, endpoint: setup.endpoint })
}

function uploadOptions(
  job: Job,
  run: Run,
  bar: ProgressBar | undefined,
  fp: string | undefined,
  resumeUrl: string | undefined
): UploadOptions {
  const { setup } = run
  const { store, logger } = setup
  const { headers, tls, timeout, retry, allowCrossOriginHeaders } = setup.options
  // Spelled out rather than spread: a spread here showed in profiles of large batches.
  return {
    headers,
    tls,
    timeout,
    retry,
    allowCrossOriginHeaders,
    httpClient: run.httpClient,
    signal: run.interruption.signal,
    logger: logger.child(job.arg), // the library's lines, prefixed with the file
    metadata: job.metadata,
    chunkSize: setup.chunkSize,
    uploadUrl: resumeUrl,
    onUploadUrl: url => {
      job.uploadUrl = url
      if (!store || fp === undefined) return
      // Awaited before any data is sent, so that a kill from then on can be resumed.
      const recorded = storeChange(store.set(fp, url), `${job.arg}: recording the upload URL in ${store.filePath}`, logger)
      run.storeWrites.push(recorded)
      return recorded
    },
    onProgress: (sent, total) => {
      job.sent = sent
      if (total !== undefined) job.total = total
      bar?.update(sent, total)
    }
  }
}

function uploadSource(job: Job, io: Io): string | Readable {
  if (job.kind === 'stdin') return io.stdin
  if (job.kind === 'stream') return createReadStream(job.absolutePath as string)
  return job.absolutePath as string
}

function jsonLine(job: Job, result: UploadResult): string {
  const metadata: Record<string, string | null> = {}
  for (const [key, value] of Object.entries(job.metadata)) {
    metadata[key] = value === null ? null : typeof value === 'string' ? value : Buffer.from(value).toString('utf8')
  }
  return JSON.stringify({ path: job.arg, location: result.location, size: result.size, metadata })
}

function reportSuccess(job: Job, result: UploadResult, logger: CliLogger): void {
  const label = job.arg
  // A resumed upload's time covers only the bytes sent in this run.
  const rate = result.resumed ? undefined : transferRate(result.size, result.elapsedMs)
  const notes = [result.resumed ? 'resumed' : '', result.retries > 0 ? countOf(result.retries, 'retry', 'retries') : '']
    .filter(Boolean)
    .join(', ')
  logger.info(`${label}: uploaded ${formatBytes(result.size)} in ${formatDuration(result.elapsedMs)}${rate ? `, ${rate}` : ''}${notes ? ` (${notes})` : ''}`)
}

function reportFailure(job: Job, error: unknown, setup: Setup): void {
  const { logger, store } = setup
  const label = job.arg
  let message = oneLine(describeError(error))
  // The library names the file by its absolute path; the label already names it.
  if (job.absolutePath !== undefined && message.startsWith(`${job.absolutePath}: `)) message = message.slice(job.absolutePath.length + 2)
  let line = `${label}: ${message}`
  const uploadUrl = uploadUrlOf(job, error)
  if (uploadUrl !== undefined && !(error instanceof TusError && error.code === 'INVALID_INPUT')) {
    const confirmed = error instanceof TusError ? error.offset : undefined
    const of = job.total !== undefined ? ` of ${formatBytes(job.total)}` : ''
    const where = confirmed !== undefined ? `${formatBytes(confirmed)}${of} on the server` : `${formatBytes(job.sent)}${of} sent`
    line += ` (upload URL ${uploadUrl}, ${where}`
    line += `${resumeHint(job, setup, uploadUrl)})`
  } else if (job.resumedFrom !== undefined && store) {
    // The recorded upload is not this file's (e.g. another length): the same command would fail again.
    line += ` (recorded in --resume-file ${store.filePath}: remove that entry, or the file, to start a new upload)`
  }
  logger.error(line)
  if (setup.verbose) logDetails(error, logger)
}

function logDetails(error: unknown, logger: CliLogger): void {
  if (error instanceof TusError) {
    const details = [
      `code ${error.code}`,
      error.method && error.url ? `${error.method} ${error.url}` : '',
      error.status !== undefined ? `status ${error.status}` : ''
    ].filter(Boolean)
    logger.debug(details.join(', '))
    if (error.body) logger.debug(`response body: ${error.body}`)
  }
  let cause: unknown = error
  for (let depth = 0; cause instanceof Error && depth < 5; depth++) {
    logger.raw('error', depth === 0 ? (cause.stack ?? cause.message) : `caused by: ${cause.stack ?? cause.message}`)
    cause = cause.cause
  }
}

/** After an interruption: where each unfinished file got to, and the files not started. */
async function reportUnfinished(jobs: Job[], results: PromiseSettledResult<UploadResult>[], run: Run): Promise<void> {
  const { setup, io } = run
  const notStarted: string[] = []
  const interrupted: Array<{ job: Job; reason: unknown }> = []
  results.forEach((result, index) => {
    const job = jobs[index]
    if (result.status === 'fulfilled' || job.reported) return
    if (!job.started) notStarted.push(job.arg)
    else interrupted.push({ job, reason: result.reason })
  })
  const held = await Promise.all(interrupted.map(({ job, reason }) => serverOffset(uploadUrlOf(job, reason), run)))
  interrupted.forEach(({ job, reason }, i) => reportInterrupted(job, reason, held[i], setup, io))
  if (notStarted.length > 0) {
    const shown = notStarted.slice(0, 5).join(', ') + (notStarted.length > 5 ? ', ...' : '')
    io.stderr.write(`${PROG}: not started: ${countOf(notStarted.length, 'file', 'files')} (${shown})\n`)
  }
}

function uploadUrlOf(job: Job, reason: unknown): string | undefined {
  return (reason instanceof TusError ? reason.uploadUrl : undefined) ?? job.uploadUrl
}

/** How much the server holds of an interrupted upload; best effort. */
function serverOffset(uploadUrl: string | undefined, run: Run): Promise<number | undefined> {
  if (uploadUrl === undefined) return Promise.resolve(undefined)
  const { headers, tls, allowCrossOriginHeaders } = run.setup.options
  return askOffset(uploadUrl, { httpClient: run.httpClient, headers, tls, allowCrossOriginHeaders, endpoint: run.setup.endpoint })
}

function reportInterrupted(job: Job, reason: unknown, held: number | undefined, setup: Setup, io: Io): void {
  const label = job.arg
  const uploadUrl = uploadUrlOf(job, reason)
  if (uploadUrl === undefined) {
    io.stderr.write(`${PROG}: ${label}: interrupted before the upload was created\n`)
    return
  }
  // Asked after the interruption; else the last offset the server had acknowledged.
  const acknowledged = reason instanceof TusError ? reason.offset : undefined
  const where = held !== undefined ? ` (the server has ${held} bytes)` : acknowledged !== undefined ? ` (the server had acknowledged ${acknowledged} bytes)` : ''
  const of = job.total !== undefined ? ` of ${formatBytes(job.total)}` : ''
  const hint = resumeHint(job, setup, uploadUrl)
  io.stderr.write(`${PROG}: ${label}: interrupted after sending ${formatBytes(job.sent)}${of}${where}; upload URL ${uploadUrl}${hint}\n`)
}

/** How the same command goes on from where this one stopped. */
function resumeHint(job: Job, setup: Setup, uploadUrl?: string): string {
  if (job.kind === 'file' && setup.store) return `; rerun with --resume-file ${setup.store.filePath} to resume`
  const url = uploadUrl ?? 'URL'
  return job.kind === 'file' ? `; resume with --upload-url ${url}` : `; to resume, give the same input again with --upload-url ${url}`
}

function summarize(jobs: Job[], results: PromiseSettledResult<UploadResult>[], logger: CliLogger): void {
  const done = results.filter((r): r is PromiseFulfilledResult<UploadResult> => r.status === 'fulfilled')
  const bytes = done.reduce((sum, r) => sum + r.value.size, 0)
  const failed = results.length - done.length
  logger.info(
    `${done.length} of ${jobs.length} files uploaded (${formatBytes(bytes)})${failed > 0 ? `; ${failed} failed` : ''}`
  )
}
