// `npm run bench`: tus-upload against curl, tus-js-client and a bare node:http client on a local
// @tus/server (see bench/README.md). Writes bench/results.{md,svg,json} and prints the report.
import os from 'node:os'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { largeCase, memoryCase, smallCase } from './lib/cases.mjs'
import { defaultTmp, GiB, makeWorkDir } from './lib/data.mjs'
import { busyNote, handleExtraCaCerts, machineInfo } from './lib/machine.mjs'
import { detectMethod, killGroup, running } from './lib/measure.mjs'
import { parseOptions } from './lib/options.mjs'
import { markdownReport } from './lib/report.mjs'
import { startServer } from './lib/serverControl.mjs'
import { startupCase } from './lib/startup.mjs'
import { svgChart } from './lib/svg.mjs'
import { checkTargets } from './lib/targets.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CASES = { large: largeCase, small: smallCase, memory: memoryCase, startup: startupCase }

let work
let server

// Synchronous, so that it also works from 'exit' and signal handlers; safe to call twice.
function cleanup() {
  for (const pid of running) killGroup(pid)
  server?.stop()
  work?.remove()
}

function onSignal(signal) {
  process.stderr.write(`\n${signal}: stopping the contenders and the server, removing ${work?.root ?? 'nothing'}\n`)
  cleanup()
  // 128 + the signal's number, as a shell reports it.
  process.exit(128 + (os.constants.signals[signal] ?? 2))
}

function writeResults(opts, results, targets) {
  const svgName = `${opts.outName}.svg`
  const markdown = markdownReport(results, targets, svgName)
  mkdirSync(opts.out, { recursive: true })
  writeFileSync(join(opts.out, `${opts.outName}.md`), `${markdown}\n`)
  writeFileSync(join(opts.out, svgName), svgChart(results))
  writeFileSync(join(opts.out, `${opts.outName}.json`), `${JSON.stringify({ ...results, targets }, null, 2)}\n`)
  process.stdout.write(`${markdown}\n`)
  process.stderr.write(`wrote ${['md', 'svg', 'json'].map(ext => relative(ROOT, join(opts.out, `${opts.outName}.${ext}`))).join(', ')}\n`)
}

function newResults(opts, machine, extraCaCertsNote) {
  const serverVersion = JSON.parse(readFileSync(join(ROOT, 'node_modules/@tus/server/package.json'), 'utf8')).version
  const notes = extraCaCertsNote ? [extraCaCertsNote] : []
  if (machine.measure === 'preload') notes.push('GNU time not available: CPU and peak RSS of node contenders come from process.resourceUsage() at exit (a --import preload)')
  const busy = busyNote(machine)
  if (busy) {
    notes.push(busy)
    process.stderr.write(`bench: note: ${busy}\n`)
  }
  const settings = {
    argv: process.argv.slice(2),
    quick: opts.quick,
    runs: opts.runs,
    startupRuns: opts.startupRuns,
    rotating: true,
    maxSteal: opts.maxSteal,
    retakes: opts.retakes,
    keepExtraCaCerts: opts.keepExtraCaCerts,
    sizes: opts.sizes,
    tusUpload: relative(ROOT, opts.tusUpload),
    action: relative(ROOT, opts.action),
    serverVersion,
    tmp: dirname(work.root)
  }
  return { machine, settings, notes, cases: [] }
}

/** --report FILE: the report again from a results.json, without running anything. */
function rewriteReport(opts) {
  const { targets: _old, ...results } = JSON.parse(readFileSync(opts.report, 'utf8'))
  writeResults({ ...opts, outName: results.settings.quick ? 'results-quick' : 'results' }, results, checkTargets(results.cases))
  return 0
}

async function main() {
  let opts
  try {
    opts = parseOptions(process.argv.slice(2), ROOT)
  } catch (error) {
    process.stderr.write(`bench: ${error.message} (see --help)\n`)
    return 2
  }
  if (opts.help) return void process.stdout.write(opts.help)
  if (opts.report) return rewriteReport(opts)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal)
  process.on('exit', cleanup)
  // Room for the largest case's data and one run's uploads, with a margin.
  work = await makeWorkDir(opts.tmp ?? (await defaultTmp(opts.quick ? GiB : 5 * GiB)))
  const method = opts.measure ?? detectMethod(work.root)
  // Before the server's warm-up, so that the load average shows only other work.
  const results = newResults(opts, machineInfo(method), handleExtraCaCerts(opts.keepExtraCaCerts))
  server = await startServer(work.store)
  await server.warmUp()
  server.purge()
  const ctx = { opts, work, server, method }
  process.stderr.write(`bench: data in ${work.root}, server ${server.endpoint}, measuring with ${method}\n`)
  for (const name of opts.only) results.cases.push(await CASES[name](ctx))
  const targets = checkTargets(results.cases)
  writeResults(opts, results, targets)
  const failed = results.cases.some(c => c.contenders.some(s => s.runs.some(r => !r.ok)))
  if (failed) process.stderr.write('bench: some runs failed (see the notes)\n')
  return failed ? 1 : 0
}

try {
  process.exitCode = await main()
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : error}\n`)
  process.exitCode = 1
} finally {
  cleanup()
}
