import * as core from '@actions/core'
import { escapeControls } from '../tus/text.js'

/**
 * core.info for lines that hold what a file name or a server chose. The runner takes a line that
 * starts with `::` for a workflow command (`::error`, `::add-mask::`, `::stop-commands::`), so
 * line breaks and other control characters are escaped and a leading `::` is broken up.
 * (core.warning, core.error, core.debug and group titles escape their text themselves.)
 */
export function info(text: string): void {
  core.info(loggable(text))
}

export function loggable(text: string): string {
  const line = escapeControls(text)
  return line.startsWith('::') ? `\\x3a${line.slice(1)}` : line
}
