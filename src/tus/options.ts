import type { Readable } from 'node:stream'
import type { HttpClient } from '@actions/http-client'

/** Where log lines go. The library logs nothing unless given one (aiotus: the "aiotus" logger). */
export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} }

/** Retry budget: consecutive failed attempts without progress. Progress resets the count. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 5; 0 disables retrying. */
  retries?: number
  /** Base delay in seconds of the exponential backoff (with equal jitter: half fixed, half random). Default 1. */
  delay?: number
  /** Upper bound in seconds of one backoff delay. Default 30, or `delay` when that is larger. */
  maxDelay?: number
}

export interface TlsOptions {
  /** Skip certificate verification (tests, self-signed servers). Default false. The library does not warn; the tools and the Action do. */
  insecure?: boolean
  /** PEM certificate(s) of a private CA to trust, with verification still on. */
  ca?: string | Buffer | Array<string | Buffer>
  /** A client certificate (PEM, its chain after it), for a server that asks for one (mutual TLS). */
  cert?: string | Buffer
  /** The client certificate's private key (PEM). */
  key?: string | Buffer
  /** The passphrase of an encrypted `key`. */
  passphrase?: string
}

/** Metadata to send: strings or bytes; `null` is a key with no value. */
export type MetadataInput = Record<string, string | Uint8Array | null>

/** Metadata read back from a server: bytes, or `null` for a key sent without a value. */
export type Metadata = Record<string, Buffer | null>

/** Options of every request, low level or high level. */
export interface RequestOptions {
  /** Extra headers for every request to the endpoint's origin. The protocol's own headers win. */
  headers?: Record<string, string>
  /** A caller's own client; never disposed by this library. */
  httpClient?: HttpClient
  tls?: TlsOptions
  /** Seconds without progress before a request is abandoned (and, high level, retried). Default 60, at most MAX_WAIT_SECONDS. */
  timeout?: number
  signal?: AbortSignal
  logger?: Logger
  /** Send `headers` to another origin too (a Location or redirect elsewhere). Default false. */
  allowCrossOriginHeaders?: boolean
  /**
   * Send PATCH and DELETE as POST with `X-HTTP-Method-Override` (tus-js-client's
   * overridePatchMethod), through a proxy or firewall that lets only GET, POST and HEAD pass. The
   * server must honour the header (tusd does; @tus/server 2.x does not). Default false.
   */
  methodOverride?: boolean
  /**
   * For a call on an upload URL (metadata, offset, patch, terminate): the creation URL the upload
   * came from. `headers` and the client's handlers then go to its origin only (not to an upload
   * URL elsewhere), and a user:password in it is sent there as Basic credentials, as during the
   * upload. `upload()` uses its own endpoint.
   */
  endpoint?: string
  /**
   * Called before each retry (high level): the failure, the number of the attempt that failed
   * (1 = the first), and the wait in milliseconds. For counting or metrics; the logger gets the
   * same as a warning.
   */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void
}

export interface UploadOptions extends RequestOptions {
  metadata?: MetadataInput
  retry?: RetryOptions
  /** Bytes per PATCH. Default: the whole remainder in one streamed PATCH. */
  chunkSize?: number
  /** Called as bytes go out: bytes the server has or is receiving, and the total when known. */
  onProgress?: (bytesSent: number, bytesTotal: number | undefined) => void
  /** Resume this upload URL instead of creating a new upload. */
  uploadUrl?: string
  /**
   * The length of a stream source, when it is known (tus-js-client's uploadSize): sent as
   * Upload-Length at creation, for servers without creation-defer-length; a stream that ends
   * sooner or runs longer fails with a SOURCE error. Files and bytes have their own length.
   */
  uploadLength?: number
  /**
   * Called with the URL of each upload this call creates, before data is sent (for a file larger
   * than the creation-with-upload limit): a new upload, or the one that replaces a resumed
   * `uploadUrl` the server no longer has. Not called for a resumed `uploadUrl` itself, nor when the
   * creation POST carried the whole upload (nothing is left to resume). A promise it returns is
   * awaited before any more data is sent (e.g. the URL recorded on disk).
   */
  onUploadUrl?: (uploadUrl: string) => void | Promise<void>
}

/** The longest timeout or retry delay, in seconds: Node's timers hold at most 2^31 - 1 ms (24.8 days). */
export const MAX_WAIT_SECONDS = 2_147_483

/** A file path, bytes in memory, or a stream of unknown length. */
export type UploadSource = string | Buffer | Uint8Array | Readable

export const DEFAULTS = {
  retries: 5,
  retryDelay: 1,
  retryMaxDelay: 30,
  timeout: 60,
  chunkSize: Number.POSITIVE_INFINITY,
  /** Stream sources are buffered one chunk at a time, so that a failed chunk can be resent. */
  streamChunkSize: 8 * 1024 * 1024,
  /** Sources up to this size go in the creation POST when the server offers creation-with-upload. */
  creationWithUploadLimit: 4 * 1024 * 1024,
  /** Files uploaded at once by the tools and the Action (each file is one upload). */
  concurrency: 4
} as const
