// Runs a case: every contender `runs` times, alternating, the first of each round rotating (A B C,
// B C A, C A B ...), each run on an empty store with the server's counters zeroed, verified
// afterwards; then the medians of the good runs. A run during which the hypervisor took more than
// `--max-steal` of the CPU time is measured again (at most `--retakes` times), whichever
// contender it was: the retaken runs stay in results.json.
import { runMeasured } from './measure.mjs'
import { cpuTimes, stealShare } from './steal.mjs'
import { verifyStore } from './verify.mjs'

export function median(values) {
  const v = values.filter(x => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return null
  const mid = Math.floor(v.length / 2)
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2
}

/**
 * Contender `s`'s median `metric` over the reference's, in a case summary `c` with a `compare`:
 * { value, isRef, metric, refLabel } or null.
 */
export function ratioToRef(c, s) {
  if (!c.compare || s.okRuns === 0) return null
  const ref = c.contenders.find(x => x.id === c.compare.ref && x.okRuns > 0)
  const a = s[c.compare.metric]
  const b = ref?.[c.compare.metric]
  if (a === null || b === null || b === undefined || b === 0) return null
  return { value: a / b, isRef: s === ref, metric: c.compare.metric, refLabel: c.compare.label ?? ref.id }
}

export const percent = share => `${(share * 100).toFixed(1)}%`
const fmt = (x, digits = 2) => (x === null || x === undefined ? '-' : x.toFixed(digits))

/**
 * Where a run's wall time went, on the clock the bench and the server share: from spawning to the
 * first request carrying upload data, from there to the last answer, and from it to the exit.
 */
function phases(m, stats) {
  if (stats.dataAt == null || stats.lastEndAt == null) return { dataStartMs: null, sendingMs: null, exitMs: null }
  return { dataStartMs: stats.dataAt - m.startedAt, sendingMs: stats.lastEndAt - stats.dataAt, exitMs: m.startedAt + m.wallMs - stats.lastEndAt }
}

/** One measured run of contender `c`: { ok, wallMs, cpuMs, maxRssKiB, counts, verify, ... }. */
async function runOnce(ctx, c) {
  const { server, method, work } = ctx
  server.purge()
  await server.reset()
  const before = cpuTimes()
  const m = await runMeasured(c.spec, { method, tmpDir: work.root, timeoutMs: c.timeoutMs, env: c.env, cwd: c.cwd })
  const steal = stealShare(before, cpuTimes())
  const stats = await server.stats()
  const verify = await verifyStore(server.uploads(), c.expected)
  server.purge()
  const exitOk = m.code === 0 && !m.timedOut
  return {
    ok: exitOk && verify.ok,
    wallMs: m.wallMs,
    cpuMs: m.cpuMs,
    userMs: m.userMs,
    sysMs: m.sysMs,
    maxRssKiB: m.maxRssKiB,
    code: m.code,
    signal: m.signal,
    timedOut: m.timedOut,
    startedAt: m.startedAt,
    counts: stats.counts,
    requests: stats.total,
    firstRequestAt: stats.firstAt,
    ...phases(m, stats),
    serverCpuMs: stats.cpuUs / 1000,
    stealShare: steal,
    verify,
    // Enough of the output to tell why a run failed.
    stderr: exitOk ? undefined : m.stderr.slice(-2000)
  }
}

function logRun(caseName, i, runs, c, r) {
  const status = r.ok ? 'ok' : r.timedOut ? 'TIMED OUT' : r.code !== 0 ? `FAILED (exit ${r.code ?? r.signal})` : `FAILED (${r.verify.message})`
  const cpu = r.cpuMs === null ? '' : `  CPU ${fmt(r.cpuMs / 1000)} s`
  const rss = r.maxRssKiB === null ? '' : `  RSS ${fmt(r.maxRssKiB / 1024, 1)} MiB`
  const steal = r.stealShare === null ? '' : `  steal ${percent(r.stealShare)}`
  process.stderr.write(`  ${caseName} ${i + 1}/${runs}  ${c.label.padEnd(34)} ${fmt(r.wallMs / 1000, 3)} s${cpu}${rss}  ${r.requests} req${steal}  ${status}\n`)
  if (!r.ok && r.stderr) process.stderr.write(`    ${r.stderr.trim().split('\n').slice(-5).join('\n    ')}\n`)
}

function summarize(c, runs, retaken) {
  const good = runs.filter(r => r.ok)
  return {
    id: c.id,
    label: c.label,
    bytes: c.bytes,
    files: c.expected.length,
    skipped: c.skip ?? null,
    runs,
    okRuns: good.length,
    wallMs: median(good.map(r => r.wallMs)),
    cpuMs: median(good.map(r => r.cpuMs)),
    maxRssKiB: median(good.map(r => r.maxRssKiB)),
    serverCpuMs: median(good.map(r => r.serverCpuMs)),
    dataStartMs: median(good.map(r => r.dataStartMs)),
    sendingMs: median(good.map(r => r.sendingMs)),
    exitMs: median(good.map(r => r.exitMs)),
    stealShare: median(good.map(r => r.stealShare)),
    // Runs measured again because the host took too much CPU time during them, and why.
    retaken,
    // Request counts can differ between runs (retries): keep the range.
    requests: runs.length ? { min: Math.min(...runs.map(r => r.requests)), max: Math.max(...runs.map(r => r.requests)) } : null,
    // Per method, from the last good run (else the last run).
    counts: (good.at(-1) ?? runs.at(-1))?.counts ?? {}
  }
}

/**
 * `def`: { name, title, compare?: { ref, label, metric }, runs?, notes?, contenders: [{ id, label, spec, expected, bytes, timeoutMs,
 * env?, cwd?, skip? }] } where `skip` is a reason not to run that contender.
 */
export async function runCase(ctx, def) {
  const active = def.contenders.filter(c => !c.skip)
  const runs = new Map(def.contenders.map(c => [c.id, []]))
  process.stderr.write(`${def.title}\n`)
  for (const c of def.contenders.filter(c => c.skip)) process.stderr.write(`  skipped ${c.label}: ${c.skip}\n`)
  const retaken = new Map(def.contenders.map(c => [c.id, []]))
  const count = def.runs ?? ctx.opts.runs
  for (let i = 0; i < count; i++) {
    // Round i starts with contender i (A B C, B C A, C A B ...): no one always follows the same one.
    for (let k = 0; k < active.length; k++) {
      const c = active[(i + k) % active.length]
      runs.get(c.id).push(await measuredRun(ctx, def.name, i, count, c, retaken.get(c.id)))
    }
  }
  const contenders = def.contenders.map(c => summarize(c, runs.get(c.id), retaken.get(c.id)))
  return { name: def.name, title: def.title, compare: def.compare ?? null, notes: def.notes ?? [], contenders }
}

/** Run i of contender c, measured again while the host took more than --max-steal of the CPU. */
async function measuredRun(ctx, caseName, i, count, c, retaken) {
  const { maxSteal, retakes } = ctx.opts
  for (let attempt = 0; ; attempt++) {
    const r = await runOnce(ctx, c)
    logRun(caseName, i, count, c, r)
    if (r.stealShare === null || r.stealShare <= maxSteal || attempt >= retakes) return r
    process.stderr.write(`    the host took ${percent(r.stealShare)} of the CPU time (over ${percent(maxSteal)}): measuring again\n`)
    retaken.push({ round: i, ...r })
  }
}
