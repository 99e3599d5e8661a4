import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { addAbortSignal } from 'node:stream'

/**
 * The SHA-256 of a file's first `length` bytes (default: all of it) as lowercase hex, streamed
 * (never the whole file in memory).
 */
export async function sha256File(filePath: string, signal?: AbortSignal, length?: number): Promise<string> {
  const hash = createHash('sha256')
  if (length === 0) return hash.digest('hex')
  const stream = createReadStream(filePath, length === undefined ? {} : { end: length - 1 })
  if (signal !== undefined) addAbortSignal(signal, stream)
  for await (const chunk of stream) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
