// Command-line options of `npm run bench` (node bench/run.mjs).
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { GiB, KiB, MiB } from './data.mjs'

export const CASE_NAMES = ['large', 'small', 'memory', 'startup']

const HELP = `usage: npm run bench -- [options]

  --runs N           runs per contender and case, alternating the contenders (default 5, min 1)
  --startup-runs N   runs of the start-up case (default 7, min 5 unless --quick)
  --max-steal PCT    measure a run again when the hypervisor took more than PCT% of the CPU time
                     during it ("steal" in /proc/stat; default 3, 100 never)
  --retakes N        at most N more measurements of such a run (default 2, 0 never)
  --quick            smaller sizes: 128 MiB large, 100 small files, 64 MiB / 256 MiB memory
  --only LIST        cases to run, comma-separated: ${CASE_NAMES.join(',')} (default all)
  --tmp DIR          where the temporary data and the server's store go (default /dev/shm when it
                     has room, else ${tmpdir()})
  --out DIR          where results.{md,svg,json} go (default bench/; --quick: results-quick.*)
  --tus-upload FILE  the tus-upload bundle (default dist/tus-upload/index.js)
  --action FILE      the Action bundle (default dist/index.js)
  --measure M        gnu-time or preload (default: gnu-time when /usr/bin/time is GNU time)
  --keep-extra-ca-certs
                     keep NODE_EXTRA_CA_CERTS in the contenders' environment (default: removed;
                     when set, Node 20 parses its whole CA store at every start, about 90 ms here,
                     for uploads that are plain http on loopback)
  --report FILE      run nothing: write the report again from a results.json (after a change to
                     the report or the targets), to --out
  -h, --help         this help
`

function percentage(text, name) {
  const n = Number(text)
  if (text.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new Error(`${name}: expected a percentage from 0 to 100, got ${text}`)
  return n / 100
}

function count(text, name, min) {
  const n = Number(text)
  if (text.trim() === '' || !Number.isInteger(n) || n < min || n > 1000) throw new Error(`${name}: expected a whole number from ${min} to 1000, got ${text}`)
  return n
}

/** Parsed options, with sizes for the chosen mode. Throws on a usage error. */
export function parseOptions(argv, root) {
  const { values } = parseArgs({
    args: argv,
    options: {
      runs: { type: 'string', default: '5' },
      'startup-runs': { type: 'string' },
      'max-steal': { type: 'string', default: '3' },
      retakes: { type: 'string', default: '2' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string', default: CASE_NAMES.join(',') },
      tmp: { type: 'string' },
      out: { type: 'string' },
      'tus-upload': { type: 'string', default: 'dist/tus-upload/index.js' },
      action: { type: 'string', default: 'dist/index.js' },
      measure: { type: 'string' },
      'keep-extra-ca-certs': { type: 'boolean', default: false },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) return { help: HELP }
  const only = values.only.split(',').map(s => s.trim()).filter(Boolean)
  const unknown = only.filter(name => !CASE_NAMES.includes(name))
  if (unknown.length > 0) throw new Error(`--only: unknown case ${unknown.join(', ')}; choose from ${CASE_NAMES.join(', ')}`)
  if (values.measure !== undefined && !['gnu-time', 'preload'].includes(values.measure)) throw new Error('--measure: gnu-time or preload')
  const quick = values.quick
  return {
    runs: count(values.runs, '--runs', 1),
    startupRuns: count(values['startup-runs'] ?? '7', '--startup-runs', quick ? 1 : 5),
    maxSteal: percentage(values['max-steal'], '--max-steal'),
    retakes: count(values.retakes, '--retakes', 0),
    quick,
    only: CASE_NAMES.filter(name => only.includes(name)),
    tmp: values.tmp === undefined ? undefined : resolve(values.tmp),
    out: resolve(root, values.out ?? 'bench'),
    outName: quick ? 'results-quick' : 'results',
    tusUpload: resolve(root, values['tus-upload']),
    action: resolve(root, values.action),
    measure: values.measure,
    keepExtraCaCerts: values['keep-extra-ca-certs'],
    report: values.report === undefined ? undefined : resolve(values.report),
    sizes: quick
      ? { large: 128 * MiB, smallCount: 100, small: 64 * KiB, memory: [64 * MiB, 256 * MiB], startup: KiB }
      : { large: GiB, smallCount: 500, small: 64 * KiB, memory: [256 * MiB, 2 * GiB], startup: KiB }
  }
}
