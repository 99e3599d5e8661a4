// A hand-written SVG chart of the report's figures: median wall time per case and contender
// (bars scaled within each case, as the cases differ by orders of magnitude) and peak RSS (one
// scale for all, with the 80 MiB target drawn).
import { machineLine } from './machine.mjs'
import { ratioToRef } from './runner.mjs'

const W = 1000
const LABEL_W = 300
const BAR_W = 400
const ROW = 20
const BAR_H = 14
const HEAD = 24
const RSS_TARGET_MIB = 80

const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const colour = id => (id.startsWith('tus-upload') || id === 'action' ? '#1f6feb' : '#8c959f')

function text(x, y, s, attrs = '') {
  return `<text x="${x}" y="${y}" ${attrs}>${esc(s)}</text>`
}

function bar(y, s, width, label) {
  return [
    text(LABEL_W - 8, y + BAR_H - 3, s.label, 'text-anchor="end"'),
    `<rect x="${LABEL_W}" y="${y}" width="${Math.max(1, width).toFixed(1)}" height="${BAR_H}" fill="${colour(s.id)}"/>`,
    text(LABEL_W + width + 6, y + BAR_H - 3, label)
  ]
}

/** Rows of one panel; `value(s)` gives a number or null, `scale(c)` the full-bar value. */
function panel(cases, y, title, value, scale, label) {
  const out = [text(10, y + 14, title, 'font-weight="bold" font-size="14"')]
  y += HEAD + 6
  for (const c of cases) {
    out.push(text(10, y + 13, c.title, 'font-weight="bold"'))
    y += HEAD - 4
    const full = scale(c)
    for (const s of c.contenders) {
      const v = value(s)
      out.push(...(v === null ? [text(LABEL_W - 8, y + BAR_H - 3, s.label, 'text-anchor="end"'), text(LABEL_W, y + BAR_H - 3, s.skipped ? 'skipped' : 'no data', 'fill="#888"')] : bar(y, s, (v / full) * BAR_W, label(c, s, v))))
      y += ROW
    }
    y += 6
  }
  return { out, y }
}

const wallOf = s => (s.okRuns > 0 ? s.wallMs / 1000 : null)
const rssOf = s => (s.okRuns > 0 && s.maxRssKiB !== null ? s.maxRssKiB / 1024 : null)

// The ratio to the case's reference goes on the panel of the metric compared.
function ratioText(c, s, metric) {
  const r = ratioToRef(c, s)
  return r && !r.isRef && r.metric === metric ? ` (${r.value.toFixed(2)}x ${r.refLabel})` : ''
}

function wallLabel(c, s, v) {
  const startup = s.startupMs != null ? `; first request at ${s.startupMs.toFixed(0)} ms` : ''
  const cpu = s.cpuMs != null ? `, CPU ${(s.cpuMs / 1000).toFixed(2)} s` : ''
  return `${v.toFixed(v < 1 ? 3 : 2)} s${cpu}${ratioText(c, s, 'wallMs')}${startup}`
}

const rssLabel = (c, s, v) => `${v.toFixed(1)} MiB${ratioText(c, s, 'maxRssKiB')}`

export function svgChart(results) {
  const cases = results.cases.filter(c => !c.skipped && c.contenders.length > 0)
  const maxWall = c => Math.max(1e-9, ...c.contenders.map(s => wallOf(s) ?? 0))
  const maxRss = Math.max(RSS_TARGET_MIB, ...cases.flatMap(c => c.contenders.map(s => rssOf(s) ?? 0))) * 1.05
  const top = text(10, 22, `tus upload benchmark${results.settings.quick ? ' (quick mode)' : ''}`, 'font-weight="bold" font-size="16"')
  const sub = text(10, 40, machineLine(results.machine), 'fill="#555"')
  const wall = panel(cases, 52, 'Median wall time, with CPU time (shorter is better; bars scaled within each case)', wallOf, maxWall, wallLabel)
  const rssStart = wall.y + 10
  const rss = panel(cases, rssStart, `Peak RSS of the client process, MiB (one scale; dashed: ${RSS_TARGET_MIB} MiB target)`, rssOf, () => maxRss, rssLabel)
  const lineX = LABEL_W + (RSS_TARGET_MIB / maxRss) * BAR_W
  const target = `<line x1="${lineX.toFixed(1)}" y1="${rssStart + HEAD}" x2="${lineX.toFixed(1)}" y2="${rss.y}" stroke="#cf222e" stroke-dasharray="4 3"/>`
  const height = rss.y + 10
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="-apple-system, Segoe UI, Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="${W}" height="${height}" fill="#ffffff"/>`,
    top,
    sub,
    ...wall.out,
    ...rss.out,
    target,
    '</svg>',
    ''
  ].join('\n')
}
