import * as core from '@actions/core'
import { countOf, formatBytes, formatDuration, transferRate } from '../common/units.js'
import { escapeControls } from '../tus/text.js'
import type { FileOutcome } from './outputs.js'
import { warning } from './log.js'

type SummaryTableRow = Parameters<typeof core.summary.addTable>[0][number]

export interface Totals {
  files: number
  uploaded: number
  /** Failed, cancelled ones included. */
  failed: number
  cancelled: number
  bytes: number
  retries: number
  elapsedMs: number
  /** Uploads resumed from an earlier run: their bytes were not all sent in elapsedMs, so no total rate. */
  resumed: number
}

export function totalsOf(outcomes: readonly FileOutcome[], elapsedMs: number): Totals {
  const uploads = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.upload] : []))
  return {
    files: outcomes.length,
    uploaded: uploads.length,
    failed: outcomes.length - uploads.length,
    cancelled: outcomes.filter((outcome) => !outcome.ok && outcome.failure.cancelled).length,
    bytes: uploads.reduce((sum, upload) => sum + upload.size, 0),
    retries: outcomes.reduce((sum, outcome) => sum + (outcome.ok ? outcome.upload.retries : (outcome.failure.retries ?? 0)), 0),
    elapsedMs,
    resumed: uploads.filter((upload) => upload.resumed === true).length
  }
}

/** "Uploaded 3 of 3 files, 4.2 GiB in 50s (84 MB/s), 0 retries"; no rate under 1 MiB. */
export function totalLine(totals: Totals): string {
  const rate = totalRate(totals)
  const retries = countOf(totals.retries, 'retry', 'retries')
  return `Uploaded ${totals.uploaded} of ${filesText(totals.files)}${notDone(totals)}, ${formatBytes(totals.bytes)} in ${formatDuration(totals.elapsedMs)}${rate ? ` (${rate})` : ''}, ${retries}`
}

function totalRate(totals: Totals): string | undefined {
  return totals.resumed > 0 ? undefined : transferRate(totals.bytes, totals.elapsedMs)
}

function filesText(count: number): string {
  return countOf(count, 'file', 'files')
}

/** " (1 failed, 2 cancelled)", or "" when all were uploaded. */
function notDone(totals: Totals): string {
  const parts: string[] = []
  if (totals.failed > totals.cancelled) parts.push(`${totals.failed - totals.cancelled} failed`)
  if (totals.cancelled > 0) parts.push(`${totals.cancelled} cancelled`)
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`
}

/**
 * Text for an HTML cell: controls and bidirectional overrides escaped as in the log (a line
 * break would end the table's HTML block, an override reorder a file name), then HTML-encoded.
 */
export function escapeHtml(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

// A rate cell for a small transfer, where a rate would say little.
const NO_RATE = '–'

/**
 * Files listed in the job summary at most, and the bytes their rows may take: GitHub drops a
 * summary over 1 MiB whole (with an error annotation); a row takes 200 bytes and more.
 */
export const MAX_SUMMARY_FILES = 1000
export const MAX_SUMMARY_ROW_BYTES = 800_000

/** One file's row: its upload, or why it has none. */
function fileRow(outcome: FileOutcome): SummaryTableRow {
  if (outcome.ok) {
    const { upload } = outcome
    return [
      `<code>${escapeHtml(upload.file.path)}</code>`,
      formatBytes(upload.size),
      `<code>${escapeHtml(upload.location)}</code>`,
      formatDuration(upload.elapsedMs),
      (upload.resumed ? undefined : transferRate(upload.size, upload.elapsedMs)) ?? NO_RATE,
      String(upload.retries)
    ]
  }
  const { failure } = outcome
  const status = failure.cancelled ? '⏹️' : '❌ failed:'
  return [`<code>${escapeHtml(failure.file.path)}</code>`, formatBytes(failure.file.size), { data: `${status} ${escapeHtml(failure.message)}`, colspan: '4' }]
}

function rowBytes(row: SummaryTableRow): number {
  return row.reduce((sum, cell) => sum + Buffer.byteLength(typeof cell === 'string' ? cell : cell.data) + 20, 0)
}

/** Which rows fit: the failed files' first, then the others, each in path order, as room allows. */
function rowsThatFit(outcomes: readonly FileOutcome[], rows: readonly SummaryTableRow[]): Set<number> {
  const order = [...outcomes.keys()].sort((a, b) => Number(outcomes[a].ok) - Number(outcomes[b].ok))
  const fit = new Set<number>()
  let bytes = 0
  for (const index of order) {
    const size = rowBytes(rows[index])
    if (fit.size >= MAX_SUMMARY_FILES || bytes + size > MAX_SUMMARY_ROW_BYTES) break
    fit.add(index)
    bytes += size
  }
  return fit
}

/** The job summary table: file, size, upload URL, time, rate, retries; then the totals. */
export function summaryRows(outcomes: readonly FileOutcome[], totals: Totals): SummaryTableRow[] {
  const header = ['File', 'Size', 'Upload URL', 'Time', 'Rate', 'Retries'].map((data) => ({ data, header: true }))
  const fileRows = outcomes.map(fileRow)
  const fit = rowsThatFit(outcomes, fileRows)
  const rows: SummaryTableRow[] = [header, ...fileRows.filter((_, index) => fit.has(index))]
  if (fit.size < outcomes.length) {
    const more = `${countOf(outcomes.length - fit.size, 'more file', 'more files')} not listed here (failed files take the room first); the uploads and failed outputs hold them all`
    rows.push([{ data: `<i>${more}</i>`, colspan: '6' }])
  }
  rows.push([
    `<b>Total: ${totals.uploaded} of ${filesText(totals.files)}</b>`,
    `<b>${formatBytes(totals.bytes)}</b>`,
    // An empty cell would be written as an unclosed <td>.
    totals.failed > 0 ? `<b>${notDone(totals).trim().slice(1, -1)}</b>` : '&nbsp;',
    `<b>${formatDuration(totals.elapsedMs)}</b>`,
    `<b>${totalRate(totals) ?? NO_RATE}</b>`,
    `<b>${totals.retries}</b>`
  ])
  return rows
}

/** What the job summary shows: the table of the files, or a note when there were none. */
export type SummaryContent = { outcomes: readonly FileOutcome[]; totals: Totals } | { note: string }

/** Writes the job summary when the runner offers one (GITHUB_STEP_SUMMARY); never fails the step. */
export async function writeSummary(endpoint: string, content: SummaryContent): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    const summary = core.summary.addHeading('tus upload', 3).addRaw(`<p>Endpoint: <code>${escapeHtml(endpoint)}</code></p>`, true)
    if ('note' in content) summary.addRaw(`<p>${escapeHtml(content.note)}</p>`, true)
    else summary.addTable(summaryRows(content.outcomes, content.totals))
    await summary.write()
  } catch (error) {
    warning(`Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`)
  } finally {
    core.summary.emptyBuffer()
  }
}
