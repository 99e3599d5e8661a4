// Benchmark data: deterministic pseudo-random files, their hashes, and the temporary directory
// that holds them (and the server's store), removed at the end whatever happens.
import { createCipheriv, createHash } from 'node:crypto'
import { constants, createReadStream, rmSync } from 'node:fs'
import { access, mkdir, mkdtemp, open, statfs } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'

export const KiB = 1024
export const MiB = 1024 * KiB
export const GiB = 1024 * MiB

const CHUNK = 4 * MiB
const ZEROS = Buffer.alloc(CHUNK)

// An AES-256-CTR keystream: GB/s, never repeating, so data sent at a wrong offset cannot
// hash the same; the same (seed, size) always gives the same bytes.
function keystream(seed) {
  const key = createHash('sha256').update(`tus-bench:${seed}`).digest()
  return createCipheriv('aes-256-ctr', key, Buffer.alloc(16))
}

/** Writes `size` bytes of seed `seed` to `path`, 4 MiB at a time; resolves to { path, size, sha256 }. */
export async function makeFile(path, size, seed) {
  const cipher = keystream(seed)
  const hash = createHash('sha256')
  const file = await open(path, 'w')
  try {
    for (let left = size; left > 0; left -= CHUNK) {
      const chunk = cipher.update(left >= CHUNK ? ZEROS : ZEROS.subarray(0, left))
      hash.update(chunk)
      await file.write(chunk)
    }
    // On disk before the runs start: no write-back of the data competing with a contender.
    await file.sync()
  } finally {
    await file.close()
  }
  return { path, size, sha256: hash.digest('hex') }
}

export async function sha256File(path) {
  const hash = createHash('sha256')
  await pipeline(createReadStream(path, { highWaterMark: CHUNK }), hash)
  return hash.digest('hex')
}

/**
 * Where the data and the store go unless --tmp says: /dev/shm (tmpfs) when it has room, else
 * the system's temporary directory. On a disk, the server's file creation and write-back made
 * the small case vary by 2x between runs; in RAM the runs measure the clients, not the disk.
 */
export async function defaultTmp(need) {
  try {
    await access('/dev/shm', constants.W_OK)
    if ((await freeBytes('/dev/shm')) >= need) return '/dev/shm'
  } catch {
    // No /dev/shm (not Linux) or not writable.
  }
  return tmpdir()
}

/** Bytes free for an unprivileged user on the file system holding `dir`. */
export async function freeBytes(dir) {
  const s = await statfs(dir)
  return s.bavail * s.bsize
}

/**
 * A fresh root under `base` with data/ and store/ in it. `remove()` is synchronous so that it
 * can run from a signal or 'exit' handler too; it is idempotent.
 */
export async function makeWorkDir(base) {
  const root = await mkdtemp(join(base, 'tus-bench-'))
  const data = join(root, 'data')
  const store = join(root, 'store')
  await mkdir(data)
  await mkdir(store)
  let removed = false
  return {
    root,
    data,
    store,
    remove() {
      if (removed) return
      removed = true
      rmSync(root, { recursive: true, force: true, maxRetries: 3 })
    }
  }
}
