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

export function machineLine(m) {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, ${m.os}, Node ${m.node}${m.curl ? `, ${m.curl}` : ''}; ${m.date.slice(0, 10)}`
}
