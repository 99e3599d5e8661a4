/** URLs as the client takes them: http(s) only, parsed once, and shown without user:password. */
import { TusError } from './errors.js'

// Parsed URLs by text: a batch of files parses the same endpoint for every upload and request.
// The URLs handed out are shared, so nothing here may change them (publicUrl copies first).
const parsedUrls = new Map<string, URL>()
const PARSED_URLS_KEPT = 64

export function cachedUrl(url: string): URL {
  let parsed = parsedUrls.get(url)
  if (parsed === undefined) {
    parsed = new URL(url)
    if (parsedUrls.size >= PARSED_URLS_KEPT) parsedUrls.clear()
    parsedUrls.set(url, parsed)
  }
  return parsed
}

export function parseHttpUrl(url: string, what: string): URL {
  let parsed: URL
  try {
    parsed = cachedUrl(url)
  } catch {
    throw new TusError('INVALID_INPUT', `${what}: ${JSON.stringify(redactCredentials(url))} is not a URL; use an absolute http:// or https:// URL`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TusError('INVALID_INPUT', `${what}: scheme '${parsed.protocol.slice(0, -1)}' is not supported; use an http:// or https:// URL`)
  }
  if (parsed.username !== '' || parsed.password !== '') {
    decodeCredential(parsed.username, what)
    decodeCredential(parsed.password, what)
  }
  return parsed
}

/**
 * The user:password (or a lone user, a token) of a text that is no valid URL, which the URL
 * parser cannot take apart: to the last @ (a password may hold a /, as base64 tokens do), unless
 * what comes before that @ reads as host:port/path (an @ in the path).
 */
export function textCredentials(text: string): { user: string; password?: string; start: number; at: number } | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(.*)@[^@]*$/i.exec(text)
  if (match === null) return undefined
  const [, scheme, userinfo] = match
  if (userinfo === '' || /^[^:/@]*(:\d*)?\//.test(userinfo)) return undefined
  const colon = userinfo.indexOf(':')
  const start = scheme.length
  const at = start + userinfo.length
  return colon < 0 ? { user: userinfo, start, at } : { user: userinfo.slice(0, colon), password: userinfo.slice(colon + 1), start, at }
}

/** A text that is no valid URL, with its credentials written `user:***@` (a lone user `***@`). */
export function redactCredentials(text: string): string {
  const credentials = textCredentials(text)
  if (credentials === undefined) return text
  const shown = credentials.password === undefined ? '***' : `${credentials.user}:***`
  return `${text.slice(0, credentials.start)}${shown}${text.slice(credentials.at)}`
}

export function decodeCredential(value: string, what: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    throw new TusError('INVALID_INPUT', `${what}: the user:password in it has a malformed %-escape; write a % in it as %25`)
  }
}

/** The URL as it may be logged or reported: without user:password. */
export function publicUrl(url: string | URL): string {
  if (typeof url !== 'string' && url.username === '' && url.password === '') return url.href
  const parsed = new URL(url)
  parsed.username = ''
  parsed.password = ''
  return parsed.href
}
