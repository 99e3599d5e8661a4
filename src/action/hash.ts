import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { addAbortSignal } from 'node:stream'

/** The SHA-256 of a file as lowercase hex, streamed (never the whole file in memory). */
export async function sha256File(filePath: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256')
  const stream = createReadStream(filePath)
  if (signal !== undefined) addAbortSignal(signal, stream)
  for await (const chunk of stream) hash.update(chunk as Buffer)
  return hash.digest('hex')
}
