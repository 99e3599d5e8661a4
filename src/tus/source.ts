/** What is uploaded: a file streamed from disk by byte range, bytes in memory, or a stream. */
import { closeSync, fstatSync, openSync } from 'node:fs'
import { Readable } from 'node:stream'
import { FileRangeBody, type Body } from './body.js'
import { TusError } from './errors.js'
import type { UploadSource } from './options.js'

export interface SizedSource {
  kind: 'file' | 'bytes'
  size: number
  /** Bytes [start, end): a buffer, or a factory of a fresh stream (so it can be sent again). */
  range(start: number, end: number): Body
  /** Releases the open file, if any. */
  close(): Promise<void>
}

export interface StreamSource {
  kind: 'stream'
  reader: ChunkReader
}

export type Source = SizedSource | StreamSource

export async function openSource(source: UploadSource): Promise<Source> {
  if (typeof source === 'string') return openFile(source)
  if (source instanceof Uint8Array) {
    const bytes = Buffer.isBuffer(source) ? source : Buffer.from(source.buffer, source.byteOffset, source.byteLength)
    return { kind: 'bytes', size: bytes.length, range: (start, end) => bytes.subarray(start, end), close: async () => {} }
  }
  if (source instanceof Readable) return { kind: 'stream', reader: new ChunkReader(source) }
  throw new TusError('INVALID_INPUT', 'source must be a file path, a Buffer/Uint8Array or a Readable stream')
}

/**
 * Opens the file once for the whole upload: one check that it exists and is readable, and no
 * reopening per request. Synchronous, like the reads (see body.ts): cheaper than a thread-pool trip.
 */
function openFile(path: string): SizedSource {
  let fd: number
  try {
    fd = openSync(path, 'r')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied (not readable)' : code === 'EISDIR' ? 'is a directory; name the files in it' : (error as Error).message
    throw new TusError('INVALID_INPUT', `${path}: ${reason}`, { cause: error })
  }
  let info
  try {
    info = fstatSync(fd)
  } catch (error) {
    closeSync(fd)
    throw new TusError('SOURCE', `${path}: ${(error as Error).message}`, { cause: error })
  }
  if (!info.isFile()) {
    closeSync(fd)
    throw new TusError('INVALID_INPUT', `${path}: ${info.isDirectory() ? 'is a directory; name the files in it' : 'not a regular file'}`)
  }
  return {
    kind: 'file',
    size: info.size,
    range: (start, end) => (end <= start ? Buffer.alloc(0) : () => new FileRangeBody(fd, path, start, end)),
    close: async () => closeSync(fd)
  }
}

/** Reads a stream in chunks of a given size; only the last chunk may be shorter. */
export class ChunkReader {
  private readonly iterator: AsyncIterator<Buffer | string>
  private leftover: Buffer | undefined
  ended = false

  constructor(stream: Readable) {
    this.iterator = stream[Symbol.asyncIterator]()
  }

  async read(size: number): Promise<Buffer> {
    const parts: Buffer[] = []
    let length = 0
    while (length < size) {
      let piece = this.leftover
      this.leftover = undefined
      if (piece === undefined) {
        const next = await this.iterator.next()
        if (next.done) {
          this.ended = true
          break
        }
        piece = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value)
      }
      const wanted = size - length
      if (piece.length > wanted) {
        this.leftover = piece.subarray(wanted)
        piece = piece.subarray(0, wanted)
      }
      parts.push(piece)
      length += piece.length
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, length)
  }
}
