// Type-checking is `npm run typecheck`'s job, so ncc only transpiles.
// Bundles the Action and the two tools into dist/, each a single ESM file that runs with plain node.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'

const entries = [
  ['src/index.ts', 'dist'],
  ['src/cli/tus-upload.ts', 'dist/tus-upload'],
  ['src/cli/tus-metadata.ts', 'dist/tus-metadata']
]

rmSync('dist', { recursive: true, force: true })
for (const [entry, out] of entries) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--transpile-only', '--quiet'], { stdio: 'inherit' })
}
