// The targets of the issue, checked against the medians of one run of the bench.
import { median } from './runner.mjs'

const MiB_KiB = 1024

function find(cases, name, id) {
  const c = cases.find(x => x.name === name)
  const s = c?.contenders.find(x => x.id === id)
  return s && s.okRuns > 0 ? s : undefined
}

function ratio(a, b) {
  return a === null || b === null || a === undefined || b === undefined || b === 0 ? null : a / b
}

function check(area, what, value, limit, unit, format) {
  const shown = value === null || value === undefined ? 'n/a' : format(value)
  const status = value === null || value === undefined ? 'n/a' : value <= limit ? 'PASS' : 'MISS'
  return { area, target: what, value, shown, limit: `<= ${format(limit)}${unit}`, status }
}

/**
 * The per-round ratios of two contenders' wall times (run i of one against run i of the other,
 * in the same round). Their median is shown beside the ratio of medians, which the targets use
 * (when the machine's speed drifts between rounds, the two differ), and their middle half
 * (first to third quartile), which says how far one round's verdict can be trusted.
 */
function pairedWallRatios(a, b) {
  if (!a || !b) return []
  const ratios = []
  for (let i = 0; i < Math.min(a.runs.length, b.runs.length); i++) {
    if (a.runs[i].ok && b.runs[i].ok) ratios.push(a.runs[i].wallMs / b.runs[i].wallMs)
  }
  return ratios
}

/** The p-quantile (0..1) of `values`, interpolating between the two nearest ranks. */
function quantile(values, p) {
  const v = [...values].sort((x, y) => x - y)
  const at = (v.length - 1) * p
  const low = Math.floor(at)
  return v[low] + (v[Math.min(low + 1, v.length - 1)] - v[low]) * (at - low)
}

function withPaired(target, a, b) {
  const ratios = pairedWallRatios(a, b)
  if (ratios.length === 0) return { ...target, paired: null, pairedShown: '–' }
  const paired = median(ratios)
  const [q1, q3] = [quantile(ratios, 0.25), quantile(ratios, 0.75)]
  return { ...target, paired, pairedQuartiles: [q1, q3], pairedShown: `${x2(paired)} (${q1.toFixed(2)}–${x2(q3)})` }
}

const x2 = v => `${v.toFixed(2)}x`
const mib = v => `${v.toFixed(1)} MiB`

function largeTargets(cases) {
  const tu = find(cases, 'large', 'tus-upload')
  const curl = find(cases, 'large', 'curl')
  const tjs = find(cases, 'large', 'tus-js-client')
  return [
    withPaired(check('large', 'tus-upload wall / curl wall', ratio(tu?.wallMs, curl?.wallMs), 1.05, '', x2), tu, curl),
    withPaired(check('large', 'tus-upload wall / tus-js-client wall', ratio(tu?.wallMs, tjs?.wallMs), 1.0, '', x2), tu, tjs),
    check('large', 'tus-upload CPU / tus-js-client CPU', ratio(tu?.cpuMs, tjs?.cpuMs), 0.5, '', x2),
    check('large', 'tus-upload peak RSS', tu?.maxRssKiB == null ? null : tu.maxRssKiB / MiB_KiB, 80, '', mib),
    bareNodeReference(tu, find(cases, 'large', 'bare-http'))
  ]
}

/** Not a target of the issue: tus-upload against the plainest Node client, in the same run. */
function bareNodeReference(tu, bare) {
  const value = ratio(tu?.wallMs, bare?.wallMs)
  return withPaired(
    { area: 'large', target: 'tus-upload wall / bare node:http wall (no OPTIONS, no resume)', value, shown: value === null ? 'n/a' : x2(value), limit: 'report', status: 'info' },
    tu,
    bare
  )
}

/**
 * Requests per file in the worst run, one OPTIONS per invocation not counted (a client that
 * caches the server's answer pays it once); the target is exactly one POST per file.
 */
function requestsPerFile(s) {
  if (!s) return null
  return Math.max(...s.runs.map(r => (r.requests - Math.min(r.counts.OPTIONS ?? 0, 1)) / s.files))
}

function smallTargets(cases) {
  const tu = find(cases, 'small', 'tus-upload')
  const best = find(cases, 'small', 'tus-js-client-best')
  const bare = find(cases, 'small', 'bare-http')
  const perFile = check('small', 'tus-upload requests per file, worst run (one OPTIONS per invocation not counted)', requestsPerFile(tu), 1, '', v => v.toFixed(2))
  perFile.limit = '= 1.00'
  if (perFile.value !== null) perFile.status = perFile.value === 1 ? 'PASS' : 'MISS'
  return [
    withPaired(check('small', 'tus-upload wall / tus-js-client best wall', ratio(tu?.wallMs, best?.wallMs), 0.8, '', x2), tu, best),
    withPaired(check('small', 'tus-upload wall / bare node:http wall', ratio(tu?.wallMs, bare?.wallMs), 1.2, '', x2), tu, bare),
    perFile
  ]
}

function memoryTargets(cases) {
  const c = cases.find(x => x.name === 'memory')
  const sizes = (c?.contenders ?? []).filter(s => s.okRuns > 0).sort((a, b) => a.bytes - b.bytes)
  const [small, big] = [sizes[0], sizes.length > 1 ? sizes.at(-1) : undefined]
  return [
    check('memory', 'tus-upload peak RSS on the largest file', big?.maxRssKiB == null ? null : big.maxRssKiB / MiB_KiB, 80, '', mib),
    check('memory', 'peak RSS largest / smallest file', ratio(big?.maxRssKiB, small?.maxRssKiB), 1.1, '', x2)
  ]
}

function startupReport(cases) {
  const s = find(cases, 'startup', 'action')
  return {
    area: 'startup',
    target: 'Action start-up to its first request (median)',
    value: s?.startupMs ?? null,
    shown: s?.startupMs == null ? 'n/a' : `${s.startupMs.toFixed(0)} ms`,
    limit: 'report',
    status: 'info'
  }
}

export function checkTargets(cases) {
  return [...largeTargets(cases), ...smallTargets(cases), ...memoryTargets(cases), startupReport(cases)]
}
