/** The Action's pure pieces: progress lines, outputs, summary rows, totals, metadata checks, signals. */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import type { FoundFile } from '../src/action/files.js'
import { buildOutputs, type FileOutcome, type UploadedFile } from '../src/action/outputs.js'
import { progressText, throttledProgress } from '../src/action/progress.js'
import { watchSignals } from '../src/action/run.js'
import { publicUrl } from '../src/tus/url.js'
import { formatBytes, formatDuration, formatRate } from '../src/common/units.js'
import { escapeHtml, MAX_SUMMARY_FILES, MAX_SUMMARY_ROW_BYTES, summaryRows, totalLine, totalsOf } from '../src/action/summary.js'
import { describeMetadata, metadataDifferences, resultLine } from '../src/action/upload.js'

const GiB = 1024 ** 3
const MiB = 1024 ** 2
/** Sizes as src/common/units.ts writes them (its rounding is its own business). */
const FOUR_GIB = formatBytes(4 * GiB)

function found(path: string, size: number): FoundFile {
  return { absolutePath: `/ws/${path}`, path, size, mtimeMs: 0 }
}

function uploaded(path: string, size: number, extra: Partial<UploadedFile> = {}): UploadedFile {
  return {
    file: found(path, size),
    location: `https://tus.example.com/files/${path.replace(/\W/g, '')}`,
    size,
    sha256: 'ab'.repeat(32),
    metadata: { filename: path.split('/').pop() ?? path, flag: null },
    retries: 0,
    requests: 2,
    elapsedMs: 2000,
    ...extra
  }
}

describe('throttledProgress', () => {
  it('logs at most once per interval, with the rate over the last interval', () => {
    let now = 0
    const lines: string[] = []
    const onProgress = throttledProgress((line) => lines.push(line), { now: () => now })
    // The first report is the base: a resumed upload's offset is no byte sent now.
    now = 5_000
    onProgress(100_000_000, 4 * GiB)
    now = 10_000
    onProgress(500_000_000, 4 * GiB)
    expect(lines).toEqual([])
    now = 15_000
    onProgress(950_000_000, 4 * GiB)
    now = 20_000
    onProgress(1_000_000_000, 4 * GiB)
    now = 25_000
    onProgress(Math.round(1.2 * GiB), 4 * GiB)
    expect(lines).toEqual([
      `sent ${formatBytes(950_000_000)} of ${FOUR_GIB} (22%), 85 MB/s`,
      `sent ${formatBytes(Math.round(1.2 * GiB))} of ${FOUR_GIB} (30%), 34 MB/s`
    ])
  })

  it('writes an unknown total as bytes only', () => {
    expect(progressText(1536, undefined)).toBe('1.5 KiB')
    expect(progressText(0, 0)).toBe('0 B of 0 B (100%)')
  })
})

describe('buildOutputs', () => {
  it('lists the uploads in the given (sorted) order, fromJSON-ready', () => {
    const a = uploaded('dist/a.zip', 10)
    const b = uploaded('dist/b.zip', 20)
    const outputs = buildOutputs([a, b])
    expect(outputs.location).toBe(a.location)
    expect(outputs.locations).toEqual([a.location, b.location])
    expect(outputs.metadata).toEqual({ [a.location]: a.metadata, [b.location]: b.metadata })
    expect(outputs.uploads).toEqual([
      { path: 'dist/a.zip', location: a.location, size: 10, sha256: a.sha256, metadata: { filename: 'a.zip', flag: null } },
      { path: 'dist/b.zip', location: b.location, size: 20, sha256: b.sha256, metadata: { filename: 'b.zip', flag: null } }
    ])
    expect(JSON.parse(JSON.stringify(outputs.uploads))).toEqual(outputs.uploads)
  })

  it('gives empty outputs for no upload', () => {
    expect(buildOutputs([])).toEqual({ location: '', locations: [], metadata: {}, uploads: [], failed: [] })
  })
})

describe('totals and summary', () => {
  const outcomes: FileOutcome[] = [
    { ok: true, upload: uploaded('a<b>.bin', 4 * GiB, { elapsedMs: 48_000, retries: 2 }) },
    {
      ok: false,
      failure: { file: found('c.bin', 10), error: new Error('x'), message: 'POST answered 403', cancelled: false, retries: 1 }
    },
    {
      ok: false,
      failure: { file: found('d.bin', 10), error: new Error('x'), message: 'cancelled before the upload was created', cancelled: true }
    }
  ]

  it('counts failed and cancelled files apart', () => {
    const totals = totalsOf(outcomes, 50_000)
    // The failed file's retry counts too.
    expect(totals).toEqual({ files: 3, uploaded: 1, failed: 2, cancelled: 1, bytes: 4 * GiB, retries: 3, elapsedMs: 50_000, resumed: 0 })
    expect(totalLine(totals)).toBe(`Uploaded 1 of 3 files (1 failed, 1 cancelled), ${FOUR_GIB} in 50s (86 MB/s), 3 retries`)
    expect(totalLine(totalsOf(outcomes.slice(0, 1), 48_000))).toBe(`Uploaded 1 of 1 file, ${FOUR_GIB} in 48s (89 MB/s), 2 retries`)
  })

  it('makes a table of file, size, upload URL, time, rate and retries, then the totals', () => {
    const rows = summaryRows(outcomes, totalsOf(outcomes, 50_000))
    expect(rows[0]).toEqual(['File', 'Size', 'Upload URL', 'Time', 'Rate', 'Retries'].map((data) => ({ data, header: true })))
    expect(rows[1]).toEqual([
      '<code>a&#60;b&#62;.bin</code>',
      FOUR_GIB,
      '<code>https://tus.example.com/files/abbin</code>',
      '48s',
      '89 MB/s',
      '2'
    ])
    expect(rows[2]).toEqual(['<code>c.bin</code>', '10 B', { data: '❌ failed: POST answered 403', colspan: '4' }])
    expect(rows[3]).toEqual(['<code>d.bin</code>', '10 B', { data: '⏹️ cancelled before the upload was created', colspan: '4' }])
    expect(rows[4]).toEqual([
      '<b>Total: 1 of 3 files</b>',
      `<b>${FOUR_GIB}</b>`,
      '<b>1 failed, 1 cancelled</b>',
      '<b>50s</b>',
      '<b>86 MB/s</b>',
      '<b>3</b>'
    ])
  })

  it(`lists at most ${MAX_SUMMARY_FILES} files, the failed ones first, and says how many more`, () => {
    const many: FileOutcome[] = []
    for (let i = 0; i < MAX_SUMMARY_FILES + 500; i++) {
      const path = `f${String(i).padStart(5, '0')}.bin`
      many.push(i % 700 === 699 ? { ok: false, failure: { file: found(path, 1), error: 'x', message: 'broken', cancelled: false } } : { ok: true, upload: uploaded(path, 1) })
    }
    const rows = summaryRows(many, totalsOf(many, 1000))
    // Header, the listed files, the "more" row, the totals.
    expect(rows).toHaveLength(1 + MAX_SUMMARY_FILES + 2)
    const files = rows.slice(1, -2).map((row) => String(row[0]))
    expect(files.filter((cell) => cell.includes('f00699') || cell.includes('f01399'))).toHaveLength(2)
    expect(files).toEqual([...files].sort())
    expect(rows.at(-2)).toEqual([{ data: '<i>500 more files not listed here (failed files take the room first); the uploads and failed outputs hold them all</i>', colspan: '6' }])
    expect(rows.at(-1)?.[0]).toBe(`<b>Total: ${MAX_SUMMARY_FILES + 498} of ${MAX_SUMMARY_FILES + 500} files</b>`)
  })

  it(`keeps the rows under ${MAX_SUMMARY_ROW_BYTES} bytes, whatever their length`, () => {
    const long = 'd/'.repeat(300)
    const many: FileOutcome[] = Array.from({ length: 900 }, (_, i) => ({
      ok: false as const,
      failure: { file: found(`${long}f${String(i).padStart(4, '0')}`, 1), error: 'x', message: `502 ${'<html>'.repeat(100)}`, cancelled: false }
    }))
    const rows = summaryRows(many, totalsOf(many, 1000))
    const bytes = rows.slice(1, -2).reduce((sum, row) => sum + row.reduce((n, cell) => n + Buffer.byteLength(typeof cell === 'string' ? cell : cell.data), 0), 0)
    expect(bytes).toBeLessThan(MAX_SUMMARY_ROW_BYTES)
    expect(rows.length - 3).toBeLessThan(900)
    expect(String(rows.at(-2)?.[0] && (rows.at(-2)?.[0] as { data: string }).data)).toMatch(/^<i>\d+ more files not listed here/)
  })

  it('escapes HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;')
  })
})

describe('result line and metadata', () => {
  it('says size, time, rate, retries and URL in one line', () => {
    expect(resultLine(uploaded('dist/app.zip', 4 * GiB, { elapsedMs: 48_000 }))).toBe(
      `dist/app.zip: ${FOUR_GIB} in 48s (89 MB/s) -> https://tus.example.com/files/distappzip`
    )
    expect(resultLine(uploaded('a', 2 * MiB, { elapsedMs: 1000, retries: 1 }))).toBe(
      `a: ${formatBytes(2 * MiB)} in ${formatDuration(1000)} (${formatRate(2 * MiB)}, 1 retry) -> https://tus.example.com/files/a`
    )
  })

  it('leaves the rate out under 1 MiB, where the time is mostly round trips (as tus-upload does)', () => {
    expect(resultLine(uploaded('a', 1000, { elapsedMs: 1000, retries: 1 }))).toBe(
      `a: 1000 B in ${formatDuration(1000)} (1 retry) -> https://tus.example.com/files/a`
    )
    expect(resultLine(uploaded('b', 15, { elapsedMs: 54 }))).toBe('b: 15 B in 54ms -> https://tus.example.com/files/b')
    const small: FileOutcome[] = [{ ok: true, upload: uploaded('b', 15, { elapsedMs: 54 }) }]
    const totals = totalsOf(small, 60)
    expect(totalLine(totals)).toBe('Uploaded 1 of 1 file, 15 B in 60ms, 0 retries')
    const rows = summaryRows(small, totals)
    expect(rows[1][4]).toBe('–')
    expect(rows[2][4]).toBe('<b>–</b>')
  })

  it('describes metadata, value-less keys included', () => {
    expect(describeMetadata({ filename: 'a.zip', flag: null })).toBe('filename=a.zip, flag (no value)')
    expect(describeMetadata({})).toBe('(none)')
  })

  it('finds what the server did not store as sent', () => {
    expect(metadataDifferences({ a: '1', b: null, c: '', d: '4' }, { a: '1', b: null, c: null, d: '5' })).toEqual([
      'the server stored "d" as "5", not "4"'
    ])
    expect(metadataDifferences({ a: '1', bytes: new Uint8Array([104, 105]) }, { bytes: 'hi' })).toEqual([
      'the server did not store the metadata key "a"'
    ])
  })
})

describe('watchSignals', () => {
  afterEach(() => {
    jest.restoreAllMocks()
  })

  it('aborts on SIGINT, logs a later SIGTERM, and unwatches', () => {
    const written: string[] = []
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
    const controller = new AbortController()
    const before = { int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') }
    const unwatch = watchSignals(controller)
    process.emit('SIGINT', 'SIGINT')
    expect(controller.signal.aborted).toBe(true)
    process.emit('SIGTERM', 'SIGTERM')
    unwatch()
    expect(written.join('')).toBe('Received SIGINT: stopping the uploads\nReceived SIGTERM; the uploads are already stopping\n')
    expect({ int: process.listenerCount('SIGINT'), term: process.listenerCount('SIGTERM') }).toEqual(before)
  })
})

describe('publicUrl', () => {
  it('drops user:password from a URL to log', () => {
    expect(publicUrl('https://u:p@tus.example.com/files/')).toBe('https://tus.example.com/files/')
  })
})
