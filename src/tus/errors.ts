/**
 * Every failure of the client is a TusError. Unlike aiotus, which answers `None`, we reject:
 * a CI step must know *why* an upload failed (status, body, cause) to fail loudly and usefully.
 */
export type TusErrorCode =
  | 'INVALID_INPUT' // the caller's arguments are wrong; nothing was sent
  | 'HTTP' // the server answered with an unexpected status
  | 'NETWORK' // connection refused, reset, DNS, TLS ...
  | 'TIMEOUT' // no progress for `timeout` seconds
  | 'PROTOCOL' // the server broke the tus protocol (missing Location, bad offset, bad metadata)
  | 'TOO_LARGE' // the source exceeds the server's Tus-Max-Size
  | 'UNSUPPORTED' // the server lacks an extension this upload needs
  | 'SOURCE' // the source could not be read: a stream failed, a file became shorter
  | 'ABORTED' // the caller's AbortSignal fired

export interface TusErrorDetails {
  status?: number
  body?: string
  method?: string
  url?: string
  uploadUrl?: string
  offset?: number
  retryable?: boolean
  retryAfterMs?: number
  cause?: unknown
}

export class TusError extends Error {
  readonly code: TusErrorCode
  readonly status?: number
  /** The first bytes of the response body, to tell a proxy's HTML page from a tus answer. */
  readonly body?: string
  readonly method?: string
  readonly url?: string
  /** The upload URL, when an upload had been created before the failure: it can be resumed. */
  uploadUrl?: string
  /** The server's offset as last known, when an upload had been created. */
  offset?: number
  readonly retryable: boolean
  readonly retryAfterMs?: number

  constructor(code: TusErrorCode, message: string, details: TusErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.name = 'TusError'
    this.code = code
    this.status = details.status
    this.body = details.body
    this.method = details.method
    this.url = details.url
    this.uploadUrl = details.uploadUrl
    this.offset = details.offset
    this.retryable = details.retryable ?? false
    this.retryAfterMs = details.retryAfterMs
  }
}

/** A copy of a failure shared by several callers, so that each can add its own upload URL. */
export function copyError(error: TusError): TusError {
  return new TusError(error.code, error.message, { ...detailsOf(error), cause: error.cause })
}

/** A failure's details, to make another TusError from it. */
export function detailsOf(error: TusError): TusErrorDetails {
  const { status, body, method, url, uploadUrl, offset, retryable, retryAfterMs } = error
  return { status, body, method, url, uploadUrl, offset, retryable, retryAfterMs }
}

export function abortedError(what: string): TusError {
  return new TusError('ABORTED', `${what}: aborted`)
}

export function invalidInput(message: string): TusError {
  return new TusError('INVALID_INPUT', message)
}

/** A byte count or position from the caller: a whole number >= 0, or an INVALID_INPUT error. */
export function checkByteCount(value: number | undefined, what: string): void {
  if (value !== undefined && !(Number.isSafeInteger(value) && value >= 0)) {
    throw invalidInput(`${what} must be a whole number of bytes >= 0, got ${value}`)
  }
}

/** A failure for a human: a TusError's message already names the request and its cause. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}
