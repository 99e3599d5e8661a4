/** The high-level client: upload with retries and resumption, and metadata read back. */
import { Readable } from 'node:stream'
import { readState, patchUpload, type ServerConfiguration, type UploadState } from './core.js'
import { createUpload } from './creation.js'
import { TusError } from './errors.js'
import { closeContext, createContext, noteRetry, withContext, type HttpContext } from './http.js'
import { parseHttpUrl, publicUrl } from './url.js'
import { encodeMetadata } from './metadata.js'
import { DEFAULTS, type Metadata, type RequestOptions, type RetryOptions, type UploadOptions, type UploadSource } from './options.js'
import { EXTENSION } from './protocol.js'
import { backoffMs, finalError, isRetryable, retryPolicy, sleep, withRetries, type RetryNotice, type RetryPolicy } from './retry.js'
import { cachedConfiguration, clearOutage, noteOutage, sharedOutage } from './shared.js'
import { openSource, type Source } from './source.js'

export interface UploadResult {
  /** The absolute upload URL. */
  location: string
  /** Bytes in the finished upload. */
  size: number
  /** Retries spent, over the whole upload. */
  retries: number
  /** HTTP requests made for this upload (a cached OPTIONS answer costs none). */
  requests: number
  /** True when an existing upload (options.uploadUrl) was continued. */
  resumed: boolean
  elapsedMs: number
}

/** Uploads `source` and resolves to the absolute upload URL. */
export async function upload(endpoint: string, source: UploadSource, options: UploadOptions = {}): Promise<string> {
  return (await uploadDetailed(endpoint, source, options)).location
}

export async function uploadDetailed(endpoint: string, source: UploadSource, options: UploadOptions = {}): Promise<UploadResult> {
  const started = Date.now()
  const endpointUrl = publicUrl(parseHttpUrl(endpoint, 'endpoint'))
  const policy = retryPolicy(options.retry)
  const chunkSize = options.chunkSize ?? DEFAULTS.chunkSize
  if (!(chunkSize >= 1) || (Number.isFinite(chunkSize) && !Number.isInteger(chunkSize))) {
    throw new TusError('INVALID_INPUT', `chunk size must be a whole number of bytes >= 1, got ${chunkSize}`)
  }
  const metadataHeader = options.metadata ? encodeMetadata(options.metadata) : undefined
  if (options.uploadUrl !== undefined) parseHttpUrl(options.uploadUrl, 'upload URL')
  const { uploadLength } = options
  if (uploadLength !== undefined && !(Number.isSafeInteger(uploadLength) && uploadLength >= 0)) {
    throw new TusError('INVALID_INPUT', `upload length must be a whole number of bytes >= 0, got ${uploadLength}`)
  }
  if (uploadLength !== undefined && !(source instanceof Readable)) {
    throw new TusError('INVALID_INPUT', 'upload length is for a stream source: a file or bytes have their own')
  }
  const ctx = createContext(endpoint, options, endpoint)
  let src: Source
  try {
    src = await openSource(source)
  } catch (error) {
    closeContext(ctx)
    throw error
  }
  const session = new UploadSession(ctx, endpointUrl, src, options, policy, chunkSize, metadataHeader)
  try {
    await session.run()
    return session.result(started)
  } catch (error) {
    if (error instanceof TusError && session.uploadUrl !== undefined) {
      error.uploadUrl = session.uploadUrl
      error.offset = session.offset
    }
    // A stream the upload began to read is of no use to anyone after a failure: it is ended, not
    // left paused. Bad options fail before that, and leave it untouched (a relay can still answer).
    if (source instanceof Readable) source.destroy()
    throw error
  } finally {
    closeContext(ctx)
    // Closing a file only read from cannot lose data; its failure must not hide the upload's.
    if (src.kind !== 'stream') await src.close().catch(() => {})
  }
}

/** Reads an upload's metadata back (a HEAD, retried as the retry options say). */
export async function metadata(uploadUrl: string, options: RequestOptions & { retry?: RetryOptions } = {}): Promise<Metadata> {
  parseHttpUrl(uploadUrl, 'upload URL')
  const policy = retryPolicy(options.retry)
  return withContext(uploadUrl, options, async (ctx, url) => {
    const notice: RetryNotice = (...retry) => noteRetry(ctx, ...retry)
    const state = await withRetries(policy, `HEAD ${url}`, notice, options.signal, () => readState(ctx, url))
    return state.metadata
  })
}

const GONE = new Set([404, 410])

/** A failure that says the server is down or broken (5xx, no answer, no progress), not this upload's trouble. */
function isOutage(error: unknown): boolean {
  if (!(error instanceof TusError)) return false
  return error.code === 'NETWORK' || error.code === 'TIMEOUT' || (error.code === 'HTTP' && (error.status ?? 0) >= 500)
}

class UploadSession {
  uploadUrl: string | undefined
  offset = 0
  private length: number | undefined
  private config: ServerConfiguration | undefined
  private failures = 0
  private resumed = false
  private needState = false
  private inFlight = 0
  private pending: { start: number; data: Buffer } | undefined
  /** Bytes taken from a stream source so far: where its next chunk starts in the upload. */
  private streamPosition = 0
  /** A stream's length once its end was read, for progress before the server has it. */
  private announcedLength: number | undefined
  /** A resumed upload of deferred length: the next PATCH sends Upload-Length. */
  private declareLength = false
  private lastWasConflict = false
  /** The creation POST's data was taken without a word on how much: the HEAD after it is no resumption. */
  private offsetUnknown = false

  constructor(
    private readonly ctx: HttpContext,
    private readonly endpoint: string,
    private readonly src: Source,
    private readonly options: UploadOptions,
    private readonly policy: RetryPolicy,
    private readonly chunkSize: number,
    private readonly metadataHeader: string | undefined
  ) {
    if (src.kind !== 'stream') this.length = src.size
    else this.length = options.uploadLength
  }

  async run(): Promise<void> {
    this.config = await cachedConfiguration(this.ctx, this.endpoint, this.policy)
    this.checkServer()
    if (this.options.uploadUrl !== undefined) {
      this.uploadUrl = publicUrl(this.options.uploadUrl)
      this.resumed = true
      this.needState = true
    }
    while (!this.finished()) {
      try {
        await this.step()
      } catch (error) {
        await this.recover(error)
      }
    }
    const retries = this.ctx.retries
    this.ctx.logger.debug(`uploaded ${this.length} bytes to ${this.uploadUrl}${retries ? ` after ${retries} retries` : ''}`)
  }

  result(started: number): UploadResult {
    return {
      location: this.uploadUrl as string,
      size: this.length as number,
      retries: this.ctx.retries,
      requests: this.ctx.requests,
      resumed: this.resumed,
      elapsedMs: Date.now() - started
    }
  }

  private has(extension: string): boolean {
    return this.config?.extensions.includes(extension) ?? false
  }

  private checkServer(): void {
    const maxSize = this.config?.maxSize
    if (maxSize !== undefined && maxSize > 0 && this.length !== undefined && this.length > maxSize) {
      throw new TusError('TOO_LARGE', `the source is ${this.length} bytes, more than the server's Tus-Max-Size of ${maxSize} bytes`)
    }
    if (this.src.kind === 'stream' && this.length === undefined && this.config && !this.has(EXTENSION.creationDeferLength)) {
      throw new TusError(
        'UNSUPPORTED',
        `the source is a stream of unknown length and ${this.endpoint} does not offer creation-defer-length; give its length (uploadLength, --size) or upload a file instead`
      )
    }
  }

  private finished(): boolean {
    if (this.uploadUrl === undefined || this.needState || this.length === undefined || this.declareLength) return false
    return this.offset === this.length && (this.src.kind !== 'stream' || this.src.reader.ended)
  }

  private async step(): Promise<void> {
    if (this.needState) return this.refreshState()
    if (this.uploadUrl === undefined) return this.create()
    const before = this.offset
    this.offset = this.src.kind === 'stream' ? await this.sendStreamChunk() : await this.sendRange()
    if (this.offset > before) this.madeProgress()
  }

  private madeProgress(): void {
    this.failures = 0
    this.lastWasConflict = false
    clearOutage(this.ctx.client, this.endpoint)
  }

  private async create(): Promise<void> {
    const src = this.src
    // A stream given as empty is checked before the POST: once created, an empty upload is finished.
    if (src.kind === 'stream' && this.length === 0 && this.streamPosition === 0) await this.checkDeclaredLength()
    const withData =
      src.kind !== 'stream' && src.size > 0 && src.size <= DEFAULTS.creationWithUploadLimit &&
      src.size <= this.chunkSize && this.has(EXTENSION.creationWithUpload)
    this.inFlight = 0
    const created = await createUpload(this.ctx, this.endpoint, {
      length: this.length,
      deferLength: this.length === undefined,
      metadataHeader: this.metadataHeader,
      body: withData ? { length: src.size, data: src.range(0, src.size) } : undefined,
      onBodyData: bytes => this.progress(bytes)
    })
    this.uploadUrl = created.location
    this.offset = created.offset ?? 0
    // Data sent, but the server did not say how much it took: ask before sending more.
    if (created.offset === undefined) this.needState = this.offsetUnknown = true
    // Not progress for the retry budget (a server that loses every upload must not loop), but
    // proof for the other uploads that the server is up.
    clearOutage(this.ctx.client, this.endpoint)
    this.ctx.logger.debug(`created ${created.location}${withData ? ` with ${created.offset ?? 'an unknown number of'} bytes` : ''}`)
    // A POST that carried the whole upload leaves nothing to resume.
    if (!(withData && created.offset === src.size)) await this.options.onUploadUrl?.(created.location)
  }

  private async sendRange(): Promise<number> {
    const src = this.src as Exclude<Source, { kind: 'stream' }>
    const end = Math.min(src.size, this.offset + this.chunkSize)
    this.inFlight = 0
    const newOffset = await patchUpload(this.ctx, {
      uploadUrl: this.uploadUrl as string,
      offset: this.offset,
      body: src.range(this.offset, end),
      contentLength: end - this.offset,
      uploadLength: this.declareLength ? src.size : undefined,
      onBodyData: bytes => this.progress(bytes)
    })
    const declared = this.declareLength
    this.declareLength = false
    if (newOffset === this.offset && !(declared && end === this.offset)) throw this.noProgress()
    return newOffset
  }

  /**
   * Streams are buffered one chunk at a time: that chunk can be sent again after a failure. A
   * resumed stream is read from its start, and the bytes the server already has are skipped.
   */
  private async sendStreamChunk(): Promise<number> {
    const reader = (this.src as Extract<Source, { kind: 'stream' }>).reader
    const size = Number.isFinite(this.chunkSize) ? this.chunkSize : DEFAULTS.streamChunkSize
    if (this.pending === undefined || this.offset >= this.pending.start + this.pending.data.length) {
      await this.skipStreamTo(this.offset, size)
      const start = this.streamPosition
      this.pending = { start, data: await this.readStream(this.length === undefined ? size : Math.min(size, this.length - start)) }
      if (this.length !== undefined) await this.checkDeclaredLength()
    }
    const { start, data } = this.pending
    if (this.offset < start) {
      throw new TusError('PROTOCOL', `the server lost data of a stream upload (offset ${this.offset} < ${start}); a stream cannot be read again`)
    }
    const body = data.subarray(this.offset - start)
    // The length once known: at a deferred upload's end, or a given one the server does not have yet.
    const declare = reader.ended && this.length === undefined ? start + data.length : this.declareLength ? this.length : undefined
    // A resumed upload the server already holds whole: nothing to send.
    if (body.length === 0 && declare === undefined) return this.offset
    if (declare !== undefined) this.announcedLength = declare
    this.inFlight = 0
    const newOffset = await patchUpload(this.ctx, {
      uploadUrl: this.uploadUrl as string,
      offset: this.offset,
      body,
      contentLength: body.length,
      uploadLength: declare,
      onBodyData: bytes => this.progress(bytes)
    })
    if (declare !== undefined) this.length = declare
    this.declareLength = false
    if (newOffset === this.offset && body.length > 0) throw this.noProgress()
    return newOffset
  }

  /** A stream of declared length must end exactly there: neither sooner nor later. */
  private async checkDeclaredLength(): Promise<void> {
    const reader = (this.src as Extract<Source, { kind: 'stream' }>).reader
    const length = this.length as number
    if (this.streamPosition < length && reader.ended) {
      throw new TusError('SOURCE', `the stream ended after ${this.streamPosition} bytes, but its length was given as ${length}`)
    }
    if (this.streamPosition === length && !reader.ended && (await this.readStream(1)).length > 0) {
      throw new TusError('SOURCE', `the stream is longer than the ${length} bytes given as its length`)
    }
  }

  private async readStream(size: number): Promise<Buffer> {
    const reader = (this.src as Extract<Source, { kind: 'stream' }>).reader
    let data: Buffer
    try {
      data = await reader.read(size)
    } catch (error) {
      throw new TusError('SOURCE', `reading the source stream failed: ${(error as Error).message}`, { cause: error })
    }
    this.streamPosition += data.length
    return data
  }

  private async skipStreamTo(offset: number, size: number): Promise<void> {
    if (this.streamPosition < offset) this.ctx.logger.debug(`skipping ${offset - this.streamPosition} bytes of the stream that the server has`)
    while (this.streamPosition < offset) {
      const skipped = await this.readStream(Math.min(size, offset - this.streamPosition))
      if (skipped.length === 0) {
        throw new TusError(
          'SOURCE',
          `the stream ended after ${this.streamPosition} bytes but ${this.uploadUrl} already holds ${offset}; it is not this stream's upload`
        )
      }
    }
  }

  private noProgress(): TusError {
    return new TusError('PROTOCOL', `PATCH ${this.uploadUrl}: the server took none of the bytes`, { retryable: true })
  }

  private async refreshState(): Promise<void> {
    const url = this.uploadUrl as string
    let state
    try {
      state = await readState(this.ctx, url)
    } catch (error) {
      if (!(error instanceof TusError) || !GONE.has(error.status ?? 0)) throw error
      return this.uploadGone(url, error)
    }
    const size = this.src.kind === 'stream' ? this.options.uploadLength : this.src.size
    if (size !== undefined) this.checkSizedState(url, state, size)
    if (state.length !== undefined) this.length = state.length
    if (state.offset > this.offset) this.failures = 0
    if (state.offset !== this.offset && !this.offsetUnknown) this.ctx.logger.info(`${url}: the server has ${state.offset} bytes; resuming from there`)
    this.offsetUnknown = false
    this.offset = state.offset
    this.needState = false
  }

  /** A file or bytes resumed on an upload: the same length, or a deferred one this upload will declare. */
  private checkSizedState(url: string, state: UploadState, size: number): void {
    const notOurs = `it is not this ${this.src.kind === 'file' ? "file's" : "source's"} upload`
    if (state.length !== undefined && state.length !== size) {
      throw new TusError('INVALID_INPUT', `${url} is an upload of ${state.length} bytes but the source has ${size}; ${notOurs}`)
    }
    if (state.length === undefined && state.offset > size) {
      throw new TusError('INVALID_INPUT', `${url} holds ${state.offset} bytes, more than the source's ${size}; ${notOurs}`)
    }
    // The spec: a client that learns the length of a deferred upload MUST send it.
    this.declareLength = state.length === undefined
  }

  private uploadGone(url: string, error: TusError): void {
    if (this.src.kind === 'stream' && this.streamPosition > 0) {
      throw new TusError('PROTOCOL', `${url} is gone (${error.status}) and a stream cannot be sent again from the start`, { status: error.status })
    }
    this.ctx.logger.warn(`${url} is gone (${error.status}); starting a new upload from byte 0`)
    this.uploadUrl = undefined
    this.offset = 0
    this.needState = false
    this.resumed = false
  }

  private async recover(error: unknown): Promise<void> {
    const gonePatch = error instanceof TusError && error.method === 'PATCH' && GONE.has(error.status ?? 0)
    if (!isRetryable(error) && !gonePatch) throw error
    const serverDown = isOutage(error)
    if (this.failures >= this.policy.retries) {
      if (this.policy.retries > 0 && serverDown) noteOutage(this.ctx.client, this.endpoint)
      throw finalError(error, this.failures + 1)
    }
    const outage = serverDown ? sharedOutage(this.ctx.client, this.endpoint, error as TusError) : undefined
    if (outage) throw outage
    this.failures++
    // A first 409: the offsets disagree, which a HEAD settles at once. Another in a row: the HEAD
    // may lag (a cache, a store that catches up), so back off as for any failure.
    const conflict = (error as TusError).status === 409
    const wait = conflict && !this.lastWasConflict ? 0 : backoffMs(this.policy, this.failures, error)
    this.lastWasConflict = conflict
    const target = this.uploadUrl ?? this.endpoint
    const message = `${target}: ${(error as Error).message}; retry ${this.failures} of ${this.policy.retries} in ${(wait / 1000).toFixed(1)} s`
    noteRetry(this.ctx, message, error, this.failures, wait)
    await sleep(wait, this.ctx.signal)
    // The server may hold more (or fewer) bytes than we think: ask before sending again.
    if (this.uploadUrl !== undefined) this.needState = true
  }

  private progress(bytes: number): void {
    this.inFlight += bytes
    this.options.onProgress?.(this.offset + this.inFlight, this.length ?? this.announcedLength)
  }
}
