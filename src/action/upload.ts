import type { HttpClient } from '@actions/http-client'
import path from 'node:path'
import { defaultMetadata } from '../common/metadataLines.js'
import { fingerprint, storeChange, type ResumeStore } from '../common/resumeStore.js'
import { askOffset, changedFileWarning } from '../common/stoppedUpload.js'
import { countOf, formatBytes, formatDuration, transferRate } from '../common/units.js'
import {
  TusError,
  describeError,
  metadata as readMetadata,
  metadataToStrings,
  silentLogger,
  uploadDetailed
} from '../tus/index.js'
import type { Logger, MetadataInput, RequestOptions } from '../tus/index.js'
import { debug, group, info, warning } from './log.js'
import type { FoundFile } from './files.js'
import { sha256File } from './hash.js'
import type { ActionInputs } from './inputs.js'
import type { FailedFile, UploadedFile } from './outputs.js'
import { progressText, throttledProgress } from './progress.js'

/** What every upload of a run shares. */
export interface UploadContext {
  inputs: ActionInputs
  httpClient: HttpClient
  /** Fires on SIGINT/SIGTERM. */
  signal: AbortSignal
  /** The `resume-file`: upload URLs of unfinished uploads, by file and endpoint. */
  store?: ResumeStore
}

/** A file's failure, carrying what the report needs. */
export class FileUploadError extends Error {
  constructor(readonly failure: FailedFile) {
    super(failure.message)
    this.name = 'FileUploadError'
  }
}

/** The options of every request of a run: headers, TLS, timeout, cancellation; `onRetry` counts a file's retries. */
function requestOptions(context: UploadContext, logger: Logger, onRetry?: () => void): RequestOptions {
  const { inputs } = context
  return {
    onRetry,
    // The upload URL's calls (read-back, offset) send headers and URL credentials as the upload did.
    endpoint: inputs.endpoint,
    headers: inputs.headers,
    httpClient: context.httpClient,
    tls: { insecure: inputs.insecureSsl, ca: inputs.ca, ...inputs.clientCertificate },
    timeout: inputs.timeout,
    signal: context.signal,
    logger,
    allowCrossOriginHeaders: inputs.allowCrossOriginHeaders,
    methodOverride: inputs.methodOverride
  }
}

/** The metadata sent with a file: the defaults (unless off), then the `metadata` input. */
function metadataFor(file: FoundFile, inputs: ActionInputs): MetadataInput {
  // A path outside the workspace is reported absolute: no relativePath for it.
  const relativePath = path.isAbsolute(file.path) ? undefined : file.path
  return { ...(inputs.defaultMetadata ? defaultMetadata(file.absolutePath, relativePath) : {}), ...inputs.metadata }
}

/**
 * Uploads one file, hashing it meanwhile, and reads its metadata back. Its log lines are
 * gathered and written as one group when it ends (uploads run side by side), under a title that
 * is its result line; progress lines and warnings go out as they come, prefixed with the path.
 * Rejects with a FileUploadError.
 */
export async function uploadFile(file: FoundFile, context: UploadContext): Promise<UploadedFile> {
  const lines: string[] = []
  const state = new FileState(file)
  try {
    if (context.signal.aborted) throw new TusError('ABORTED', 'cancelled before it started')
    const upload = await transfer(file, context, state, lines)
    await group(resultLine(upload), async () => lines.forEach((line) => info(line)))
    return upload
  } catch (error) {
    if (context.signal.aborted) await state.confirmOffset(context)
    const failure = state.failure(error, context.signal.aborted)
    if (failure.cancelled && failure.uploadUrl === undefined && lines.length === 0) throw new FileUploadError(failure)
    await group(`${file.path}: ${failure.cancelled ? '' : 'failed: '}${failure.message}`, async () =>
      lines.forEach((line) => info(line))
    )
    throw new FileUploadError(failure)
  }
}

async function transfer(file: FoundFile, context: UploadContext, state: FileState, lines: string[]): Promise<UploadedFile> {
  const logger = fileLogger(file, lines)
  const { inputs } = context
  const sent = metadataFor(file, inputs)
  const hashing = new AbortController()
  const stopHashing = (): void => hashing.abort()
  context.signal.addEventListener('abort', stopHashing, { once: true })
  // The bytes found, as the upload sends them even if the file grows meanwhile.
  const sha256 = sha256File(file.absolutePath, hashing.signal, file.size)
  sha256.catch(() => undefined) // awaited below; not unhandled when the upload fails first
  const resume = resumeEntry(file, context)
  if (resume.url !== undefined) {
    info(`${file.path}: resuming ${resume.url}`)
    state.setUploadUrl(resume.url)
  }
  try {
    const result = await uploadDetailed(inputs.endpoint, file.absolutePath, {
      ...requestOptions(context, logger, state.countRetry),
      metadata: sent,
      retry: { retries: inputs.retries, delay: inputs.retryDelay },
      chunkSize: inputs.chunkSize,
      uploadUrl: resume.url,
      onUploadUrl: async (url) => {
        state.setUploadUrl(url)
        await resume.record(url)
      },
      onProgress: state.progress(throttledProgress((line) => info(`${file.path}: ${line}`)))
    })
    await resume.forget()
    state.setUploadUrl(result.location)
    state.offset = result.size
    const digest = await sha256
    const readBack = await readBackMetadata(file, context, logger, result.location, { sent, resumed: result.resumed }, state.countRetry)
    warnIfChanged(file, result.size)
    const upload: UploadedFile = {
      file,
      location: result.location,
      size: result.size,
      sha256: digest,
      metadata: readBack,
      retries: state.retries, // the upload's, and the metadata read-back's
      requests: result.requests,
      elapsedMs: result.elapsedMs,
      resumed: result.resumed
    }
    lines.push(...detailLines(upload))
    return upload
  } finally {
    context.signal.removeEventListener('abort', stopHashing)
    hashing.abort()
  }
}

/** The file's entry in the resume file: the upload to resume, and how to record or forget one. */
function resumeEntry(file: FoundFile, context: UploadContext): { url?: string; record: (url: string) => Promise<void>; forget: () => Promise<void> } {
  const { store } = context
  if (store === undefined) return { record: async () => {}, forget: async () => {} }
  const fp = fingerprint({ absolutePath: file.absolutePath, size: file.size, mtimeMs: file.mtimeMs, endpoint: context.inputs.endpoint })
  const warn = (message: string): void => warning(`${file.path}: ${message}`)
  return {
    url: store.get(fp),
    // Awaited before any data is sent, so that a cancellation from then on can be resumed.
    record: (url) => storeChange(store.set(fp, url), `recording the upload URL in ${store.filePath}`, warn),
    forget: () => storeChange(store.delete(fp), `removing the finished upload from ${store.filePath}`, warn)
  }
}

/** A file written to while it was read may be stored as a mix of old and new bytes: say so. */
function warnIfChanged(file: FoundFile, uploaded: number): void {
  const changed = changedFileWarning(file.path, file.absolutePath, file, uploaded)
  if (changed !== undefined) warning(changed)
}

/** Info lines go to the file's group (written when it ends); the rest out at once, with the path. */
function fileLogger(file: FoundFile, lines: string[]): Logger {
  return {
    debug: (message) => debug(`${file.path}: ${message}`),
    info: (message) => lines.push(message),
    warn: (message) => warning(`${file.path}: ${message}`)
  }
}

/** The lines of an uploaded file's group. */
function detailLines(upload: UploadedFile): string[] {
  return [
    `Upload URL: ${upload.location}`,
    `Size: ${formatBytes(upload.size)} (${upload.size} bytes)`,
    `SHA-256: ${upload.sha256}`,
    `Metadata read back: ${describeMetadata(upload.metadata)}`,
    `Retries: ${upload.retries}, requests: ${upload.requests}`
  ]
}

/** The metadata as the server stored it (proof it was kept), warning about any difference. */
async function readBackMetadata(
  file: FoundFile,
  context: UploadContext,
  logger: Logger,
  location: string,
  { sent, resumed }: { sent: MetadataInput; resumed: boolean },
  onRetry: () => void
): Promise<Record<string, string | null>> {
  const { retries, retryDelay } = context.inputs
  const stored = await readMetadata(location, { ...requestOptions(context, logger, onRetry), retry: { retries, delay: retryDelay } })
  const readBack = metadataToStrings(stored)
  // tus keeps the metadata of an upload's creation: a resumed one has an earlier run's.
  const resumedNote = resumed ? ' (the upload was resumed: it keeps the metadata it was created with)' : ''
  for (const difference of metadataDifferences(sent, readBack)) warning(`${file.path}: ${difference}${resumedNote}`)
  return readBack
}

/** "build/app.zip: 4.0 GiB in 48s (85 MB/s) -> https://tus.example.com/files/abc"; no rate under 1 MiB. */
export function resultLine(upload: UploadedFile): string {
  const notes = [
    upload.resumed ? 'resumed' : transferRate(upload.size, upload.elapsedMs),
    upload.retries > 0 ? countOf(upload.retries, 'retry', 'retries') : undefined
  ].filter(Boolean)
  return `${upload.file.path}: ${formatBytes(upload.size)} in ${formatDuration(upload.elapsedMs)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''} -> ${upload.location}`
}

/** `filename=a.zip, public (no value)` */
export function describeMetadata(metadata: Record<string, string | null>): string {
  const entries = Object.entries(metadata)
  if (entries.length === 0) return '(none)'
  return entries.map(([key, value]) => (value === null ? `${key} (no value)` : `${key}=${value}`)).join(', ')
}

/** What the server did not store as sent ('' and no value count as the same). */
export function metadataDifferences(sent: MetadataInput, readBack: Record<string, string | null>): string[] {
  const differences: string[] = []
  for (const [key, value] of Object.entries(sent)) {
    const expected = value === null ? '' : typeof value === 'string' ? value : Buffer.from(value).toString('utf8')
    if (!Object.hasOwn(readBack, key)) {
      differences.push(`the server did not store the metadata key ${JSON.stringify(key)}`)
    } else if ((readBack[key] ?? '') !== expected) {
      differences.push(`the server stored ${JSON.stringify(key)} as ${JSON.stringify(readBack[key])}, not ${JSON.stringify(expected)}`)
    }
  }
  return differences
}

/** Where a file's upload got to, for the report of a failure or a cancellation. */
class FileState {
  uploadUrl?: string
  /** Bytes sent (by the progress callback), or the final size. */
  offset?: number
  /** The server's offset, asked after a cancellation. */
  confirmedOffset?: number
  retries = 0

  constructor(readonly file: FoundFile) {}

  readonly countRetry = (): void => {
    this.retries++
  }

  setUploadUrl(url: string): void {
    this.uploadUrl = url
  }

  progress(next: (sent: number, total: number | undefined) => void): (sent: number, total: number | undefined) => void {
    return (sent, total) => {
      this.offset = sent
      next(sent, total)
    }
  }

  /** After a cancellation: asks the server how much it has (one HEAD, 3 s at most); best effort. */
  async confirmOffset(context: UploadContext): Promise<void> {
    if (this.uploadUrl === undefined) return
    // Else the last known offset will do.
    this.confirmedOffset = await askOffset(this.uploadUrl, requestOptions(context, silentLogger))
  }

  failure(error: unknown, aborted: boolean): FailedFile {
    const tus = error instanceof TusError ? error : undefined
    const cancelled = aborted || tus?.code === 'ABORTED'
    // A creation that failed made no upload: a URL known before (a resumed one found gone) is not this file's.
    const creationFailed = tus?.method === 'POST' && tus.uploadUrl === undefined
    const uploadUrl = creationFailed ? undefined : (tus?.uploadUrl ?? this.uploadUrl)
    // Bytes sent in a creation POST that was refused are held by no upload.
    const offset = uploadUrl === undefined ? undefined : (this.confirmedOffset ?? tus?.offset ?? this.offset)
    let message: string
    if (cancelled) {
      const at = offset === undefined ? 'an unknown offset' : `offset ${offset} (${progressText(offset, this.file.size)})`
      message = uploadUrl === undefined ? 'cancelled before the upload was created' : `cancelled at ${at}; upload URL ${uploadUrl}`
    } else {
      message = describeError(error)
      // Named even when the message holds it (as the URL of a request): this is the upload to resume or delete.
      if (uploadUrl !== undefined) {
        message += ` (upload URL ${uploadUrl}${offset === undefined ? '' : `, offset ${offset}`})`
      }
    }
    return { file: this.file, error, message, cancelled, uploadUrl, offset, retries: this.retries }
  }
}
