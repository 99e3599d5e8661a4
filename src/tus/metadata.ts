import { TusError, invalidInput } from './errors.js'
import type { Metadata, MetadataInput } from './options.js'

// Keys travel unencoded in the Upload-Metadata header, separated by "," and " ".
const KEY_PATTERN = /^[\x21-\x7e]+$/
const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

export function validateMetadataKey(key: string): void {
  if (key.length === 0) throw invalidInput('metadata key is empty; use a non-empty ASCII key')
  if (!KEY_PATTERN.test(key) || key.includes(',')) {
    throw invalidInput(
      `metadata key ${JSON.stringify(key)} is invalid; keys are printable ASCII without spaces or commas`
    )
  }
}

/**
 * Sets record[key] as an own property, whatever the key: `record['__proto__'] = v` would change
 * the object's prototype instead (a key a server may send, and tusd accepts).
 */
export function setEntry<T>(record: Record<string, T>, key: string, value: NoInfer<T>): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true })
}

/** The value of an Upload-Metadata header. Keys are checked before anything is sent. */
export function encodeMetadata(metadata: MetadataInput): string {
  const pairs: string[] = []
  for (const [key, value] of Object.entries(metadata)) {
    validateMetadataKey(key)
    if (value === null) pairs.push(key)
    else if (typeof value !== 'string' && !(value instanceof Uint8Array)) {
      throw invalidInput(`metadata ${JSON.stringify(key)}: the value must be a string, bytes or null, got ${typeof value}`)
    } else pairs.push(`${key} ${Buffer.from(value).toString('base64')}`)
  }
  return pairs.join(',')
}

/** Parses a server's Upload-Metadata header. Malformed base64 is an error, not silently garbage. */
export function decodeMetadata(header: string | undefined): Metadata {
  const metadata: Metadata = {}
  if (header === undefined || header.trim() === '') return metadata
  for (const pair of header.split(',')) {
    // An empty pair ("a YQ==,,b" or a trailing comma) is skipped, as tusd does.
    if (pair.trim() === '') continue
    // "key " (a trailing space) is an empty value; "key" alone has no value.
    const parts = pair.trimStart().split(' ')
    const key = parts[0]
    if (parts.length > 2 || key === '' || !KEY_PATTERN.test(key)) {
      throw malformed(header, `pair ${JSON.stringify(pair.trim())} is not "key base64value"`)
    }
    if (Object.hasOwn(metadata, key)) throw malformed(header, `key ${JSON.stringify(key)} appears twice`)
    const encoded = parts[1]
    if (encoded === undefined) {
      setEntry(metadata, key, null)
      continue
    }
    if (!BASE64_PATTERN.test(encoded)) {
      throw malformed(header, `the value of ${JSON.stringify(key)} is not valid base64`)
    }
    setEntry(metadata, key, Buffer.from(encoded, 'base64'))
  }
  return metadata
}

function malformed(header: string, why: string): TusError {
  const shown = header.length > 120 ? `${header.slice(0, 120)}...` : header
  return new TusError('PROTOCOL', `server sent malformed Upload-Metadata (${why}): ${shown}`)
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Values as text: UTF-8 where valid, otherwise each byte outside printable ASCII as \xNN. */
export function metadataToStrings(metadata: Metadata): Record<string, string | null> {
  const strings: Record<string, string | null> = {}
  for (const [key, value] of Object.entries(metadata)) {
    setEntry(strings, key, value === null ? null : bytesToText(value))
  }
  return strings
}

export function bytesToText(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes)
  } catch {
    let text = ''
    for (const byte of bytes) {
      text +=
        byte >= 0x20 && byte < 0x7f && byte !== 0x5c
          ? String.fromCharCode(byte)
          : `\\x${byte.toString(16).padStart(2, '0')}`
    }
    return text
  }
}
