/**
 * Test files: deterministic pseudo-random content, hashing, temporary directories.
 *
 * Content comes from an AES-256-CTR keystream keyed by the seed: it is fast (GB/s), never
 * repeats (so an upload that sends a chunk at the wrong offset cannot go unnoticed), and the
 * same (size, seed) always gives the same bytes. Files are streamed 1 MiB at a time, so a
 * 256 MiB file costs 1 MiB of memory.
 */
import { createCipheriv, createHash, type Cipher } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

const CHUNK = 1024 * 1024
const ZEROS = Buffer.alloc(CHUNK)

function keystream(seed: string | number): Cipher {
  const key = createHash('sha256').update(`tus-test-seed:${seed}`).digest()
  return createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
}

/** `size` deterministic pseudo-random bytes in memory (the same bytes `makeFile` writes). */
export function pseudoRandomBytes(size: number, seed: string | number = 1): Buffer {
  const cipher = keystream(seed)
  return cipher.update(Buffer.alloc(size))
}

/** Hex SHA-256 of a buffer, synchronously. */
export function sha256Buffer(data: Buffer | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** Hex SHA-256 of a buffer, or of a file when given a path (streamed). */
export async function sha256(input: Buffer | Uint8Array | string): Promise<string> {
  if (typeof input !== 'string') return sha256Buffer(input)
  const hash = createHash('sha256')
  await pipeline(createReadStream(input), hash)
  return hash.digest('hex')
}

export interface MadeFile {
  path: string
  size: number
  sha256: string
}

/**
 * Writes `size` deterministic pseudo-random bytes to `dir/name` (default `file-<size>-<seed>.bin`),
 * streamed in 1 MiB chunks, and returns its path and hex SHA-256.
 */
export async function makeFile(dir: string, size: number, seed: string | number = 1, name?: string): Promise<MadeFile> {
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`makeFile: bad size ${size}`)
  const path = join(dir, name ?? `file-${size}-${seed}.bin`)
  const cipher = keystream(seed)
  const hash = createHash('sha256')
  function * chunks(): Generator<Buffer> {
    for (let left = size; left > 0; left -= CHUNK) {
      const chunk = cipher.update(left >= CHUNK ? ZEROS : ZEROS.subarray(0, left))
      hash.update(chunk)
      yield chunk
    }
  }
  await pipeline(Readable.from(chunks()), createWriteStream(path))
  return { path, size, sha256: hash.digest('hex') }
}

export interface TempDir {
  dir: string
  cleanup: () => Promise<void>
}

/** A fresh directory under os.tmpdir(); `cleanup()` removes it and everything in it. */
export async function makeTempDir(prefix = 'tus-test-'): Promise<TempDir> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
