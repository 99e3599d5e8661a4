/**
 * The paths the `glob` input matches, with the shell's rule for hidden names (dotglob off): a file
 * or directory whose name starts with `.` is taken only by a pattern segment that starts with `.`
 * itself (`.env`, `.github/**`, `**\/.env`, `.*`, or a workspace under `.ws`; `.git` only when
 * named so); `*` and `**` never reach one, and a matched directory contributes none (`**` does not
 * take `.git/config`, `dist` not `dist/.keep`).
 *
 * @actions/glob's own `excludeHiddenFiles` does this below a pattern's literal part, but also
 * refuses a literal part that ends in a hidden name (`.env`, `.github/**`, all of a workspace
 * named `.ws`) and takes no named one below it (`**\/.env`). Patterns that name a hidden entry are
 * therefore globbed apart, with hidden names on, and filtered here.
 */
import * as glob from '@actions/glob'
import os from 'node:os'
import path from 'node:path'

const GLOB_OPTIONS = { matchDirectories: false, implicitDescendants: true }
const WILDCARD = /[*?[]/

export async function globMatches(patterns: string, includeHidden: boolean): Promise<string[]> {
  if (includeHidden) return globWith(patterns, false)
  const lines = patternLines(patterns)
  const namesHidden = new Set(lines.flatMap((line, index) => (!isNegated(line) && hiddenSegments(line).length > 0 ? [index] : [])))
  const rest = lines.filter((_, index) => !namesHidden.has(index))
  const found = rest.some((line) => !isNegated(line)) ? await globWith(rest.join('\n'), true) : []
  for (const index of namesHidden) {
    // Last match wins in @actions/glob: only the exclusions after this line can undo it.
    const later = lines.slice(index + 1).filter(isNegated)
    const matches = await globWith([lines[index], ...later].join('\n'), false)
    found.push(...matches.filter(admitsHidden(lines[index])))
  }
  return found
}

/**
 * Whether a match of `line` reached each of its hidden names through a segment that starts with
 * `.`. `.git` only by name: `.*` meant for dotfiles would take `.git/config`, where
 * actions/checkout keeps the job's token.
 */
function admitsHidden(line: string): (match: string) => boolean {
  const root = searchRoot(line)
  const named = hiddenSegments(line).map((segment) => ({ pattern: segmentPattern(segment), wildcard: WILDCARD.test(segment) }))
  const admits = (name: string): boolean => named.some(({ pattern, wildcard }) => pattern.test(name) && !(wildcard && name === '.git'))
  return (match) =>
    path
      .relative(root, match)
      .split(path.sep)
      .every((name) => !name.startsWith('.') || admits(name))
}

/**
 * How many paths the patterns match only when hidden names are taken; 0 when that cannot be told.
 * Paths in a `.git` directory are not counted: the hint must not lead to checkout's token.
 */
export async function countHiddenMatches(patterns: string): Promise<number> {
  try {
    return (await globWith(patterns, false)).filter((match) => !match.split(path.sep).includes('.git')).length
  } catch {
    // Only a hint: a hidden directory that cannot be read must not fail a step that found nothing.
    return 0
  }
}

async function globWith(patterns: string, excludeHiddenFiles: boolean): Promise<string[]> {
  const globber = await glob.create(patterns, { ...GLOB_OPTIONS, excludeHiddenFiles })
  return globber.glob()
}

/** The pattern lines of the glob input, as @actions/glob reads them: blank lines and # comments left out. */
export function patternLines(patterns: string): string[] {
  return patterns
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** An exclusion: an odd number of leading `!` (spaces between them allowed, as @actions/glob). */
function isNegated(line: string): boolean {
  const bangs = /^[!\s]*/.exec(line)?.[0].replace(/\s/g, '').length ?? 0
  return bangs % 2 === 1
}

/** The pattern's segments, absolute, as @actions/glob reads them (`~` is the home directory). */
function segmentsOf(line: string): string[] {
  let pattern = line.replace(/^[!\s]+/, '')
  if (pattern === '~' || pattern.startsWith('~/')) pattern = os.homedir() + pattern.slice(1)
  return path.resolve(pattern).split(path.sep)
}

/** Where the literal part of the segments ends (the search root's last segment). */
function rootEnd(segments: string[]): number {
  const wildcard = segments.findIndex((segment) => WILDCARD.test(segment))
  return wildcard < 0 ? segments.length - 1 : wildcard - 1
}

/** The literal directory part of a pattern, where @actions/glob starts its search. */
export function searchRoot(line: string): string {
  const segments = segmentsOf(line)
  return segments.slice(0, rootEnd(segments) + 1).join(path.sep) || path.sep
}

/**
 * The segments that name hidden entries (`.env`, `.*`), from the search root's own name on:
 * @actions/glob looks at no name above it.
 */
function hiddenSegments(line: string): string[] {
  const segments = segmentsOf(line)
  return segments.slice(Math.max(rootEnd(segments), 0)).filter((segment) => segment.startsWith('.'))
}

/** One pattern segment as a regular expression over one name (`*`, `?`, `[...]`). */
function segmentPattern(segment: string): RegExp {
  const source = segment
    .split(/(\[[^\]]*\])/)
    .map((part, index) =>
      index % 2 === 1
        ? part.replace(/^\[!/, '[^')
        : part.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')
    )
    .join('')
  return new RegExp(`^${source}$`)
}

