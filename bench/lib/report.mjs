// The Markdown report: the machine, the table of medians, the targets and the notes.
import { sizeLabel } from './cases.mjs'
import { machineLine } from './machine.mjs'
import { percent, ratioToRef } from './runner.mjs'

const num = (v, digits) => (v === null || v === undefined ? '–' : v.toFixed(digits))

// Total requests (a range when runs differ) and, from the last run, the count per method.
function requestsCell(s) {
  if (!s.requests) return '–'
  const { min, max } = s.requests
  const total = min === max ? `${min}` : `${min}–${max}`
  const order = ['OPTIONS', 'POST', 'PATCH', 'HEAD', 'DELETE']
  const methods = Object.entries(s.counts).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
  return methods.length ? `${total} (${methods.map(([m, n]) => `${n} ${m}`).join(', ')})` : total
}

function row(c, s, runs) {
  if (s.skipped) return `| ${c.name} | ${s.label} | skipped: ${s.skipped} | | | | | | | |`
  const r = ratioToRef(c, s)
  let ratio = r ? `${r.value.toFixed(2)}${r.isRef ? ' (ref)' : ''}${r.metric === 'maxRssKiB' ? ' RSS' : ''}` : '–'
  if (s.startupMs != null) ratio = `first request ${s.startupMs.toFixed(0)} ms`
  // Throughput means nothing for the start-up case's tiny file.
  const mbps = s.wallMs && c.name !== 'startup' ? (s.bytes / 1e6 / (s.wallMs / 1000)).toFixed(0) : '–'
  return `| ${c.name} | ${s.label} | ${s.okRuns}/${runs} | ${num(s.wallMs && s.wallMs / 1000, 3)} | ${mbps} | ${num(s.cpuMs && s.cpuMs / 1000, 2)} | ${num(s.serverCpuMs && s.serverCpuMs / 1000, 2)} | ${num(s.maxRssKiB && s.maxRssKiB / 1024, 1)} | ${requestsCell(s)} | ${ratio} |`
}

function table(results) {
  const lines = [
    '| case | contender | good runs | wall s (median) | MB/s | CPU s (user+sys) | server CPU s | peak RSS MiB | requests | vs ref |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|'
  ]
  for (const c of results.cases) {
    if (c.skipped) continue
    for (const s of c.contenders) lines.push(row(c, s, s.runs.length))
  }
  return lines.join('\n')
}

function targetsTable(targets) {
  const lines = [
    '| case | target | value (ratio of medians) | limit | result | per-round ratios: median (middle half) |',
    '|---|---|---:|---:|---|---:|'
  ]
  for (const t of targets) lines.push(`| ${t.area} | ${t.target} | ${t.shown} | ${t.limit} | ${t.status} | ${t.pairedShown ?? '–'} |`)
  return lines.join('\n')
}

function startupSection(results) {
  const c = results.cases.find(x => x.name === 'startup' && !x.skipped)
  const s = c?.contenders.find(x => x.id === 'action')
  if (!s) return []
  const floor = c.contenders.find(x => x.id === 'bare-http')
  return [
    '### Start-up of the Action bundle',
    '',
    `From spawning \`node ${results.settings.action}\` to the first request the server sees, median of ${s.okRuns} good runs of ${s.runs.length}: ` +
      `**${num(s.startupMs, 0)} ms** (a bare node:http client sending the same file: ${num(floor?.startupMs, 0)} ms). ` +
      `The whole run (one ${results.settings.sizes.startup}-byte file, outputs and summary written): ` +
      `${num(s.wallMs && s.wallMs / 1000, 3)} s wall, ${num(s.cpuMs && s.cpuMs / 1000, 2)} s CPU, peak RSS ${num(s.maxRssKiB && s.maxRssKiB / 1024, 1)} MiB.`,
    ''
  ]
}

/** The large upload's wall time split at the first request carrying data and at the last answer. */
function phasesSection(results) {
  const c = results.cases.find(x => x.name === 'large' && !x.skipped)
  const rows = c?.contenders.filter(s => s.okRuns > 0 && s.sendingMs != null) ?? []
  if (rows.length === 0) return []
  const ref = rows.find(s => s.id === 'curl')
  return [
    '### Where the large upload\'s time goes',
    '',
    'Medians, on the clock the bench and the server share: from spawning the contender to the first request that carries upload data (start-up, OPTIONS, creation), from there to the server\'s last answer (sending), and from that answer to the exit.',
    '',
    '| contender | to the first data request, ms | sending, s | sending vs curl | last answer to exit, ms |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(s => `| ${s.label} | ${num(s.dataStartMs, 0)} | ${num(s.sendingMs / 1000, 3)} | ${ref ? `${(s.sendingMs / ref.sendingMs).toFixed(2)}x` : '–'} | ${num(s.exitMs, 0)} |`),
    ''
  ]
}

function notes(results) {
  const all = [...results.notes, ...results.cases.flatMap(c => c.notes ?? [])]
  const max = results.settings.retakes > 0 ? results.settings.maxSteal : undefined
  for (const c of results.cases) {
    for (const s of c.contenders) {
      const bad = s.runs.filter(r => !r.ok)
      const stolen = max === undefined ? [] : s.runs.filter(r => r.stealShare > max)
      if (stolen.length > 0) all.push(`${c.name} / ${s.label}: ${stolen.length} run(s) kept after the last retake with the host taking ${stolen.map(r => percent(r.stealShare)).join(', ')} of the CPU time`)
      if (s.retaken?.length > 0) all.push(`${c.name} / ${s.label}: ${s.retaken.length} run(s) measured again, the host having taken ${s.retaken.map(r => percent(r.stealShare)).join(', ')} of the CPU time`)
      if (bad.length > 0) all.push(`${c.name} / ${s.label}: ${bad.length} failed run(s), left out of the medians: ${bad.map(r => (r.timedOut ? 'timed out' : r.code !== 0 ? `exit ${r.code ?? r.signal}` : r.verify.message)).join('; ')}`)
    }
  }
  return all.length ? ['### Notes', '', ...all.map(n => `- ${n}`), ''] : []
}

// Reports made before the rule existed have no maxSteal.
function retakeRule(st) {
  if (st.maxSteal === undefined || st.retakes === 0 || st.maxSteal >= 1) return ''
  return `A run during which the hypervisor took more than ${percent(st.maxSteal)} of the CPU time (steal, /proc/stat) is measured again, up to ${st.retakes} times, whichever the contender (see the notes). `
}

export function markdownReport(results, targets, svgName) {
  const st = results.settings
  const sizes = `large ${sizeLabel(st.sizes.large)}, small ${st.sizes.smallCount} × ${sizeLabel(st.sizes.small)}, memory ${st.sizes.memory.map(sizeLabel).join(' / ')}`
  return [
    `## Benchmark${st.quick ? ' (quick mode: smaller sizes)' : ''}`,
    '',
    `Machine: ${machineLine(results.machine)}.`,
    '',
    `\`npm run bench${st.argv.length ? ` -- ${st.argv.join(' ')}` : ''}\`: @tus/server ${st.serverVersion} + @tus/file-store in its own process on 127.0.0.1; ` +
      `each contender a separate process, ${st.runs} run${st.runs === 1 ? '' : 's'} per contender alternating the contenders${st.rotating ? ' (who goes first rotating each round)' : ''}, medians of the good runs; every stored file checked by sha256. ` +
      `${retakeRule(st)}Sizes: ${sizes}; data and store in ${st.tmp.startsWith('/dev/shm') ? 'RAM (/dev/shm)' : st.tmp}. CPU time and peak RSS from ${results.machine.measure === 'gnu-time' ? 'GNU time' : 'process.resourceUsage() at exit (preload)'}; MB = 10^6 bytes.`,
    '',
    table(results),
    '',
    `![benchmark chart](${svgName})`,
    '',
    '### Targets',
    '',
    targetsTable(targets),
    '',
    ...phasesSection(results),
    ...startupSection(results),
    ...notes(results)
  ].join('\n')
}
