/** The creation extension: POST makes an upload; with data when creation-with-upload is offered. */
import type { Body } from './body.js'
import { TusError, checkByteCount } from './errors.js'
import { statusError } from './failures.js'
import { resolveUrl, send, withContext, type HttpContext } from './http.js'
import { encodeMetadata } from './metadata.js'
import type { MetadataInput, RequestOptions } from './options.js'
import { OFFSET_CONTENT_TYPE, TUS_VERSION, header, integerHeader } from './protocol.js'

export interface CreateOptions extends RequestOptions {
  /** Upload-Length in bytes; omit with `deferLength`. */
  length?: number
  /** Upload-Defer-Length: 1, for a source whose size is not known yet. */
  deferLength?: boolean
  metadata?: MetadataInput
  /** creation-with-upload: the first bytes (or all of them) sent in the POST itself. */
  body?: Buffer | Uint8Array
}

export interface CreateResult {
  /** The absolute upload URL (a relative Location is resolved against the request URL). */
  location: string
  /** Bytes the server took from the POST body; 0 without one. */
  offset: number
}

/** One POST, no retries. */
export async function create(endpoint: string, options: CreateOptions = {}): Promise<CreateResult> {
  const metadataHeader = options.metadata ? encodeMetadata(options.metadata) : undefined
  const created = await withContext(endpoint, options, (ctx, url) =>
    createUpload(ctx, url, {
      length: options.length,
      deferLength: options.deferLength,
      metadataHeader,
      body: options.body ? bodyOf(options.body) : undefined
    })
  )
  return { location: created.location, offset: created.offset ?? 0 }
}

function bodyOf(bytes: Buffer | Uint8Array) {
  const data = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { length: data.length, data }
}

export interface CreateRequest {
  length?: number
  deferLength?: boolean
  metadataHeader?: string
  body?: { length: number; data: Body }
  onBodyData?: (bytes: number) => void
}

/** The offset is undefined when a POST with data was answered without Upload-Offset: ask the server. */
export async function createUpload(ctx: HttpContext, endpoint: string, request: CreateRequest): Promise<{ location: string; offset: number | undefined }> {
  if (request.length === undefined && !request.deferLength) {
    throw new TusError('INVALID_INPUT', 'create needs a length, or deferLength for a source of unknown size')
  }
  checkByteCount(request.length, 'length')
  const headers: Record<string, string> = { 'Tus-Resumable': TUS_VERSION }
  if (request.length !== undefined) headers['Upload-Length'] = String(request.length)
  else headers['Upload-Defer-Length'] = '1'
  if (request.metadataHeader) headers['Upload-Metadata'] = request.metadataHeader
  const body = request.body
  if (body) headers['Content-Type'] = OFFSET_CONTENT_TYPE
  const response = await send(ctx, {
    method: 'POST',
    url: endpoint,
    headers,
    body: body?.data,
    contentLength: body ? body.length : 0,
    onBodyData: request.onBodyData
  })
  if (response.status !== 201) throw statusError(response, '201 Created')
  const location = header(response, 'Location')
  if (location === undefined || location.trim() === '') {
    throw new TusError('PROTOCOL', `POST ${endpoint} answered 201 without a Location header; the server is not a working tus server`)
  }
  const uploadUrl = resolveUrl(location.trim(), response.url, 'upload', ctx)
  // The upload exists from here on: a failure names it (with offset 0, the least it may hold).
  let offset: number | undefined
  try {
    offset = body ? integerHeader(response, 'Upload-Offset') : 0
  } catch (error) {
    if (error instanceof TusError) Object.assign(error, { uploadUrl, offset: 0 })
    throw error
  }
  if (body && offset !== undefined && offset > body.length) {
    throw new TusError('PROTOCOL', `POST ${endpoint}: the server answered Upload-Offset ${offset} for a body of ${body.length} bytes`, { uploadUrl, offset: 0 })
  }
  return { location: uploadUrl, offset }
}
