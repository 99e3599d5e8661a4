// The machine a run was made on, for the report.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import os from 'node:os'

function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))
    if (m) return m[1].trim()
  } catch {
    // Not Linux: os.cpus() below.
  }
  return os.cpus()[0]?.model?.trim() || 'unknown CPU'
}

function firstLine(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 10_000 })
  return r.status === 0 ? r.stdout.split('\n')[0].trim() : null
}

export function machineInfo(method) {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    curl: firstLine('curl', ['--version'])?.split(' ').slice(0, 2).join(' ') ?? null,
    measure: method,
    // 1-minute load average before the bench started: other work on the machine shows up as noise.
    loadBefore: +os.loadavg()[0].toFixed(2),
    date: new Date().toISOString()
  }
}

/** A note when the machine was not idle (1-minute load average from before the bench). */
export function busyNote(m) {
  const limit = 0.5
  return m.loadBefore > limit
    ? `the machine was busy before the bench started (1-minute load average ${m.loadBefore} on ${m.cores} cores): other processes compete for the CPU, expect noise; rerun on an idle machine`
    : undefined
}

function nodeStartMs(env) {
  const times = []
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint()
    spawnSync(process.execPath, ['-e', '0'], { env, stdio: 'ignore', timeout: 10_000 })
    times.push(Number(process.hrtime.bigint() - start) / 1e6)
  }
  return Math.round(times.sort((a, b) => a - b)[2])
}

/**
 * NODE_EXTRA_CA_CERTS makes Node 20 parse its whole CA store at every start (nodejs/node#40524;
 * later versions not measured). The bench's uploads are plain http on loopback, so
 * unless `keep`, it is removed from this process's environment, which every contender and the
 * server inherit. Returns a note for the report, or undefined when the variable is not set.
 */
export function handleExtraCaCerts(keep) {
  if (process.env.NODE_EXTRA_CA_CERTS === undefined) return undefined
  const { NODE_EXTRA_CA_CERTS: _, ...without } = process.env
  const cost = `\`node -e 0\` took ${nodeStartMs(process.env)} ms with it, ${nodeStartMs(without)} ms without`
  if (keep) return `NODE_EXTRA_CA_CERTS is set and was kept (--keep-extra-ca-certs): Node parses its CA store at every start, curl does not; ${cost}`
  delete process.env.NODE_EXTRA_CA_CERTS
  return `NODE_EXTRA_CA_CERTS was set on this machine and was removed from the environment of every contender and the server (--keep-extra-ca-certs keeps it): with it, Node 20 parses its whole CA store at every start, for uploads that are plain http on loopback; ${cost}`
}

export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}${m.curl ? `, ${m.curl}` : ''}; ${m.date.slice(0, 10)}`
}
