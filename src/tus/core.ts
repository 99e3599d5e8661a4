/** The core protocol, one request each and no retries: OPTIONS, HEAD, PATCH, and DELETE (termination). */
import type { Readable } from 'node:stream'
import type { Body } from './body.js'
import { TusError, checkByteCount } from './errors.js'
import { bodySnippet, statusError } from './failures.js'
import { send, withContext, type HttpContext, type HttpResponse } from './http.js'
import { decodeMetadata } from './metadata.js'
import type { Metadata, RequestOptions } from './options.js'
import { OFFSET_CONTENT_TYPE, TUS_VERSION, commaList, header, integerHeader, requiredOffset } from './protocol.js'

export interface ServerConfiguration {
  /** Tus-Version: protocol versions, preferred first. */
  versions: string[]
  /** Tus-Extension: creation, creation-with-upload, termination, ... */
  extensions: string[]
  /** Tus-Max-Size in bytes, when the server publishes one. */
  maxSize?: number
  /** Tus-Checksum-Algorithm. */
  checksumAlgorithms: string[]
}

export function configuration(endpoint: string, options: RequestOptions = {}): Promise<ServerConfiguration> {
  return withContext(endpoint, options, readConfiguration)
}

/** `signal`, when given, stops this request instead of the context's (an OPTIONS shared by many uploads). */
export async function readConfiguration(ctx: HttpContext, endpoint: string, signal?: AbortSignal): Promise<ServerConfiguration> {
  const response = await send(ctx, { method: 'OPTIONS', url: endpoint, signal })
  if (response.status !== 200 && response.status !== 204) throw statusError(response, '204 No Content')
  const versions = commaList(header(response, 'Tus-Version'))
  if (versions.length === 0 && header(response, 'Tus-Resumable') === undefined) {
    const type = header(response, 'Content-Type') ?? 'no content type'
    throw new TusError(
      'PROTOCOL',
      `${endpoint} is not a tus server: OPTIONS answered ${response.status} (${type}) without Tus-Version; check the endpoint URL`,
      { status: response.status, body: bodySnippet(response) }
    )
  }
  if (versions.length > 0 && !versions.includes(TUS_VERSION)) {
    throw new TusError('UNSUPPORTED', `${endpoint} speaks tus ${versions.join(', ')}, not ${TUS_VERSION}; this client speaks tus ${TUS_VERSION} only: use a tus 1.0 endpoint`)
  }
  return {
    versions,
    extensions: commaList(header(response, 'Tus-Extension')),
    maxSize: optionalMaxSize(ctx, response),
    checksumAlgorithms: commaList(header(response, 'Tus-Checksum-Algorithm'))
  }
}

/** Tus-Max-Size is advice: a malformed one ("1GB") is ignored with a warning, not a failed upload. */
function optionalMaxSize(ctx: HttpContext, response: HttpResponse): number | undefined {
  try {
    return integerHeader(response, 'Tus-Max-Size')
  } catch (error) {
    ctx.logger.warn(`${(error as Error).message}; ignoring it`)
    return undefined
  }
}

export interface UploadState {
  offset: number
  /** Upload-Length; undefined while the length is deferred. */
  length?: number
  metadata: Metadata
  /** Upload-Expires, when the server offers expiration. */
  expires?: Date
}

export function offset(uploadUrl: string, options: RequestOptions = {}): Promise<UploadState> {
  return withContext(uploadUrl, options, readState)
}

export async function readState(ctx: HttpContext, uploadUrl: string): Promise<UploadState> {
  const response = await send(ctx, { method: 'HEAD', url: uploadUrl, headers: { 'Tus-Resumable': TUS_VERSION } })
  if (response.status !== 200 && response.status !== 204) throw statusError(response, '200 OK')
  const state: UploadState = {
    offset: requiredOffset(response),
    length: integerHeader(response, 'Upload-Length'),
    metadata: decodeMetadata(header(response, 'Upload-Metadata'))
  }
  if (state.length !== undefined && state.offset > state.length) {
    throw new TusError('PROTOCOL', `${uploadUrl}: the server's offset ${state.offset} is beyond the upload length ${state.length}`)
  }
  const expires = header(response, 'Upload-Expires')
  if (expires !== undefined && !Number.isNaN(Date.parse(expires))) state.expires = new Date(expires)
  return state
}

export interface PatchOptions extends RequestOptions {
  /** Bytes in `body`; required for a stream. */
  contentLength?: number
  /** Upload-Length, to fix a deferred length with this request. */
  uploadLength?: number
}

export async function patch(uploadUrl: string, uploadOffset: number, body: Buffer | Uint8Array | Readable, options: PatchOptions = {}): Promise<number> {
  checkByteCount(uploadOffset, 'offset')
  checkByteCount(options.contentLength, 'contentLength')
  checkByteCount(options.uploadLength, 'uploadLength')
  let contentLength = options.contentLength
  let payload: Body
  if (body instanceof Uint8Array) {
    payload = Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength)
    contentLength ??= payload.length
  } else {
    if (contentLength === undefined) throw new TusError('INVALID_INPUT', 'patch with a stream needs contentLength')
    let used = false
    payload = () => {
      // A stream can be sent once: a redirect cannot replay it.
      if (used) throw new TusError('INVALID_INPUT', 'patch: a stream body cannot be sent twice (redirected?)')
      used = true
      return body
    }
  }
  return withContext(uploadUrl, options, (ctx, url) =>
    patchUpload(ctx, { uploadUrl: url, offset: uploadOffset, body: payload, contentLength: contentLength ?? 0, uploadLength: options.uploadLength })
  )
}

export interface PatchRequest {
  uploadUrl: string
  offset: number
  body: Body
  contentLength: number
  uploadLength?: number
  onBodyData?: (bytes: number) => void
}

/** One PATCH; resolves to the server's new offset, checked against what was sent. */
export async function patchUpload(ctx: HttpContext, request: PatchRequest): Promise<number> {
  const headers: Record<string, string> = {
    'Tus-Resumable': TUS_VERSION,
    'Upload-Offset': String(request.offset),
    'Content-Type': OFFSET_CONTENT_TYPE
  }
  if (request.uploadLength !== undefined) headers['Upload-Length'] = String(request.uploadLength)
  const response = await send(ctx, {
    method: 'PATCH',
    url: request.uploadUrl,
    headers,
    body: request.body,
    contentLength: request.contentLength,
    onBodyData: request.onBodyData
  })
  if (response.status !== 204 && response.status !== 200) throw statusError(response, '204 No Content')
  const newOffset = requiredOffset(response)
  checkNewOffset(response, request, newOffset)
  return newOffset
}

function checkNewOffset(response: HttpResponse, request: PatchRequest, newOffset: number): void {
  const end = request.offset + request.contentLength
  if (newOffset < request.offset || newOffset > end) {
    throw new TusError(
      'PROTOCOL',
      `PATCH ${request.uploadUrl}: the server answered offset ${newOffset} for bytes ${request.offset}-${end}`,
      { status: response.status }
    )
  }
}

export function terminate(uploadUrl: string, options: RequestOptions = {}): Promise<void> {
  return withContext(uploadUrl, options, terminateUpload)
}

async function terminateUpload(ctx: HttpContext, uploadUrl: string): Promise<void> {
  const response = await send(ctx, { method: 'DELETE', url: uploadUrl, headers: { 'Tus-Resumable': TUS_VERSION } })
  if (response.status !== 204 && response.status !== 200) throw statusError(response, '204 No Content')
}
