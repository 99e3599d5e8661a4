/**
 * The progress display on a terminal's standard error: one line per file with a bar, percent,
 * bytes, rate and time left (cli-progress, imported on first use: only a terminal needs it; a
 * MultiBar even for one file, so the code is one).
 */
import type { Writable } from 'node:stream'
import { formatBytes, formatDuration, formatRate } from '../common/units.js'

/** Seconds of history behind the displayed rate. */
const RATE_WINDOW_MS = 5000
const LABEL_WIDTH = 24

export interface ProgressBar {
  /** Bytes the server has or is receiving, and the total once known. */
  update(bytesSent: number, bytesTotal: number | undefined): void
  done(outcome: 'done' | 'failed' | 'interrupted'): void
}

export interface ProgressDisplay {
  add(label: string, total: number | undefined): ProgressBar
  /** A log line above the bars (without its newline). */
  log(line: string): void
  stop(): void
}

interface BarState {
  label: string
  total: number | undefined
  sent: number
  samples: Array<{ at: number; bytes: number }>
  outcome?: 'done' | 'failed' | 'interrupted'
}

/** Rate over the last few seconds, so that a stall shows as a falling rate. */
export function windowRate(samples: ReadonlyArray<{ at: number; bytes: number }>, now: number): number | undefined {
  if (samples.length < 2) return undefined
  const last = samples[samples.length - 1]
  const first = samples.find(s => now - s.at <= RATE_WINDOW_MS) ?? last
  const elapsed = Math.max(now, last.at) - first.at
  if (elapsed < 200) return undefined
  return (last.bytes - first.bytes) / (elapsed / 1000)
}

function fit(label: string, width: number): string {
  if (label.length <= width) return label.padEnd(width)
  return `…${label.slice(label.length - width + 1)}`
}

export function renderLine(state: BarState, now: number, maxWidth: number, labelWidth: number): string {
  const { total, sent } = state
  const known = total !== undefined && total > 0
  const fraction = known ? Math.min(1, sent / total) : 0
  const percent = known ? `${String(Math.floor(fraction * 100)).padStart(3)}%` : ''
  const bytes = known ? `${formatBytes(sent)} / ${formatBytes(total)}` : formatBytes(sent)
  let tail: string
  if (state.outcome !== undefined) {
    tail = state.outcome
  } else if (known && sent >= total) {
    tail = 'finishing'
  } else {
    const rate = windowRate(state.samples, now)
    const seconds = rate !== undefined && rate > 0 && known ? (total - sent) / rate : undefined
    const left = seconds === undefined ? '' : seconds < 1 ? '<1s left' : `${formatDuration(seconds * 1000)} left`
    tail = `${rate === undefined ? '' : formatRate(rate)}  ${left}`.trim()
  }
  const text = `${percent ? `${percent} ` : ''}${bytes}${tail ? `  ${tail}` : ''}`
  const width = Math.max(20, maxWidth - 1)
  const label = fit(state.label, Math.min(labelWidth, Math.max(8, width - text.length - 14)))
  const barSize = Math.max(5, Math.min(20, width - label.length - text.length - 3))
  const filled = Math.round(fraction * barSize)
  const bar = known ? '█'.repeat(filled) + '░'.repeat(barSize - filled) : unknownBar(now, barSize)
  return `${label} ${bar} ${text}`.slice(0, width)
}

function unknownBar(now: number, size: number): string {
  const position = Math.floor(now / 150) % size
  return Array.from({ length: size }, (_, i) => (Math.abs(i - position) <= 1 ? '█' : '░')).join('')
}

export async function createProgress(stream: Writable, now: () => number = Date.now): Promise<ProgressDisplay> {
  // Labels are padded to the longest shown so far (at most LABEL_WIDTH), so that bars line up.
  let labelWidth = 8
  const multibar = await loadMultiBar(stream, (state, maxWidth) => renderLine(state, now(), maxWidth, labelWidth))
  let started = false
  let stopped = false
  let active = 0
  return {
    add(label, total) {
      started = true
      active++
      labelWidth = Math.min(LABEL_WIDTH, Math.max(labelWidth, label.length))
      const state: BarState = { label, total, sent: 0, samples: [] }
      const bar = multibar.create(total ?? 0, 0, { state })
      return {
        update(bytesSent, bytesTotal) {
          recordProgress(state, bytesSent, bytesTotal, now())
          if (!stopped) bar.update(bytesSent, { state })
        },
        done(outcome) {
          // The bar makes way for the caller's log line: at most `concurrency` bars are shown.
          state.outcome = outcome
          active--
          if (!stopped) multibar.remove(bar)
        }
      }
    },
    log(line) {
      if (started && !stopped) multibar.log(`${line}\n`)
      else stream.write(`${line}\n`)
    },
    stop() {
      if (stopped) return
      stopped = true
      if (!started) return
      multibar.update() // flushes log lines not yet drawn
      // With no bar left, stop() would leave an empty line; clearing ends where the logs end.
      if (active === 0) (multibar as unknown as { options: { clearOnComplete: boolean } }).options.clearOnComplete = true
      multibar.stop()
    }
  }
}

async function loadMultiBar(stream: Writable, render: (state: BarState, maxWidth: number) => string) {
  // Loaded only when there is a terminal to draw on. webpackMode eager: ncc keeps it in the
  // bundle's one file (no chunk file next to it) and evaluates it on this first use.
  const { default: cliProgress } = await import(/* webpackMode: "eager" */ 'cli-progress')
  return new cliProgress.MultiBar({
    stream: stream as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: false,
    stopOnComplete: false,
    gracefulExit: false,
    fps: 8,
    barsize: 20,
    linewrap: false,
    format: (_options, params, payload: { state: BarState }) => render(payload.state, params.maxWidth)
  })
}

/** The bytes sent so far, and a sample for the rate (the last RATE_WINDOW_MS of them, at most 200). */
function recordProgress(state: BarState, bytesSent: number, bytesTotal: number | undefined, at: number): void {
  if (bytesSent < state.sent) state.samples = [] // a retry went back: restart the rate
  state.sent = bytesSent
  if (bytesTotal !== undefined) state.total = bytesTotal
  state.samples.push({ at, bytes: bytesSent })
  while (state.samples.length > 2 && at - state.samples[1].at > RATE_WINDOW_MS) state.samples.shift()
  if (state.samples.length > 200) state.samples.splice(0, state.samples.length - 200)
}
