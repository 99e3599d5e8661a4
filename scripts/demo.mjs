// `npm run demo`: the Action (dist/index.js) run exactly as the runner runs it, against an
// embedded tus server on 127.0.0.1; prints the step outputs and the job summary, then cleans up.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Server } from '@tus/server'
import { FileStore } from '@tus/file-store'

const root = await mkdtemp(join(tmpdir(), 'tus-demo-'))
const store = join(root, 'store')
const workspace = join(root, 'workspace')
const tus = new Server({ path: '/files', datastore: new FileStore({ directory: store }) })
const http = createServer((req, res) => tus.handle(req, res))
await new Promise(done => http.listen(0, '127.0.0.1', done))
const endpoint = `http://127.0.0.1:${http.address().port}/files/`

try {
  await mkdir(join(workspace, 'build/docs'), { recursive: true })
  await writeFile(join(workspace, 'build/app.tar.gz'), randomBytes(3 * 1024 * 1024))
  await writeFile(join(workspace, 'build/checksums.txt'), 'demo checksums\n')
  await writeFile(join(workspace, 'build/docs/index.html'), '<h1>demo</h1>\n')
  await writeFile(join(workspace, 'build/debug.log'), 'excluded by the glob\n')
  const outputFile = join(root, 'github_output')
  const summaryFile = join(root, 'step_summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')

  const inputs = { endpoint, glob: 'build/**\n!build/*.log', metadata: 'commit=0123abc\nbuild=demo', 'chunk-size': '1MiB' }
  console.log(`tus server: ${endpoint} (storing in ${store})`)
  console.log(`inputs: ${JSON.stringify(inputs)}\n`)
  const env = { ...process.env, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const code = await new Promise(done => {
    spawn(process.execPath, [resolve('dist/index.js')], { cwd: workspace, env, stdio: 'inherit' }).on('close', done)
  })

  console.log('\n--- step outputs (GITHUB_OUTPUT) ---')
  console.log(await readFile(outputFile, 'utf8'))
  console.log('--- job summary (GITHUB_STEP_SUMMARY) ---')
  console.log(await readFile(summaryFile, 'utf8'))
  process.exitCode = code
} finally {
  await new Promise(done => http.close(done))
  await rm(root, { recursive: true, force: true })
}
