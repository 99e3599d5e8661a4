/** The tus 1.0.0 vocabulary, and parsers for the headers a server sends back. */
import { TusError } from './errors.js'
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
    throw new TusError('PROTOCOL', `${response.method} ${response.url}: the server sent ${name} ${JSON.stringify(value)}, which is not a non-negative integer`)
  }
  return Number(value)
}

export function requiredOffset(response: HttpResponse): number {
  const offset = integerHeader(response, 'Upload-Offset')
  if (offset === undefined) {
    throw new TusError('PROTOCOL', `${response.method} ${response.url} answered ${response.status} without Upload-Offset: is this a tus server?`)
  }
  return offset
}
