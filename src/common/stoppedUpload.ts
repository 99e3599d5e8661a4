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
 * The file's stats when it was written to since it was found with `size` and `mtimeMs` (the upload
 * may then mix old and new bytes); undefined when unchanged, or gone (what was sent was read before).
 */
export function changedFile(path: string, size: number, mtimeMs: number): Stats | undefined {
  let now: Stats
  try {
    now = statSync(path)
  } catch {
    return undefined
  }
  return now.size !== size || now.mtimeMs !== mtimeMs ? now : undefined
}
