/**
 * Resume across processes (`--resume-file FILE`): upload URLs recorded under a fingerprint of the
 * file and the endpoint, so that a rerun after a crash, a kill or a network outage continues the
 * uploads instead of starting over.
 *
 * The file is JSON: `{"version": 1, "uploads": {"<fingerprint>": {"url": "...", "updated": "..."}}}`.
 * Every change re-reads the file, applies itself and replaces the file atomically (a temporary
 * file renamed over it), so a reader never sees half a file, and two processes sharing a file
 * lose at most a concurrent update rather than the whole file. Changes from one process are
 * serialized.
 */
import { constants as fsConstants, promises as fs } from 'node:fs'
import path from 'node:path'
import { describeError } from '../tus/errors.js'
import { UsageError } from './errors.js'
import { nodeCrypto } from './lazyCrypto.js'

/** The longest wait for a change of the resume file. */
export const STORE_WRITE_WAIT_MS = 10_000

/**
 * Waits for a change of the resume file, STORE_WRITE_WAIT_MS at most: a write that never returns
 * (a hung file system) must not hold the uploads or the exit. Failures are warnings: the uploads
 * go on.
 */
export function storeChange(change: Promise<void>, what: string, warn: (message: string) => void, waitMs = STORE_WRITE_WAIT_MS): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(() => {
      warn(`${what} takes longer than ${waitMs / 1000} s; going on without waiting`)
      resolve()
    }, waitMs).unref()
    change.then(
      () => resolve(),
      (error: unknown) => warn(`${what} failed: ${describeError(error)}`)
    ).finally(() => {
      clearTimeout(timer)
      resolve()
    })
  })
}

export interface FingerprintInput {
  absolutePath: string
  size: number
  mtimeMs: number
  endpoint: string
}

/**
 * The same file (path, size, modification time) to the same endpoint. Credentials in the
 * endpoint URL are left out, so that a changed password still resumes.
 */
export function fingerprint(input: FingerprintInput): string {
  let endpoint = input.endpoint
  try {
    const url = new URL(input.endpoint)
    url.username = ''
    url.password = ''
    endpoint = url.href
  } catch {
    // Not a URL: use it as given.
  }
  const key = JSON.stringify(['tus-upload/1', input.absolutePath, input.size, Math.floor(input.mtimeMs), endpoint])
  return nodeCrypto().createHash('sha256').update(key).digest('hex')
}

interface Entry {
  url: string
  updated: string
}

interface StoreFile {
  version: 1
  uploads: Record<string, Entry>
}

export class ResumeStore {
  readonly filePath: string
  private readonly what: string
  /** This process's view: the file as loaded, plus this process's own changes. */
  private readonly entries: Map<string, Entry>
  private queue: Promise<void> = Promise.resolve()

  private constructor(filePath: string, what: string, entries: Map<string, Entry>) {
    this.filePath = filePath
    this.what = what
    this.entries = entries
  }

  /**
   * Loads `filePath`; a missing file is an empty store (created on the first `set`). A file that
   * cannot be read or is not a resume file is a UsageError naming `what` (e.g. `--resume-file`).
   */
  static async open(filePath: string, what = '--resume-file'): Promise<ResumeStore> {
    const absolute = await regularFilePath(path.resolve(filePath), what)
    const entries = await readStore(absolute, what)
    await checkWritable(absolute, what)
    return new ResumeStore(absolute, what, entries)
  }

  /** The upload URL recorded for this fingerprint, if any. */
  get(fp: string): string | undefined {
    const url = this.entries.get(fp)?.url
    // An entry that is no http(s) URL (edited by hand, damaged) is no upload: a new one replaces it.
    if (url === undefined || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return undefined
    return url
  }

  /** Records the upload URL of a fingerprint; resolves once the file is replaced. */
  set(fp: string, url: string): Promise<void> {
    return this.update(entries => {
      entries.set(fp, { url, updated: new Date().toISOString() })
    })
  }

  /** Forgets a fingerprint (its upload finished); resolves once the file is replaced. */
  delete(fp: string): Promise<void> {
    // Never recorded (a file sent whole in its creation POST): nothing to rewrite.
    if (!this.entries.has(fp)) return this.queue
    return this.update(entries => {
      entries.delete(fp)
    })
  }

  /** Resolves once every change made so far is on disk. */
  flush(): Promise<void> {
    return this.queue
  }

  private update(change: (entries: Map<string, Entry>) => void): Promise<void> {
    change(this.entries)
    const run = async (): Promise<void> => {
      // Re-read: another process may have recorded its own uploads meanwhile.
      const entries = await readStore(this.filePath, this.what)
      change(entries)
      await writeAtomically(this.filePath, serialize(entries), this.what)
    }
    const result = this.queue.then(run)
    this.queue = result.catch(() => {})
    return result
  }
}

async function readStore(filePath: string, what: string): Promise<Map<string, Entry>> {
  let text: string
  try {
    text = await fs.readFile(filePath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    // A path that does not exist (yet): checkWritable says whether it can be made.
    if (code === 'ENOENT' || code === 'ENOTDIR') return new Map()
    if (code === 'EISDIR') throw new UsageError(`${what}: ${filePath} is a directory; give a file name`, { cause: error })
    throw new UsageError(`${what}: cannot read ${filePath} (${code ?? (error as Error).message}); check its permissions`, {
      cause: error
    })
  }
  if (text.trim() === '') return new Map()
  const corrupt = (why: string, cause?: unknown): UsageError =>
    new UsageError(`${what}: ${filePath} is not a tus-upload resume file (${why}); delete it or give another file`, {
      cause
    })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw corrupt('invalid JSON', error)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw corrupt('not a JSON object')
  const file = data as Partial<StoreFile>
  if (file.version !== 1) throw corrupt(`unknown version ${JSON.stringify(file.version)}`)
  if (typeof file.uploads !== 'object' || file.uploads === null || Array.isArray(file.uploads)) {
    throw corrupt('"uploads" is not an object')
  }
  const entries = new Map<string, Entry>()
  for (const [fp, entry] of Object.entries(file.uploads)) {
    if (typeof entry !== 'object' || entry === null || typeof (entry as Entry).url !== 'string') {
      throw corrupt(`entry ${JSON.stringify(fp)} has no "url"`)
    }
    entries.set(fp, { url: (entry as Entry).url, updated: String((entry as Entry).updated ?? '') })
  }
  return entries
}

/**
 * The file is replaced by a rename, so its directory (or, when that does not exist yet, the
 * nearest directory above it, where it will be made) must take new files: checked up front, so
 * that a run never goes on believing its uploads can be resumed when they cannot.
 */
/**
 * The file to read and replace: the path itself, or the target of a symbolic link (replacing the
 * link would leave its target stale). A device, FIFO or socket is refused: it would be replaced
 * by a regular file (resume-file: /dev/null as root would replace the system's).
 */
async function regularFilePath(filePath: string, what: string): Promise<string> {
  let real: string
  try {
    real = await fs.realpath(filePath)
  } catch {
    return filePath // not there yet (or a dangling link): made as a regular file
  }
  const info = await fs.stat(real)
  if (!info.isFile() && !info.isDirectory()) throw new UsageError(`${what}: ${filePath} is not a regular file; give a file name`)
  return real
}

async function checkWritable(filePath: string, what: string): Promise<void> {
  let dir = path.dirname(filePath)
  for (;;) {
    try {
      const info = await fs.stat(dir)
      if (!info.isDirectory()) throw new UsageError(`${what}: ${dir} is not a directory; give a file in a directory`)
      break
    } catch (error) {
      if (error instanceof UsageError) throw error
      const parent = path.dirname(dir)
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === dir) throw cannotWrite(dir, error, what)
      dir = parent
    }
  }
  await fs.access(dir, fsConstants.W_OK).catch((error: unknown) => {
    throw cannotWrite(dir, error, what)
  })
}

function cannotWrite(dir: string, error: unknown, what: string): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
  return new UsageError(`${what}: cannot write in ${dir} (${code}); give a file in a writable directory`, { cause: error })
}

function serialize(entries: Map<string, Entry>): string {
  const file: StoreFile = { version: 1, uploads: Object.fromEntries(entries) }
  return `${JSON.stringify(file, null, 2)}\n`
}

async function writeAtomically(filePath: string, text: string, what: string): Promise<void> {
  const dir = path.dirname(filePath)
  const temp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`)
  try {
    await fs.mkdir(dir, { recursive: true })
    await fs.writeFile(temp, text, { mode: 0o600 })
    await fs.rename(temp, filePath)
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => {})
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`${what}: cannot write ${filePath} (${code ?? (error as Error).message}); check the directory and its permissions`, {
      cause: error
    })
  }
}
