/**
 * http_proxy / https_proxy are honored through @actions/http-client's tunnel agent. The target
 * is a name that is never resolved here (the proxy connects it to the local tus server), so all
 * traffic stays on 127.0.0.1. (http-client never proxies loopback names, hence the name.)
 */
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import http from 'node:http'
import net from 'node:net'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import * as tus from '../src/tus/index.js'
import { closeOnce, listenOnLoopback } from './helpers/listen.js'
import { makeFile, makeTempDir, pseudoRandomBytes, sha256, sha256Buffer, startTusServer, type TusServer } from './helpers/tusServer.js'

const run = promisify(execFile)
const DIST = process.env.TUS_CLI_DIST ?? resolve(import.meta.dirname, '..', 'dist')
const TUS_UPLOAD = join(DIST, 'tus-upload/index.js')

let server: TusServer
let proxy: http.Server
const tunnels: string[] = []

beforeAll(async () => {
  server = await startTusServer()
  const serverPort = Number(new URL(server.url).port)
  proxy = http.createServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    const upstream = net.connect(serverPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  process.env.http_proxy = await listenOnLoopback(proxy)
})

afterAll(async () => {
  delete process.env.http_proxy
  await closeOnce(proxy)()
  await server.close()
})

test('an upload goes through the http_proxy tunnel, creation and data alike', async () => {
  const bytes = pseudoRandomBytes(6_000_000, 'proxy')
  const location = await tus.upload('http://tus.invalid:1080/files/', bytes, { retry: { retries: 0 } })
  expect(location).toMatch(/^http:\/\/tus\.invalid:1080\/files\/[0-9a-f]+$/)
  expect(sha256Buffer(await server.storedBytes(location))).toBe(sha256Buffer(bytes))
  expect(tunnels.length).toBeGreaterThan(0)
  expect(new Set(tunnels)).toEqual(new Set(['tus.invalid:1080']))
  expect(server.requests.map(r => r.method)).toEqual(['OPTIONS', 'POST', 'PATCH'])
})

// The bundles load `tunnel` (and the `assert` it requires) only when a proxy agent is first made
// (scripts/stubs/tunnel.cjs): the proxy path must still work there, and the start must not load it.
test('the bundled tus-upload goes through the tunnel too', async () => {
  const tmp = await makeTempDir('tus-proxy-bundle-')
  try {
    const file = await makeFile(tmp.dir, 3_000_000, 'proxy-bundle')
    tunnels.length = 0
    const { stdout } = await run(process.execPath, [TUS_UPLOAD, '--quiet', 'http://tus.invalid:1080/files/', file.path], {
      env: { ...process.env, http_proxy: process.env.http_proxy }
    })
    const location = stdout.trim()
    expect(location).toMatch(/^http:\/\/tus\.invalid:1080\/files\/[0-9a-f]+$/)
    expect(await sha256(server.storedPath(location))).toBe(file.sha256)
    expect(new Set(tunnels)).toEqual(new Set(['tus.invalid:1080']))
  } finally {
    await tmp.cleanup()
  }
})

test('the bundled tus-upload does not load the proxy tunnel at start', async () => {
  const tmp = await makeTempDir('tus-proxy-bundle-')
  try {
    const preload = join(tmp.dir, 'loaded.cjs')
    await writeFile(preload, "process.on('exit', () => process.stderr.write('LOADED ' + process.moduleLoadList.join(',') + '\\n'))\n")
    const env = { ...process.env }
    delete env.http_proxy
    const { stderr } = await run(process.execPath, ['--require', preload, TUS_UPLOAD, '--version'], { env })
    const loaded = /^LOADED (.*)$/m.exec(stderr)?.[1].split(',') ?? []
    expect(loaded).toContain('NativeModule http')
    expect(loaded).not.toContain('NativeModule assert')
  } finally {
    await tmp.cleanup()
  }
})
