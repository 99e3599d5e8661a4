/** What tus-upload tells: URLs on stdout in argument order, and a line per success, failure or interruption. */
import { askOffset } from '../common/stoppedUpload.js'
import { countOf, formatBytes, formatDuration, transferRate } from '../common/units.js'
import { TusError, describeError, type UploadResult } from '../tus/index.js'
import type { Io } from './io.js'
import { oneLine, type CliLogger } from './logger.js'
import type { Run } from './upload.js'
import { PROG, type Job, type Setup } from './uploadSetup.js'
import { escapeControls } from '../tus/text.js'

/**
 * Lines on stdout in argument order, each as soon as the files before it are done (null: a file
 * with no line). Held lines wait for release().
 */
export class OrderedOutput {
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

export function jsonLine(job: Job, result: UploadResult): string {
  const metadata: Record<string, string | null> = {}
  for (const [key, value] of Object.entries(job.metadata)) {
    metadata[key] = value === null ? null : typeof value === 'string' ? value : Buffer.from(value).toString('utf8')
  }
  return JSON.stringify({ path: job.arg, location: result.location, size: result.size, metadata })
}

export function reportSuccess(job: Job, result: UploadResult, logger: CliLogger): void {
  const label = job.arg
  // A resumed upload's time covers only the bytes sent in this run.
  const rate = result.resumed ? undefined : transferRate(result.size, result.elapsedMs)
  const notes = [result.resumed ? 'resumed' : '', result.retries > 0 ? countOf(result.retries, 'retry', 'retries') : '']
    .filter(Boolean)
    .join(', ')
  logger.info(`${label}: uploaded ${formatBytes(result.size)} in ${formatDuration(result.elapsedMs)}${rate ? `, ${rate}` : ''}${notes ? ` (${notes})` : ''}`)
}

export function reportFailure(job: Job, error: unknown, setup: Setup): void {
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
    // A stream not of its given length fails the same way again: nothing to resume.
    const wrongLength = error instanceof TusError && error.code === 'SOURCE' && setup.streamLength !== undefined
    line += `${wrongLength ? '' : resumeHint(job, setup, uploadUrl)})`
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
export async function reportUnfinished(jobs: Job[], results: PromiseSettledResult<UploadResult>[], run: Run): Promise<void> {
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
    io.stderr.write(`${PROG}: not started: ${countOf(notStarted.length, 'file', 'files')} (${escapeControls(shown)})\n`)
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
    io.stderr.write(`${PROG}: ${escapeControls(label)}: interrupted before the upload was created\n`)
    return
  }
  // Asked after the interruption; else the last offset the server had acknowledged.
  const acknowledged = reason instanceof TusError ? reason.offset : undefined
  const where = held !== undefined ? ` (the server has ${held} bytes)` : acknowledged !== undefined ? ` (the server had acknowledged ${acknowledged} bytes)` : ''
  const of = job.total !== undefined ? ` of ${formatBytes(job.total)}` : ''
  const hint = resumeHint(job, setup, uploadUrl)
  io.stderr.write(`${PROG}: ${escapeControls(label)}: interrupted after sending ${formatBytes(job.sent)}${of}${where}; upload URL ${uploadUrl}${hint}\n`)
}

/** How the same command goes on from where this one stopped. */
function resumeHint(job: Job, setup: Setup, uploadUrl?: string): string {
  const fromStdin = job.arg === '-'
  if (job.kind === 'file' && !fromStdin && setup.store) return `; rerun with --resume-file ${setup.store.filePath} to resume`
  const url = uploadUrl ?? 'URL'
  return job.kind === 'file' && !fromStdin ? `; resume with --upload-url ${url}` : `; to resume, give the same input again with --upload-url ${url}`
}

export function summarize(jobs: Job[], results: PromiseSettledResult<UploadResult>[], logger: CliLogger): void {
  const done = results.filter((r): r is PromiseFulfilledResult<UploadResult> => r.status === 'fulfilled')
  const bytes = done.reduce((sum, r) => sum + r.value.size, 0)
  const failed = results.length - done.length
  logger.info(
    `${done.length} of ${jobs.length} files uploaded (${formatBytes(bytes)})${failed > 0 ? `; ${failed} failed` : ''}`
  )
}
