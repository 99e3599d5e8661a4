import * as core from '@actions/core'
import { escapeControls } from '../tus/text.js'

/**
 * The Action's log, for text that holds what a file name or a server chose. The runner takes a
 * line that starts with `::` (after any leading blanks) for a workflow command (`::error`,
 * `::add-mask::`, `::stop-commands::`), and `##[command]` anywhere in a line in the older form:
 * control characters and line breaks are escaped, a leading `::` and every `##[` broken up.
 * @actions/core escapes only `%`, CR and LF in annotations and group titles: they go through
 * the same escaping, so that no terminal sequence or bidirectional override reaches the log.
 */
export function loggable(text: string): string {
  const line = escapeControls(text).replaceAll('##[', '##\\x5b')
  return line.replace(/^(\s*):/, '$1\\x3a')
}

export function info(text: string): void {
  core.info(loggable(text))
}

export function debug(text: string): void {
  core.debug(loggable(text))
}

export function warning(text: string, properties?: core.AnnotationProperties): void {
  core.warning(loggable(text), properties)
}

export function error(text: string, properties: core.AnnotationProperties): void {
  core.error(loggable(text), { ...properties, title: properties.title === undefined ? undefined : loggable(properties.title) })
}

export function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  return core.group(loggable(title), fn)
}
