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
 * What looks like the user:password@ of a URL, written `user:***@`, for a text that is no valid
 * URL (publicUrl cannot take it apart): the password runs to the last @ before the path, and may
 * hold a / (base64 tokens do).
 */
export function redactCredentials(text: string): string {
  return text.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)(.*)@([^@]*)$/i, '$1***@$3')
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
