import { promises as fs, type Stats } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../common/errors.js'
import { pathUnder } from '../common/metadataLines.js'
import { countOf } from '../common/units.js'
import { info, warning } from './log.js'
import { globMatches, patternLines } from './globMatches.js'

/** What the Action does when the `glob` input matches no file (as in actions/upload-artifact). */
export type IfNoFilesFound = 'error' | 'warn' | 'ignore'

export const IF_NO_FILES_FOUND_VALUES: readonly IfNoFilesFound[] = ['error', 'warn', 'ignore']

export interface FoundFile {
  /** Absolute path on the runner, used to read the file. */
  absolutePath: string
  /** The path as reported: relative to the workspace with `/` separators, absolute when outside it. */
  path: string
  size: number
  /** When found: a later change means the upload may mix old and new bytes. */
  mtimeMs: number
}

export interface FindFilesOptions {
  /** Paths are reported relative to this directory. Default: GITHUB_WORKSPACE, else the cwd. */
  workspace?: string
  /**
   * Also match files and directories whose name starts with `.` (default false, as
   * actions/upload-artifact since v4.4: `**` would otherwise take `.git/config`, where
   * actions/checkout keeps the job's token).
   */
  includeHiddenFiles?: boolean
}

/** The workspace that reported paths are relative to: GITHUB_WORKSPACE, else the cwd. */
function defaultWorkspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd()
}

/**
 * Expands newline-separated @actions/glob patterns (`!pattern` excludes, a matched directory
 * contributes the files under it) into the regular files to upload: each once, sorted by path.
 * Relative patterns are rooted at the cwd, which the runner sets to GITHUB_WORKSPACE.
 */
export async function findFiles(patterns: string, options: FindFilesOptions = {}): Promise<FoundFile[]> {
  const workspace = path.resolve(options.workspace ?? defaultWorkspace())
  let matches: string[]
  try {
    matches = await globMatches(patterns, options.includeHiddenFiles ?? false)
  } catch (error) {
    throw new UsageError(`Input 'glob': ${error instanceof Error ? error.message : String(error)}`)
  }
  const files = new Map<string, FoundFile>()
  for (const match of matches) {
    const absolutePath = path.resolve(match)
    if (files.has(absolutePath)) continue
    const stats = await statMatch(absolutePath)
    if (stats === undefined) continue
    files.set(absolutePath, { absolutePath, path: reportedPath(absolutePath, workspace), size: stats.size, mtimeMs: stats.mtimeMs })
  }
  return [...files.values()].sort((a, b) => compare(a.path, b.path) || compare(a.absolutePath, b.absolutePath))
}

/**
 * The match's stats when it is a regular file. A FIFO, socket or device is left out with a log
 * line, a file gone since the glob (or unreadable) with a warning: neither silently.
 */
async function statMatch(absolutePath: string): Promise<Stats | undefined> {
  let stats: Stats
  try {
    stats = await fs.stat(absolutePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    warning(`Skipped ${absolutePath}: it matched the glob but cannot be read now (${code})`)
    return undefined
  }
  if (stats.isFile()) return stats
  // Directories are expanded by the globber (implicitDescendants); anything else is no file.
  if (!stats.isDirectory()) info(`Skipped ${absolutePath}: not a regular file`)
  return undefined
}

/** Relative to the workspace with `/` separators; absolute (as is) when outside the workspace. */
export function reportedPath(absolutePath: string, workspace: string): string {
  return pathUnder(absolutePath, workspace) ?? absolutePath
}

/** Code-unit order: the same on every runner, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}


/**
 * The message for an empty match, naming the patterns; `hiddenMatches` files that only
 * `include-hidden-files: true` would have taken get a hint instead of the usual fix.
 */
export function noFilesMessage(patterns: string, hiddenMatches = 0): string {
  const shown = patternLines(patterns).join(', ')
  const message = `No files were found with the provided glob: ${shown}. No files will be uploaded.`
  if (hiddenMatches === 0) return message
  const count = countOf(hiddenMatches, 'hidden file', 'hidden files')
  return `${message} It matched ${count} (a name starting with '.'); set 'include-hidden-files' to true to upload them.`
}

/**
 * Applies `if-no-files-found` when nothing matched: `error` throws, `warn` adds a warning
 * annotation, `ignore` logs a line.
 */
export function handleNoFiles(mode: IfNoFilesFound, patterns: string, hiddenMatches = 0): void {
  const message = noFilesMessage(patterns, hiddenMatches)
  switch (mode) {
    case 'error':
      throw new NoFilesFoundError(
        hiddenMatches > 0 ? message : `${message} Check the 'glob' input, or set 'if-no-files-found' to warn or ignore.`
      )
    case 'warn':
      warning(message)
      return
    case 'ignore':
      info(message)
      return
  }
}

export class NoFilesFoundError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NoFilesFoundError'
  }
}
