import { formatBytes, formatRate } from '../common/units.js'

export const PROGRESS_INTERVAL_MS = 10_000

export interface ProgressOptions {
  intervalMs?: number
  now?: () => number
}

/**
 * An `onProgress` callback that calls `log` at most once per interval (the first time one
 * interval after the first report), with e.g. "sent 1.2 GiB of 4.0 GiB (30%), 85 MB/s": the rate
 * over the last interval. Small uploads, done within the interval, log nothing.
 */
export function throttledProgress(
  log: (line: string) => void,
  options: ProgressOptions = {}
): (bytesSent: number, bytesTotal: number | undefined) => void {
  const intervalMs = options.intervalMs ?? PROGRESS_INTERVAL_MS
  const now = options.now ?? Date.now
  let lastTime = 0
  // Counted from the first report: it may hold a resumed upload's offset, bytes the server had
  // before this run, which a rate from 0 would count as sent now.
  let lastBytes: number | undefined
  return (bytesSent, bytesTotal) => {
    const time = now()
    if (lastBytes === undefined) {
      lastBytes = bytesSent
      lastTime = time
      return
    }
    if (time - lastTime < intervalMs) return
    const rate = ((bytesSent - lastBytes) * 1000) / (time - lastTime)
    log(`sent ${progressText(bytesSent, bytesTotal)}, ${formatRate(Math.max(0, rate))}`)
    lastTime = time
    lastBytes = bytesSent
  }
}

/** "1.2 GiB of 4.0 GiB (30%)", or "1.2 GiB" when the total is unknown. */
export function progressText(bytesSent: number, bytesTotal: number | undefined): string {
  if (bytesTotal === undefined) return formatBytes(bytesSent)
  const percent = bytesTotal === 0 ? 100 : Math.floor((bytesSent / bytesTotal) * 100)
  return `${formatBytes(bytesSent)} of ${formatBytes(bytesTotal)} (${percent}%)`
}
