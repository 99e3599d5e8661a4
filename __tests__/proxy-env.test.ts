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
import { makeSelfSignedCert, type SelfSignedCert } from './helpers/tls.js'
import { makeFile, makeTempDir, pseudoRandomBytes, sha256, sha256Buffer, startTusServer, type TusServer } from './helpers/tusServer.js'

const run = promisify(execFile)
const DIST = process.env.TUS_CLI_DIST ?? resolve(import.meta.dirname, '..', 'dist')
const TUS_UPLOAD = join(DIST, 'tus-upload/index.js')

let server: TusServer
let tlsServer: TusServer
let cert: SelfSignedCert
let proxy: http.Server
const tunnels: string[] = []
const tunnelSockets = new Set<net.Socket>()

beforeAll(async () => {
  server = await startTusServer()
  cert = makeSelfSignedCert(['tus.invalid'])
  tlsServer = await startTusServer({ tls: cert })
  const serverPort = Number(new URL(server.url).port)
  proxy = http.createServer((_req, res) => res.writeHead(405).end())
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    tunnels.push(req.url ?? '')
    // A tunnel is no longer the server's connection: closeAllConnections() would not end it.
    tunnelSockets.add(client)
    client.on('close', () => tunnelSockets.delete(client))
    // tus.invalid:1443 is the https server (below), any other name the http one.
    const port = req.url?.endsWith(':1443') ? Number(new URL(tlsServer.url).port) : serverPort
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  process.env.http_proxy = await listenOnLoopback(proxy)
  process.env.https_proxy = process.env.http_proxy
})

afterAll(async () => {
  delete process.env.http_proxy
  delete process.env.https_proxy
  for (const socket of tunnelSockets) socket.destroy()
  await closeOnce(proxy)()
  await server.close()
  await tlsServer.close()
  cert.cleanup()
})

test('the CA and insecure settings hold for https through the proxy tunnel', async () => {
  const bytes = pseudoRandomBytes(200_000, 'tls-proxy')
  tunnels.length = 0
  const trusted = await tus.upload('https://tus.invalid:1443/files/', bytes, { tls: { ca: cert.cert }, retry: { retries: 0 } })
  expect(sha256Buffer(await tlsServer.storedBytes(trusted))).toBe(sha256Buffer(bytes))
  expect(tunnels).toContain('tus.invalid:1443')
  const other = makeSelfSignedCert(['tus.invalid'])
  try {
    // Another CA's certificate: refused, as without a proxy.
    await expect(tus.upload('https://tus.invalid:1443/files/', bytes, { tls: { ca: other.cert }, retry: { retries: 0 } })).rejects.toThrow(/certificate/)
  } finally {
    other.cleanup()
  }
  const unverified = await tus.upload('https://tus.invalid:1443/files/', bytes, { tls: { insecure: true }, retry: { retries: 0 } })
  expect(sha256Buffer(await tlsServer.storedBytes(unverified))).toBe(sha256Buffer(bytes))
})

test('one client tunnels each scheme as itself: an http upload after an https one is not sent through TLS, nor the reverse', async () => {
  const httpClient = tus.createHttpClient()
  try {
    const bytes = pseudoRandomBytes(100_000, 'mixed-proxy')
    const secure = await tus.upload('https://tus.invalid:1443/files/', bytes, { httpClient, tls: { ca: cert.cert }, retry: { retries: 0 } })
    const plain = await tus.upload('http://tus.invalid:1080/files/', bytes, { httpClient, retry: { retries: 0 } })
    expect(sha256Buffer(await tlsServer.storedBytes(secure))).toBe(sha256Buffer(bytes))
    expect(sha256Buffer(await server.storedBytes(plain))).toBe(sha256Buffer(bytes))
  } finally {
    httpClient.dispose()
  }
})

test('an upload goes through the http_proxy tunnel, creation and data alike', async () => {
  tunnels.length = 0
  server.resetRequests()
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
