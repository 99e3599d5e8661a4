/** The tus 1.0.0 vocabulary, and parsers for the headers a server sends back. */
import { TusError } from './errors.js'
import { methodLabel } from './failures.js'
import type { HttpResponse } from './http.js'

export const TUS_VERSION = '1.0.0'
export const OFFSET_CONTENT_TYPE = 'application/offset+octet-stream'

export const EXTENSION = {
  creation: 'creation',
  creationWithUpload: 'creation-with-upload',
  creationDeferLength: 'creation-defer-length',
  termination: 'termination',
  expiration: 'expiration',
  checksum: 'checksum',
  concatenation: 'concatenation'
} as const

/**
 * Headers the client sets itself, with why: a caller's value is never sent (the library drops
 * it; the tools and the Action refuse it). `Host` is not among them: it may be overridden, for an
 * endpoint given by address behind a name-based ingress.
 */
export const CLIENT_HEADERS: ReadonlyMap<string, string> = new Map([
  ...['tus-resumable', 'upload-offset', 'upload-length', 'upload-defer-length', 'upload-metadata', 'upload-concat', 'upload-checksum', 'content-type']
    .map(name => [name, 'set by the tus protocol itself'] as const),
  ['content-length', 'set by the client from the body'],
  ['transfer-encoding', 'set by the client from the body'],
  ['connection', 'managed by the client (keep-alive)'],
  ['user-agent', 'set by the client (it names tus-upload-action and its version)'],
  ['x-http-method-override', "set by the client when PATCH must go as POST (the library's methodOverride, tus-upload's --method-override, the Action's method-override)"]
])

export function header(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name.toLowerCase()]
  return Array.isArray(value) ? value.join(', ') : value
}

export function commaList(value: string | undefined): string[] {
  if (value === undefined) return []
  return value.split(',').map(item => item.trim()).filter(item => item !== '')
}

/** A non-negative integer header; `undefined` when absent, an error when malformed. */
export function integerHeader(response: HttpResponse, name: string): number | undefined {
  const value = header(response, name)
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
    throw new TusError('PROTOCOL', `${methodLabel(response.method, response.methodOverridden)} ${response.url}: the server sent ${name} ${JSON.stringify(value)}, which is not a whole number from 0 to 2^53 - 1`)
  }
  return Number(value)
}

export function requiredOffset(response: HttpResponse): number {
  const offset = integerHeader(response, 'Upload-Offset')
  if (offset === undefined) {
    throw new TusError('PROTOCOL', `${methodLabel(response.method, response.methodOverridden)} ${response.url} answered ${response.status} without Upload-Offset: is this a tus server?`)
  }
  return offset
}
