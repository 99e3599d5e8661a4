/**
 * tus-upload [options] <creation-url> <file>...
 *
 * Uploads files (at most --concurrency at once) and prints one upload URL per line on stdout in
 * argument order (or one JSON object per line with --json). Logs and progress go to stderr.
 * Exit codes: 0 all uploaded, 1 any failed, 2 usage error, 130/143 interrupted by SIGINT/SIGTERM.
 */
import { createReadStream } from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { UsageError } from '../common/errors.js'
import { MAX_CONCURRENCY, runPool } from '../common/pool.js'
import { fingerprint, storeChange } from '../common/resumeStore.js'
import { changedFileWarning } from '../common/stoppedUpload.js'
import { formatBytes } from '../common/units.js'
import { DEFAULTS, createHttpClient, publicUrl, uploadDetailed, type UploadOptions, type UploadResult } from '../tus/index.js'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, addCommonOptions, collect, createProgram, parseArguments, reportUsageError } from './args.js'
import { interruptOnSignals, signalExitCode, type Interruption, type Io } from './io.js'
import type { CliLogger } from './logger.js'
import { createProgress, type ProgressBar, type ProgressDisplay } from './progress.js'
import { OrderedOutput, jsonLine, reportFailure, reportSuccess, reportUnfinished, summarize } from './uploadReport.js'
import { PROG, prepare, type Job, type Setup, type UploadOptionValues } from './uploadSetup.js'
import { escapeControls } from '../tus/text.js'

/** A file the pool reached after an interruption: not started, reported as such at the end. */
class NotStarted extends Error {}

function buildProgram(io: Io) {
  const program = createProgram(PROG, io)
    .description('Upload files to a tus server (resumable uploads, tus 1.0) and print their upload URLs.')
    .argument('<creation-url>', 'the tus creation URL (the endpoint), e.g. https://tus.example.com/files/')
    .argument('<file...>', 'files to upload; - reads standard input (a stream of unknown length)')
    .option('-m, --metadata <key=value>', 'metadata to send; "key" alone sends a key with no value (repeatable)', collect)
    .option('--no-default-metadata', 'do not add filename (the base name), filetype (the MIME type) and relativePath (the path under the current directory) metadata')
    .option('--chunk-size <size>', `bytes per PATCH request, e.g. 8MiB or 50MB (default: the whole file in one request; ${formatBytes(DEFAULTS.streamChunkSize)} for standard input)`)
    .option('-c, --concurrency <n>', `files uploaded at once, 1 to ${MAX_CONCURRENCY} (default: ${DEFAULTS.concurrency})`)
    .option('--resume-file <file>', 'record upload URLs in this JSON file, so that a rerun resumes unfinished uploads')
    .option('--upload-url <url>', 'resume this upload (the URL a failed run printed) instead of creating one; one file only')
    .option('--json', 'print one JSON object per file instead of the URL: {"path","location","size","metadata"}')
    .option('--size <bytes>', 'the length of the stream given (standard input, a pipe), e.g. 1GiB: sent up front, for servers without creation-defer-length')
    .option('--method-override', 'send PATCH as POST with X-HTTP-Method-Override, through a proxy that refuses PATCH (the server must honour it, as tusd does)')
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
    for (const line of setup.fileErrors) io.stderr.write(`${PROG}: ${escapeControls(line)}\n`)
    return EXIT_USAGE
  }
  return runUploads(setup, io)
}

/** What the uploads of one run share. */
export interface Run {
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
  if (store) await storeChange(store.flush(), `saving ${store.filePath}`, warnWith(logger))
  run.progress?.stop()
  logger.setSink(undefined)
  run.output.release()
}

async function uploadOne(job: Job, run: Run, bar: ProgressBar | undefined): Promise<UploadResult> {
  const { setup } = run
  const { store, logger } = setup
  const fp = resumeFingerprint(job, setup)
  const resumeUrl = setup.uploadUrl ?? (fp === undefined ? undefined : store?.get(fp))
  // Shown and reported without a user:password (the library still sends it).
  const shownUrl = resumeUrl === undefined ? undefined : publicUrl(resumeUrl)
  if (shownUrl !== undefined) logger.info(`${job.arg}: resuming ${shownUrl}`)
  const options = uploadOptions(job, run, bar, fp, resumeUrl)
  if (shownUrl !== undefined) {
    job.uploadUrl = shownUrl
    job.resumedFrom = shownUrl
  }
  const result = await uploadDetailed(setup.endpoint, uploadSource(job, run.io), options)
  job.uploadUrl = result.location
  warnIfChanged(job, result.size, logger)
  if (store && fp !== undefined) {
    await storeChange(store.delete(fp), `${job.arg}: removing the finished upload from ${store.filePath}`, warnWith(logger))
  }
  return result
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
  // Standard input, even from a file, has no path of its own to key it by.
  if (!setup.store || job.kind !== 'file' || job.arg === '-') return undefined
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
  const { headers, tls, timeout, retry, allowCrossOriginHeaders, methodOverride } = setup.options
  // Spelled out rather than spread: a spread here showed in profiles of large batches.
  return {
    headers,
    tls,
    timeout,
    retry,
    allowCrossOriginHeaders,
    methodOverride,
    httpClient: run.httpClient,
    signal: run.interruption.signal,
    logger: logger.child(job.arg), // the library's lines, prefixed with the file
    metadata: job.metadata,
    chunkSize: setup.chunkSize,
    uploadLength: job.kind === 'file' ? undefined : setup.streamLength,
    uploadUrl: resumeUrl,
    onUploadUrl: url => {
      job.uploadUrl = url
      if (!store || fp === undefined) return
      // Awaited before any data is sent, so that a kill from then on can be resumed.
      const recorded = storeChange(store.set(fp, url), `${job.arg}: recording the upload URL in ${store.filePath}`, warnWith(logger))
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

function warnWith(logger: CliLogger): (message: string) => void {
  return (message) => logger.warn(message)
}
