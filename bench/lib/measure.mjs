// Runs one contender as a child process and measures its wall time, CPU time (user + sys) and
// peak RSS. CPU and RSS come from GNU time (/usr/bin/time, which reports the rusage of the
// command and everything it waited for) or, without it, from a preload in node contenders
// (rusage-preload.mjs); other commands (curl) then have no CPU/RSS figures.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'

const GNU_TIME = '/usr/bin/time'
const FORMAT = '%e %U %S %M'
const PRELOAD = pathToFileURL(new URL('./rusage-preload.mjs', import.meta.url).pathname).href
const TAIL = 16 * 1024

/** Process groups of running contenders, so that a signal handler can end them. */
export const running = new Set()

/** 'gnu-time' when /usr/bin/time works as GNU time does, else 'preload'. */
export function detectMethod(tmpDir) {
  if (!existsSync(GNU_TIME)) return 'preload'
  const out = join(tmpDir, 'time-probe.txt')
  const r = spawnSync(GNU_TIME, ['-f', FORMAT, '-o', out, 'true'], { timeout: 10_000 })
  try {
    return r.status === 0 && parseGnuTime(readFileSync(out, 'utf8')) ? 'gnu-time' : 'preload'
  } catch {
    return 'preload'
  } finally {
    rmSync(out, { force: true })
  }
}

// The last line is ours; a failed command adds a line above it.
function parseGnuTime(text) {
  const line = text.trim().split('\n').at(-1) ?? ''
  const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(line.trim())
  if (!m) return undefined
  return { userMs: Number(m[2]) * 1000, sysMs: Number(m[3]) * 1000, maxRssKiB: Number(m[4]) }
}

function readPreload(file) {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'))
    return { userMs: r.userUs / 1000, sysMs: r.sysUs / 1000, maxRssKiB: r.maxRssKiB }
  } catch {
    return undefined
  }
}

/** The argv to spawn for `spec` ({ node: true, script, args } or { cmd, args }) under `method`. */
function commandLine(spec, method, usageFile) {
  const base = spec.node ? [process.execPath, spec.script, ...spec.args] : [spec.cmd, ...spec.args]
  if (method === 'gnu-time') return [GNU_TIME, '-f', FORMAT, '-o', usageFile, ...base]
  if (spec.node) return [process.execPath, '--import', PRELOAD, spec.script, ...spec.args]
  return base
}

function keepTail(chunks, chunk) {
  chunks.push(chunk)
  while (chunks.length > 1 && chunks.reduce((n, c) => n + c.length, 0) > TAIL) chunks.shift()
}

/**
 * Runs `spec` to its end or until `timeoutMs`; resolves to
 * { wallMs, cpuMs, userMs, sysMs, maxRssKiB, code, signal, timedOut, stdout, stderr, startedAt }
 * where startedAt is on the shared clock (performance.timeOrigin + performance.now()).
 */
export function runMeasured(spec, { method, tmpDir, timeoutMs, env = {}, cwd }) {
  const usageFile = join(tmpDir, `usage-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`)
  const [cmd, ...args] = commandLine(spec, method, usageFile)
  const childEnv = { ...process.env, ...env }
  if (method === 'preload' && spec.node) childEnv.BENCH_RUSAGE_FILE = usageFile
  const out = []
  const err = []
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    // Own process group: a timeout or Ctrl-C ends the command and all it started (time, sh, curl).
    const child = spawn(cmd, args, { env: childEnv, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    running.add(child.pid)
    let timedOut = false
    let wallMs
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child.pid)
    }, timeoutMs)
    child.stdout.on('data', c => keepTail(out, c))
    child.stderr.on('data', c => keepTail(err, c))
    child.on('error', error => {
      clearTimeout(timer)
      running.delete(child.pid)
      reject(error)
    })
    // Wall time ends when the process does ('exit'); its output is complete at 'close'.
    child.on('exit', () => (wallMs = performance.now() - t0))
    child.on('close', (code, signal) => {
      wallMs ??= performance.now() - t0
      clearTimeout(timer)
      running.delete(child.pid)
      const usage = method === 'gnu-time' ? safeRead(usageFile, parseGnuTime) : spec.node ? readPreload(usageFile) : undefined
      rmSync(usageFile, { force: true })
      resolve({
        wallMs,
        userMs: usage?.userMs ?? null,
        sysMs: usage?.sysMs ?? null,
        cpuMs: usage ? usage.userMs + usage.sysMs : null,
        maxRssKiB: usage?.maxRssKiB ?? null,
        code,
        signal,
        timedOut,
        startedAt: performance.timeOrigin + t0,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    })
  })
}

function safeRead(file, parse) {
  try {
    return parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

export function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL')
  } catch {
    // Already gone.
  }
}
