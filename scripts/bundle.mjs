// Type-checking is `npm run typecheck`'s job, so ncc only transpiles.
// Bundles the Action and the two tools into dist/, each a single ESM file that runs with plain node.
//
// ncc's programmatic API; the files are those `ncc build ENTRY -o DIR --license licenses.txt`
// writes (index.js, licenses.txt, package.json {"type":"module"}), with one difference: modules
// that are imported at start-up but never used are replaced by the stubs in scripts/stubs/,
// bundled into each file (the stubs throw if ever called):
// - undici: @actions/http-client imports its ProxyAgent at the top, for fetch dispatchers only
//   (~100 ms and ~14 MiB at every start);
// - @actions/exec: @actions/core imports it at the top, for platform.getDetails() only.
// And one is deferred: `tunnel`, which @actions/http-client imports at the top but calls only to
// make a proxy agent, is bundled behind a wrapper that loads it on first use (with `assert`).
// ncc has no alias option, but it resolves through tsconfig `paths`, read from the file named by
// TS_NODE_PROJECT: the mapping lives in scripts/bundle.tsconfig.json (ncc's ts-loader still
// compiles with ./tsconfig.json).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ncc from '@vercel/ncc'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const entries = [
  ['src/index.ts', 'dist'],
  ['src/cli/tus-upload.ts', 'dist/tus-upload'],
  ['src/cli/tus-metadata.ts', 'dist/tus-metadata']
]
// Text found in a bundle only if the real module got in (ncc ignores a tsconfig it cannot read
// without a word, and would then bundle the real thing).
const STUBBED = [
  ['undici', 'undici:client:'],
  ['@actions/exec', 'class ToolRunner']
]
// Text found in a bundle only if the deferring wrapper got in.
const DEFERRED = [
  ['tunnel', 'load().httpsOverHttp(options)']
]
const SHEBANG = /^#![^\n\r]*[\r\n]/

process.chdir(root)
process.env.TS_NODE_PROJECT = join(root, 'scripts/bundle.tsconfig.json')
// All three are built in memory first, so that dist/ is gone only for the moment of writing.
const builds = []
for (const [entry, out] of entries) {
  // No build cache: a resolution cached by an earlier build (without the stubs) must not survive.
  const { code, assets, symlinks } = await ncc(join(root, entry), {
    transpileOnly: true, license: 'licenses.txt', quiet: true, cache: false
  })
  for (const [name, mark] of STUBBED) {
    if (code.includes(mark)) throw new Error(`${entry}: the real ${name} was bundled, not its stub (see scripts/bundle.tsconfig.json)`)
  }
  for (const [name, mark] of DEFERRED) {
    if (!code.includes(mark)) throw new Error(`${entry}: ${name} was bundled without its wrapper (see scripts/bundle.tsconfig.json)`)
  }
  if (symlinks && Object.keys(symlinks).length > 0) throw new Error(`${entry}: ncc returned symlinks, which this script does not write`)
  builds.push({ out, code, assets })
}
rmSync('dist', { recursive: true, force: true })
for (const { out, code, assets } of builds) {
  mkdirSync(out, { recursive: true })
  // Modes as the ncc CLI sets them: executable when the entry starts with a shebang.
  writeFileSync(join(out, 'index.js'), code, { mode: SHEBANG.test(code) ? 0o777 : 0o666 })
  for (const name of Object.keys(assets).sort()) {
    const file = join(out, name)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, assets[name].source, { mode: assets[name].permissions })
  }
}
