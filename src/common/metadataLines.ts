/** Metadata as a user types it: `key=value` or a bare `key` (a key with no value). */
import { realpathSync } from 'node:fs'
import path from 'node:path'
import mime from 'mime/lite'
import { TusError } from '../tus/errors.js'
import { setEntry, validateMetadataKey } from '../tus/metadata.js'
import type { MetadataInput } from '../tus/options.js'
import { UsageError } from './errors.js'

/**
 * `key=value` (the value may contain `=`, and may be empty: the empty string) or a bare `key`
 * (value `null`: the key is sent without a value). The key must be a valid tus metadata key.
 */
export function parseMetadataEntry(text: string, what: string): [key: string, value: string | null] {
  const equals = text.indexOf('=')
  const key = equals === -1 ? text : text.slice(0, equals)
  const value = equals === -1 ? null : text.slice(equals + 1)
  if (key === '') {
    throw new UsageError(`${what}: ${JSON.stringify(text)} has no key; use key=value, or key alone for a key without a value`)
  }
  try {
    validateMetadataKey(key)
  } catch (error) {
    if (error instanceof TusError) throw new UsageError(`${what}: ${error.message}`, { cause: error })
    throw error
  }
  return [key, value]
}

/** Several entries (e.g. repeated `--metadata` options, or the lines of an Action input). */
export function parseMetadataEntries(lines: readonly string[], what: string): MetadataInput {
  const metadata: MetadataInput = {}
  for (const line of lines) {
    const [key, value] = parseMetadataEntry(line, what)
    if (Object.hasOwn(metadata, key)) {
      throw new UsageError(`${what}: key ${JSON.stringify(key)} is given twice; give each key once`)
    }
    setEntry(metadata, key, value)
  }
  return metadata
}

export interface DefaultMetadata {
  filename: string
  filetype: string
  /** Only for a file inside the directory the paths are relative to. */
  relativePath?: string
}

/**
 * What tus servers and clients (tusd, Uppy, tus-js-client) conventionally send: the base name
 * and the MIME type guessed from the extension (`application/octet-stream` when unknown); and,
 * as Uppy does for a file from a folder, its `relativePath` when the caller has one (see
 * pathUnder), so that a server can rebuild the tree where base names alone would clash.
 */
export function defaultMetadata(filePath: string, relativePath?: string): DefaultMetadata {
  const filename = path.basename(filePath)
  const metadata: DefaultMetadata = { filename, filetype: mime.getType(filename) ?? 'application/octet-stream' }
  if (relativePath !== undefined) metadata.relativePath = relativePath
  return metadata
}

/** `absolutePath` relative to `base` with `/` separators, or undefined when it is not inside it. */
export function pathInside(absolutePath: string, base: string): string | undefined {
  const relative = path.relative(base, absolutePath)
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined
  return relative.split(path.sep).join('/')
}

/**
 * pathInside, also through symbolic links: the runner's GITHUB_WORKSPACE or the shell's $PWD may
 * name the directory by a link (`_work` on a data disk) while the cwd and the globber's matches
 * name it physically. The file's own name is kept (a link to a file stays itself).
 */
export function pathUnder(absolutePath: string, base: string): string | undefined {
  return pathInside(absolutePath, base) ?? pathInside(path.join(realDirectory(path.dirname(absolutePath)), path.basename(absolutePath)), realDirectory(base))
}

// Memoized: a batch of files shares a few directories.
const realDirectories = new Map<string, string>()

function realDirectory(directory: string): string {
  let real = realDirectories.get(directory)
  if (real === undefined) {
    try {
      real = realpathSync(directory)
    } catch {
      real = directory
    }
    realDirectories.set(directory, real)
  }
  return real
}
