/**
 * Parsing and formatting of the numbers a user types or reads: sizes, counts, seconds, rates.
 * Parsers throw a UsageError whose one-line message names the input (`what`) and the fix.
 */
import { MAX_WAIT_SECONDS } from '../tus/options.js'
import { UsageError } from './errors.js'

const SIZE_PATTERN = /^(\d+(?:\.\d+)?|\.\d+)\s*(?:([kmgtpe])(i)?)?(b)?$/i
const PREFIX_POWER: Record<string, number> = { k: 1, m: 2, g: 3, t: 4, p: 5, e: 6 }

/**
 * A number of bytes: `123`, `123B`, `8MiB`, `8 MiB`, `1.5GiB`, `64KiB`, `10MB`, `1kB`, `8M`.
 * SI prefixes (kB, MB, ...) are powers of 1000, IEC prefixes (KiB, MiB, ...) powers of 1024;
 * the unit is case-insensitive and the trailing `B` optional. The result is a whole number of
 * bytes, at least `min` (1 unless given: a length may be 0, a chunk size not).
 */
export function parseSize(text: string, what: string, min = 1): number {
  const trimmed = text.trim()
  const match = SIZE_PATTERN.exec(trimmed)
  if (match === null) {
    throw new UsageError(`${what}: ${JSON.stringify(text)} is not a size; use a number of bytes or a unit such as 8MiB`)
  }
  const [, number, prefix, binary] = match
  const power = prefix === undefined ? 0 : PREFIX_POWER[prefix.toLowerCase()]
  const base = binary === undefined ? 1000 : 1024
  const bytes = Number(number) * base ** power
  if (!Number.isInteger(bytes)) {
    throw new UsageError(`${what}: ${JSON.stringify(text)} is not a whole number of bytes; use e.g. 1536 or 1.5KiB`)
  }
  if (bytes < min) throw new UsageError(`${what}: ${JSON.stringify(text)} is too small; use at least 1 byte`)
  if (!Number.isSafeInteger(bytes)) {
    throw new UsageError(`${what}: ${JSON.stringify(text)} is too large; use at most ${formatBytes(Number.MAX_SAFE_INTEGER)}`)
  }
  return bytes
}

export interface CountRange {
  min: number
  max?: number
}

/** A whole number within `min`..`max` (inclusive), e.g. a retry count or a concurrency. */
export function parseCount(text: string, what: string, range: CountRange): number {
  const { min, max } = range
  const expected = max === undefined ? `use ${min} or more` : `use a whole number from ${min} to ${max}`
  const trimmed = text.trim()
  if (!/^[+-]?\d+$/.test(trimmed)) {
    throw new UsageError(`${what}: ${JSON.stringify(text)} is not a whole number; ${expected}`)
  }
  const value = Number(trimmed)
  if (value < min) throw new UsageError(`${what}: ${JSON.stringify(text)} is too small; ${expected}`)
  if ((max !== undefined && value > max) || !Number.isSafeInteger(value)) {
    const limit = max === undefined ? `use a whole number from ${min} to ${Number.MAX_SAFE_INTEGER}` : expected
    throw new UsageError(`${what}: ${JSON.stringify(text)} is too large; ${limit}`)
  }
  return value
}

export interface SecondsOptions {
  /** Reject 0 (e.g. a timeout). Default false: 0 is allowed (e.g. a retry delay). */
  positive?: boolean
}

/** A non-negative number of seconds, fractions allowed: `0`, `2`, `1.5`, `.25`. */
export function parseSeconds(text: string, what: string, options: SecondsOptions = {}): number {
  const trimmed = text.trim()
  const expected = options.positive ? 'use a number of seconds above 0, e.g. 30 or 1.5' : 'use 0 or more seconds, e.g. 2 or 0.5'
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(trimmed)) {
    throw new UsageError(`${what}: ${JSON.stringify(text)} is not a number of seconds; ${expected}`)
  }
  const value = Number(trimmed)
  if (!(value <= MAX_WAIT_SECONDS)) {
    throw new UsageError(`${what}: ${JSON.stringify(text)} is too large; use at most ${MAX_WAIT_SECONDS} seconds (24.8 days)`)
  }
  if (options.positive && value === 0) throw new UsageError(`${what}: ${JSON.stringify(text)} is too small; ${expected}`)
  return value
}

const IEC_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']
const SI_RATE_UNITS = ['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s', 'PB/s', 'EB/s']

/** Two or three significant digits: one decimal below 10, none above ("1.2", "8", "85", "512"). */
function scaled(value: number, base: number, units: string[]): string {
  let unit = 0
  while (value >= base && unit < units.length - 1) {
    value /= base
    unit++
  }
  if (unit === 0) return `${Math.round(value)} ${units[0]}`
  let shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value))
  if (Number(shown) >= base && unit < units.length - 1) {
    unit++
    shown = (Number(shown) / base).toFixed(1).replace(/\.0$/, '')
  }
  return `${shown} ${units[unit]}`
}

/** "1 file", "3 files", "1 retry", "0 retries". */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** A size for people, in IEC units: "512 B", "1.5 KiB", "1.2 GiB", "85 MiB". */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '? B'
  return scaled(bytes, 1024, IEC_UNITS)
}

/** A transfer rate in SI units, as curl and most tools show them: "85 MB/s", "512 B/s". */
export function formatRate(bytesPerSecond: number): string {
  if (!Number.isFinite(bytesPerSecond) || bytesPerSecond < 0) return '? B/s'
  return scaled(bytesPerSecond, 1000, SI_RATE_UNITS)
}

/** Under this size a transfer's rate says little: its time is mostly round trips. */
const RATE_MIN_BYTES = 1024 * 1024

/** The rate of a transfer for people, or undefined when it would say little (small, or no time). */
export function transferRate(bytes: number, elapsedMs: number): string | undefined {
  return bytes >= RATE_MIN_BYTES && elapsedMs > 0 ? formatRate((bytes * 1000) / elapsedMs) : undefined
}

/** A duration for people: "850ms", "4.2s", "42s", "3m05s", "2h07m". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?'
  if (ms < 1000) return `${Math.round(ms)}ms`
  if (ms < 10_000) {
    const s = (ms / 1000).toFixed(1)
    return s === '10.0' ? '10s' : `${s}s`
  }
  const totalSeconds = Math.round(ms / 1000)
  if (totalSeconds < 60) return `${totalSeconds}s`
  if (totalSeconds < 3600) {
    return `${Math.floor(totalSeconds / 60)}m${String(totalSeconds % 60).padStart(2, '0')}s`
  }
  const totalMinutes = Math.round(totalSeconds / 60)
  return `${Math.floor(totalMinutes / 60)}h${String(totalMinutes % 60).padStart(2, '0')}m`
}
