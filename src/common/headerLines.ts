/** HTTP headers as a user types them: `Name: value`. */
import { setEntry } from '../tus/metadata.js'
import { HEADER_NAME, HEADER_VALUE } from '../tus/http.js'
import { CLIENT_HEADERS } from '../tus/protocol.js'
import { UsageError } from './errors.js'

/** `Name: value` → [name, value]: the name a valid HTTP token, the value trimmed, no CR/LF/NUL. */
export function parseHeaderLine(text: string, what: string): [name: string, value: string] {
  const colon = text.indexOf(':')
  if (colon === -1) {
    throw new UsageError(`${what}: ${JSON.stringify(text)} is not a header; use 'Name: value'`)
  }
  const name = text.slice(0, colon).trim()
  const value = text.slice(colon + 1).replace(/^[ \t]+|[ \t]+$/g, '')
  if (name === '') {
    throw new UsageError(`${what}: ${JSON.stringify(text)} has no header name; use 'Name: value'`)
  }
  if (!HEADER_NAME.test(name)) {
    throw new UsageError(
      `${what}: ${JSON.stringify(name)} is not a valid header name; use letters, digits and - (e.g. 'X-Api-Key: value')`
    )
  }
  if (/[\r\n\0]/.test(value)) {
    throw new UsageError(`${what}: the value of ${name} contains a line break or NUL; give it on one line`)
  }
  if (!HEADER_VALUE.test(value)) {
    throw new UsageError(`${what}: the value of ${name} has characters beyond Latin-1; HTTP header values are bytes: percent-encode or base64 it`)
  }
  const owner = CLIENT_HEADERS.get(name.toLowerCase())
  if (owner !== undefined) throw new UsageError(`${what}: ${name} is ${owner}; remove it`)
  return [name, value]
}

/** Several header lines; a name given twice (in any case) is an error. */
export function parseHeaderLines(lines: readonly string[], what: string): Record<string, string> {
  const headers: Record<string, string> = {}
  const seen = new Set<string>()
  for (const line of lines) {
    const [name, value] = parseHeaderLine(line, what)
    if (seen.has(name.toLowerCase())) {
      throw new UsageError(`${what}: ${name} is given twice; give each header once`)
    }
    seen.add(name.toLowerCase())
    setEntry(headers, name, value)
  }
  return headers
}
