/** What can be learnt of an upload once it stopped: the server's offset, and whether its file changed. */
import { statSync, type Stats } from 'node:fs'
import { offset, type RequestOptions } from '../tus/index.js'

/** How long an interrupted upload's offset is asked for, within the runner's 7.5 s before SIGTERM. */
export const ASK_OFFSET_MS = 3000

/** The bytes the server holds of an upload: one HEAD, ASK_OFFSET_MS at most; undefined when it did not answer. */
export async function askOffset(uploadUrl: string, options: RequestOptions): Promise<number | undefined> {
  try {
    const state = await offset(uploadUrl, { ...options, timeout: ASK_OFFSET_MS / 1000, signal: AbortSignal.timeout(ASK_OFFSET_MS) })
    return state.offset
  } catch {
    return undefined
  }
}

/**
 * The warning for a file written to while it was uploaded (`found` is what it was when found,
 * `uploaded` the bytes the upload took): the stored bytes may mix old and new. Undefined when not.
 */
export function changedFileWarning(label: string, path: string, found: { size: number; mtimeMs: number }, uploaded: number): string | undefined {
  const now = changedFile(path, found.size, found.mtimeMs)
  if (uploaded === found.size && now === undefined) return undefined
  const sizes = `${found.size} bytes when found, ${uploaded} uploaded${now ? `, ${now.size} now` : ''}`
  return `${label}: the file changed during the upload (${sizes}); the stored bytes may mix old and new: upload it again`
}

/**
 * The file's stats when it was written to since it was found with `size` and `mtimeMs` (the upload
 * may then mix old and new bytes); undefined when unchanged, or gone (what was sent was read before).
 */
function changedFile(path: string, size: number, mtimeMs: number): Stats | undefined {
  let now: Stats
  try {
    now = statSync(path)
  } catch {
    return undefined
  }
  return now.size !== size || now.mtimeMs !== mtimeMs ? now : undefined
}
