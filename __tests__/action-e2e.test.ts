/** The bundled Action (dist/index.js) run as the runner runs it, against a real tus server. */
import { appendFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { makeFile, makeTempDir, sha256Buffer, startTusServer, type TempDir, type TusServer } from './helpers/tusServer.js'
import { startFaultProxy, type FaultProxy } from './helpers/faultProxy.js'
import { runBundledAction } from './helpers/runner.js'

let server: TusServer
let proxy: FaultProxy
let workspace: TempDir

beforeAll(async () => {
  server = await startTusServer()
  proxy = await startFaultProxy(server.url)
  workspace = await makeTempDir('tus-workspace-')
  await mkdir(join(workspace.dir, 'out/sub'), { recursive: true })
  await makeFile(join(workspace.dir, 'out'), 100_000, 'b', 'b.bin')
  await makeFile(join(workspace.dir, 'out'), 10, 'a', 'a.txt')
  await makeFile(join(workspace.dir, 'out/sub'), 5_000_000, 'c', 'c.tar.gz')
  await writeFile(join(workspace.dir, 'out/skip.log'), 'no')
})
afterAll(async () => {
  await proxy.close()
  await server.close()
  await workspace.cleanup()
})

describe('node dist/index.js', () => {
  test('uploads the matched files and hands locations and read-back metadata to later steps', async () => {
    const run = await runBundledAction({
      cwd: workspace.dir,
      inputs: { endpoint: server.endpoint, glob: 'out\n!out/*.log', metadata: 'team=core\nflag', retries: '2', 'insecure-ssl': 'false' }
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const locations = JSON.parse(run.outputs.locations) as string[]
    expect(locations).toHaveLength(3)
    expect(run.outputs.location).toBe(locations[0])
    const uploads = JSON.parse(run.outputs.uploads) as Array<{ path: string; location: string; size: number; sha256: string; metadata: Record<string, string | null> }>
    expect(uploads.map(u => u.path)).toEqual(['out/a.txt', 'out/b.bin', 'out/sub/c.tar.gz'])
    expect(uploads.map(u => u.location)).toEqual(locations)
    for (const upload of uploads) {
      expect(sha256Buffer(await server.storedBytes(upload.location))).toBe(upload.sha256)
    }
    const metadata = JSON.parse(run.outputs.metadata) as Record<string, Record<string, string | null>>
    expect(metadata[locations[2]]).toEqual({ filename: 'c.tar.gz', filetype: 'application/gzip', relativePath: 'out/sub/c.tar.gz', team: 'core', flag: null })
    expect(uploads[0].metadata).toEqual(metadata[locations[0]])
    expect(run.summary).toMatch(/<table>|\|/)
    expect(run.summary).toContain('out/sub/c.tar.gz')
    expect(run.summary).toContain(locations[2])
  })

  test('bad input fails the step before any upload, naming the input, without a stack trace', async () => {
    server.resetRequests()
    const run = await runBundledAction({ cwd: workspace.dir, inputs: { endpoint: 'ftp://example.com/files', glob: 'out' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Input 'endpoint'.*ftp.*use an http:\/\/ or https:\/\/ URL/)
    expect(run.stdout).not.toMatch(/\n\s+at /)
    expect(server.requests).toHaveLength(0)
  })

  test('nothing matched fails by default and passes with if-no-files-found: ignore', async () => {
    const failed = await runBundledAction({ cwd: workspace.dir, inputs: { endpoint: server.endpoint, glob: 'nothing/**' } })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/::error.*nothing\/\*\*/)
    const ignored = await runBundledAction({ cwd: workspace.dir, inputs: { endpoint: server.endpoint, glob: 'nothing/**', 'if-no-files-found': 'ignore' } })
    expect(ignored.code).toBe(0)
    expect(JSON.parse(ignored.outputs.locations)).toEqual([])
  })

  test('secrets never reach the log, even with debug logging on', async () => {
    const secret = 'Bearer s3cr3t-T0KEN-value'
    const password = 'pa55-w0rd-XYZ'
    const endpoint = `${proxy.url.replace('http://', `http://user:${password}@`)}/files/`
    proxy.respondWith(503, { method: 'PATCH' })
    const run = await runBundledAction({
      cwd: workspace.dir,
      env: { RUNNER_DEBUG: '1' },
      inputs: { endpoint, glob: 'out/sub/c.tar.gz', headers: `Authorization: ${secret}\nX-Other: other-secret-42`, 'retry-delay': '0.01' }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::debug::/)
    expect(run.stdout).toMatch(/503/)
    const log = (run.stdout + run.stderr).split('\n').filter(line => !line.startsWith('::add-mask::'))
    for (const value of [secret, 's3cr3t-T0KEN-value', password, 'other-secret-42']) {
      expect(log.filter(line => line.includes(value))).toEqual([])
    }
    for (const value of [secret, password, 'other-secret-42']) expect(run.stdout).toContain(`::add-mask::${value}`)
    expect(JSON.stringify(run.outputs)).not.toContain(password)
  })

  test('one failing file: the others finish, outputs list the successes, one error per failure', async () => {
    proxy.clear()
    proxy.respondWith(403, { method: 'POST', times: 1, path: /.*/ })
    const run = await runBundledAction({
      cwd: workspace.dir,
      inputs: { endpoint: `${proxy.url}/files/`, glob: 'out/sub/c.tar.gz\nout/b.bin', concurrency: '1' }
    })
    expect(run.code).toBe(1)
    const uploads = JSON.parse(run.outputs.uploads) as Array<{ path: string }>
    expect(uploads.map(u => u.path)).toEqual(['out/sub/c.tar.gz'])
    const errors = run.stdout.split('\n').filter(line => line.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/out\/b\.bin.*403/)
  })

  test('every retry of a file is counted: the OPTIONS it waited on, its read-back, and those of a failed file', async () => {
    proxy.clear()
    proxy.respondWith(503, { method: 'OPTIONS', times: 2 })
    proxy.respondWith(503, { method: 'HEAD', times: 2 })
    const passed = await runBundledAction({
      cwd: workspace.dir,
      inputs: { endpoint: `${proxy.url}/files/`, glob: 'out/b.bin', 'retry-delay': '0.01' }
    })
    expect(passed.code).toBe(0)
    expect(passed.stdout).toContain('Retries: 4, requests: 4') // 3 OPTIONS and a POST; the 3 HEADs are the read-back's
    expect(passed.stdout).toMatch(/Uploaded 1 of 1 file, .*, 4 retries/)
    expect(passed.summary).toContain('<b>4</b>')

    proxy.respondWith(500, { method: 'POST', times: 3 })
    const failed = await runBundledAction({
      cwd: workspace.dir,
      inputs: { endpoint: `${proxy.url}/files/`, glob: 'out/b.bin', retries: '2', 'retry-delay': '0.01' }
    })
    expect(failed.code).toBe(1)
    expect(failed.stdout).toMatch(/Uploaded 0 of 1 file \(1 failed\), .*, 2 retries/)
  })

  test('a file written to during its upload: a warning, and a sha256 output of the bytes the server stored', async () => {
    proxy.clear()
    proxy.resetRequests()
    const file = await makeFile(join(workspace.dir, 'out'), 5 * 1024 * 1024, 'grow', 'grow.log')
    proxy.throttle(10 * 1024 * 1024, { method: 'PATCH' })
    const run = await runBundledAction({
      cwd: workspace.dir,
      inputs: { endpoint: `${proxy.url}/files/`, glob: 'out/grow.log' },
      onSpawn: child => {
        const poll = setInterval(() => {
          if (proxy.requests.some(r => r.method === 'PATCH')) {
            clearInterval(poll)
            appendFileSync(file.path, 'one more line\n')
          }
        }, 20)
        child.on('close', () => clearInterval(poll))
      }
    })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/::warning::out\/grow\.log: the file changed during the upload \(5242880 bytes when found, 5242880 uploaded, 5242894 now\)/)
    const [upload] = JSON.parse(run.outputs.uploads) as Array<{ location: string; sha256: string }>
    expect(upload.sha256).toBe(file.sha256)
    expect(sha256Buffer(await server.storedBytes(upload.location))).toBe(upload.sha256)
  })

  test('cancellation (SIGINT) stops cleanly and names the unfinished upload URL and offset', async () => {
    proxy.clear()
    proxy.resetRequests()
    await makeFile(join(workspace.dir, 'out'), 64 * 1024 * 1024, 'big', 'big.bin')
    proxy.stall(30, { method: 'PATCH', afterBytes: 1_000_000 })
    const run = await runBundledAction({
      cwd: workspace.dir,
      inputs: { endpoint: `${proxy.url}/files/`, glob: 'out/big.bin' },
      onSpawn: child => {
        const poll = setInterval(() => {
          if (proxy.requests.some(r => r.method === 'PATCH')) {
            clearInterval(poll)
            setTimeout(() => child.kill('SIGINT'), 200)
          }
        }, 50)
        child.on('close', () => clearInterval(poll))
      }
    })
    expect(run.code).not.toBe(0)
    expect(run.stdout).toMatch(/out\/big\.bin.*http:\/\/127\.0\.0\.1:\d+\/files\/[0-9a-f]+.*offset/)
  })
})
