/**
 * Proves the shared test helpers work, with plain node:http requests (not the client under test).
 */
import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import {
  HTML_PAGE,
  makeFile,
  makeSelfSignedCert,
  makeTempDir,
  pseudoRandomBytes,
  rawRequest,
  sha256,
  sha256Buffer,
  startFaultProxy,
  startHtmlServer,
  startTusServer,
  tusCreate,
  tusHead,
  tusPatch,
  uploadIdFromUrl,
  TUS_HEADERS,
  type FaultProxy,
  type SelfSignedCert,
  type TempDir,
  type TusServer
} from './helpers/index.js'

const KiB = 1024

describe('files', () => {
  let tmp: TempDir
  beforeAll(async () => { tmp = await makeTempDir() })
  afterAll(async () => { await tmp.cleanup() })

  test('makeFile streams deterministic pseudo-random content and reports its sha256', async () => {
    const size = 3 * 1024 * KiB + 123 // not a multiple of the 1 MiB chunk
    const a = await makeFile(tmp.dir, size, 'seed-a')
    const again = await makeFile(tmp.dir, size, 'seed-a', 'again.bin')
    const b = await makeFile(tmp.dir, size, 'seed-b')
    expect((await stat(a.path)).size).toBe(size)
    expect(a.size).toBe(size)
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(await sha256(a.path)).toBe(a.sha256)
    expect(again.sha256).toBe(a.sha256)
    expect(b.sha256).not.toBe(a.sha256)
    // The in-memory generator gives the same bytes.
    expect(sha256Buffer(pseudoRandomBytes(size, 'seed-a'))).toBe(a.sha256)
    expect(await sha256(pseudoRandomBytes(size, 'seed-a'))).toBe(a.sha256)
  })

  test('makeFile handles an empty file', async () => {
    const empty = await makeFile(tmp.dir, 0)
    expect((await stat(empty.path)).size).toBe(0)
    expect(empty.sha256).toBe(sha256Buffer(Buffer.alloc(0)))
  })
})

describe('startTusServer', () => {
  let server: TusServer
  beforeAll(async () => { server = await startTusServer({ maxSize: 1024 * KiB }) })
  afterAll(async () => { await server.close() })
  beforeEach(() => server.resetRequests())

  test('OPTIONS lists version, extensions and max size', async () => {
    const res = await rawRequest(server.endpoint, { method: 'OPTIONS' })
    expect(res.status).toBe(204)
    expect(res.headers['tus-version']).toBe('1.0.0')
    expect(res.headers['tus-extension']).toBe('creation,creation-with-upload,creation-defer-length,termination,expiration')
    expect(res.headers['tus-max-size']).toBe(String(1024 * KiB))
    expect(server.requests).toMatchObject([{ method: 'OPTIONS', path: '/files/', status: 204 }])
  })

  test('create + PATCH stores the bytes; the request log records headers and answers', async () => {
    const data = pseudoRandomBytes(100 * KiB, 'upload')
    const created = await tusCreate(server.endpoint, data.length, { headers: { 'User-Agent': 'helpers-test', Authorization: 'Bearer x' } })
    expect(created.location.startsWith(`${server.endpoint}`)).toBe(true) // absolute Location
    const id = uploadIdFromUrl(created.location)
    expect(server.uploadIds()).toContain(id)
    expect(server.storedInfo(id)).toMatchObject({ id, size: data.length })

    const first = await tusPatch(created.location, 0, data.subarray(0, 40 * KiB))
    expect(first.status).toBe(204)
    expect(first.headers['upload-offset']).toBe(String(40 * KiB))
    expect(server.storedOffset(created.location)).toBe(40 * KiB)
    const second = await tusPatch(created.location, 40 * KiB, data.subarray(40 * KiB))
    expect(second.headers['upload-offset']).toBe(String(data.length))

    expect((await server.storedBytes(created.location)).equals(data)).toBe(true)
    expect(await sha256(server.storedPath(id))).toBe(sha256Buffer(data))
    const head = await tusHead(created.location)
    expect([head.offset, head.length]).toEqual([data.length, data.length])

    const [post, patch1, patch2] = server.requests
    expect(post).toMatchObject({
      method: 'POST', path: '/files/', status: 201, finished: true,
      uploadLength: String(data.length), tusResumable: '1.0.0', userAgent: 'helpers-test', authorization: 'Bearer x'
    })
    expect(post.responseHeaders.location).toBe(created.location)
    expect(post.headers['upload-length']).toBe(String(data.length))
    expect(patch1).toMatchObject({ method: 'PATCH', path: `/files/${id}`, uploadOffset: '0', contentLength: String(40 * KiB), status: 204 })
    expect(patch1.responseHeaders['upload-offset']).toBe(String(40 * KiB))
    expect(patch2).toMatchObject({ uploadOffset: String(40 * KiB), status: 204 })
  })

  test('an Upload-Length above maxSize is refused with 413', async () => {
    const res = await rawRequest(server.endpoint, { method: 'POST', headers: { ...TUS_HEADERS, 'Upload-Length': String(1024 * KiB + 1) } })
    expect(res.status).toBe(413)
  })

  test('deferred length: a zero-length PATCH with Upload-Length declares the size', async () => {
    const created = await tusCreate(server.endpoint, undefined)
    expect(server.storedInfo(created.location).size).toBeUndefined()
    const head0 = await tusHead(created.location)
    expect(head0.headers['upload-defer-length']).toBe('1')
    expect((await tusPatch(created.location, 0, Buffer.from('hello'))).headers['upload-offset']).toBe('5')
    const declare = await tusPatch(created.location, 5, Buffer.alloc(0), { headers: { 'Upload-Length': '5' } })
    expect(declare.status).toBe(204)
    expect(declare.headers['upload-offset']).toBe('5')
    const head = await tusHead(created.location)
    expect([head.offset, head.length]).toEqual([5, 5])
    expect(head.headers['upload-defer-length']).toBeUndefined()
    expect((await server.storedBytes(created.location)).toString()).toBe('hello')
  })

  test('requests outside the mount path get 404 (bare @tus/server would accept them)', async () => {
    const res = await rawRequest(`${server.url}/elsewhere/`, { method: 'POST', headers: { ...TUS_HEADERS, 'Upload-Length': '3' } })
    expect(res.status).toBe(404)
  })

  test('options: relativeLocation, path, namingFunction, expirationMs, onRequest; close() removes the directory', async () => {
    let n = 0
    const other = await startTusServer({
      relativeLocation: true,
      path: '/uploads',
      namingFunction: () => `named-${++n}`,
      expirationMs: 60_000,
      onRequest: (req, res) => {
        if (req.headers.authorization === 'wrong') {
          res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end()
          return true
        }
      }
    })
    try {
      expect(other.endpoint).toBe(`${other.url}/uploads/`)
      const res = await rawRequest(other.endpoint, { method: 'POST', headers: { ...TUS_HEADERS, 'Upload-Length': '4' } })
      expect(res.status).toBe(201)
      expect(res.headers.location).toBe('/uploads/named-1')
      expect(new Date(String(res.headers['upload-expires'])).getTime()).toBeGreaterThan(Date.now())
      expect(other.uploadIds()).toEqual(['named-1'])
      const denied = await rawRequest(other.endpoint, { method: 'POST', headers: { ...TUS_HEADERS, 'Upload-Length': '4', Authorization: 'wrong' } })
      expect(denied.status).toBe(401)
      expect(other.requests.at(-1)).toMatchObject({ authorization: 'wrong', status: 401, finished: true })
      expect(other.uploadIds()).toEqual(['named-1'])
    } finally {
      await other.close()
    }
    expect(existsSync(other.dir)).toBe(false)
    await other.close() // idempotent
  })
})

describe('startFaultProxy', () => {
  let server: TusServer
  let proxy: FaultProxy
  beforeAll(async () => {
    server = await startTusServer()
    proxy = await startFaultProxy(server.url)
  })
  afterAll(async () => {
    await proxy.close()
    await server.close()
  })
  afterEach(() => {
    proxy.clear()
    proxy.resetRequests()
  })
  const endpoint = (): string => `${proxy.url}/files/`

  test('forwards requests and rewrites Location to the proxy', async () => {
    const data = pseudoRandomBytes(10 * KiB, 'through')
    const created = await tusCreate(endpoint(), data.length)
    expect(created.location.startsWith(`${proxy.url}/files/`)).toBe(true)
    expect(proxy.proxied(server.endpoint)).toBe(endpoint())
    const res = await tusPatch(created.location, 0, data)
    expect(res.headers['upload-offset']).toBe(String(data.length))
    expect((await server.storedBytes(created.location)).equals(data)).toBe(true)
    expect(proxy.requests).toMatchObject([
      { method: 'POST', status: 201, upstreamStatus: 201, fault: undefined },
      { method: 'PATCH', status: 204, bodyBytes: data.length, forwardedBytes: data.length }
    ])
    // The server saw the target's host; the proxy kept the client's headers otherwise.
    expect(server.requests.at(-1)?.headers.host).toBe(new URL(server.url).host)
  })

  test('cutAfter: the server keeps a partial upload, the client gets a socket error', async () => {
    const length = 1024 * KiB
    const cut = 256 * KiB
    const created = await tusCreate(endpoint(), length)
    proxy.cutAfter(cut, { method: 'PATCH' })
    await expect(tusPatch(created.location, 0, pseudoRandomBytes(length, 'cut'))).rejects.toThrow()
    const head = await tusHead(created.location)
    expect(head.status).toBe(200)
    expect(head.offset).toBeGreaterThan(0)
    expect(head.offset).toBeLessThanOrEqual(cut)
    expect(head.length).toBe(length)
    expect((await server.storedBytes(created.location)).equals(pseudoRandomBytes(length, 'cut').subarray(0, head.offset))).toBe(true)
    expect(proxy.requests.find(r => r.method === 'PATCH')).toMatchObject({ fault: 'cut', forwardedBytes: cut, status: undefined })
    expect(proxy.pending()).toBe(0)
  })

  test('cutAfter stays armed until a body reaches the cut point', async () => {
    const created = await tusCreate(endpoint(), 100)
    proxy.cutAfter(50)
    expect((await tusHead(created.location)).status).toBe(200) // no body: passes
    expect((await tusPatch(created.location, 0, Buffer.alloc(10))).status).toBe(204) // too short: passes
    expect(proxy.pending()).toBe(1)
    await expect(tusPatch(created.location, 10, Buffer.alloc(90))).rejects.toThrow()
    expect(proxy.pending()).toBe(0)
  })

  test('respondWith answers locally, `times` times, without reaching the server', async () => {
    const created = await tusCreate(endpoint(), 10)
    server.resetRequests()
    proxy.resetRequests()
    proxy.respondWith(503, { times: 2, headers: { 'Retry-After': '1' } })
    for (let i = 0; i < 2; i++) {
      const res = await tusPatch(created.location, 0, Buffer.alloc(10))
      expect(res.status).toBe(503)
      expect(res.headers['retry-after']).toBe('1')
    }
    expect(server.requests).toHaveLength(0)
    expect((await tusHead(created.location)).offset).toBe(0) // third request goes through
    expect(proxy.requests.map(r => [r.fault, r.status, r.bodyBytes])).toEqual([['respond', 503, 10], ['respond', 503, 10], [undefined, 200, 0]])
  })

  test('swallowResponse: the server stores the data, the client hears nothing', async () => {
    const data = pseudoRandomBytes(20 * KiB, 'swallow')
    const created = await tusCreate(endpoint(), data.length)
    proxy.swallowResponse({ method: 'PATCH' })
    await expect(tusPatch(created.location, 0, data)).rejects.toThrow(/socket hang up|ECONNRESET/)
    expect((await server.storedBytes(created.location)).equals(data)).toBe(true)
    expect(server.requests.at(-1)).toMatchObject({ method: 'PATCH', status: 204 })
    expect((await tusHead(created.location)).offset).toBe(data.length)
  })

  test('rewriteResponseHeaders: remove Location, or change headers with a function', async () => {
    proxy.rewriteResponseHeaders({ Location: null }, { method: 'POST' })
    const res = await rawRequest(endpoint(), { method: 'POST', headers: { ...TUS_HEADERS, 'Upload-Length': '5' } })
    expect(res.status).toBe(201)
    expect(res.headers.location).toBeUndefined()

    const created = await tusCreate(endpoint(), 5)
    proxy.rewriteResponseHeaders(h => ({ ...h, 'upload-offset': '99', 'upload-metadata': 'key !!!' }), { method: 'HEAD' })
    const head = await tusHead(created.location)
    expect(head.offset).toBe(99)
    expect(head.headers['upload-metadata']).toBe('key !!!')
    expect((await tusHead(created.location)).offset).toBe(0) // used up
  })

  test('delay forwards the answer unchanged', async () => {
    proxy.delay(50, { method: 'OPTIONS' })
    const res = await rawRequest(endpoint(), { method: 'OPTIONS' })
    expect(res.status).toBe(204)
    expect(proxy.requests[0]).toMatchObject({ fault: 'delay', status: 204 })
  })

  test('stall: no answer, then the connection is destroyed; the server keeps what arrived', async () => {
    const created = await tusCreate(endpoint(), 100 * KiB)
    proxy.stall(0.3, { method: 'PATCH', afterBytes: 1000 })
    await expect(tusPatch(created.location, 0, pseudoRandomBytes(100 * KiB, 'stall'))).rejects.toThrow()
    const head = await tusHead(created.location)
    expect(head.offset).toBeLessThanOrEqual(1000)
    expect(proxy.requests.find(r => r.method === 'PATCH')).toMatchObject({ fault: 'stall', forwardedBytes: 1000, status: undefined })
  })

  test('closeMidResponse: partial headers on POST (upload created, no Location for the client)', async () => {
    const before = server.uploadIds().length
    proxy.closeMidResponse({ method: 'POST' })
    await expect(tusCreate(endpoint(), 10)).rejects.toThrow()
    expect(server.uploadIds()).toHaveLength(before + 1)
    expect(proxy.requests[0]).toMatchObject({ fault: 'closeMidResponse', upstreamStatus: 201, status: undefined })
  })

  test('closeMidResponse short-body: headers, then half of the body', async () => {
    // (Not tried on a GET download: cutting @tus/server's streamed response makes Node 20's web
    // streams throw an uncaught "ReadableStream is already closed" in the server, failing the file.)
    // An empty 201 body: the headers promise 16 bytes that never come.
    proxy.closeMidResponse({ method: 'POST', mode: 'short-body' })
    await expect(tusCreate(endpoint(), 10)).rejects.toThrow(/aborted|hang up|ECONNRESET/)
    expect(proxy.requests.at(-1)).toMatchObject({ method: 'POST', status: 201, upstreamStatus: 201 })
  })

  test('a keep-alive client keeps working through faults', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const created = await tusCreate(endpoint(), 20, { agent })
      proxy.respondWith(500)
      expect((await tusPatch(created.location, 0, Buffer.alloc(10), { agent })).status).toBe(500)
      expect((await tusPatch(created.location, 0, Buffer.alloc(10), { agent })).status).toBe(204)
      proxy.cutAfter(5, { method: 'PATCH' })
      await expect(tusPatch(created.location, 10, Buffer.alloc(10), { agent })).rejects.toThrow()
      const head = await tusHead(created.location, { agent })
      expect(head.status).toBe(200)
      expect((await tusPatch(created.location, head.offset ?? 0, Buffer.alloc(20 - (head.offset ?? 0)), { agent })).status).toBe(204)
      expect(server.storedOffset(created.location)).toBe(20)
    } finally {
      agent.destroy()
    }
  })

  test('startHtmlServer answers 200 with an HTML page to anything', async () => {
    const html = await startHtmlServer()
    try {
      const res = await rawRequest(`${html.url}/files/`, { method: 'POST', headers: { ...TUS_HEADERS, 'Upload-Length': '5' }, body: 'abc' })
      expect(res.status).toBe(200)
      expect(res.headers['content-type']).toMatch(/text\/html/)
      expect(res.body.toString()).toBe(HTML_PAGE)
      expect(html.requests).toMatchObject([{ method: 'POST', path: '/files/' }])
    } finally {
      await html.close()
    }
  })
})

describe('tls', () => {
  let cert: SelfSignedCert
  let server: TusServer
  beforeAll(async () => {
    cert = makeSelfSignedCert()
    server = await startTusServer({ tls: { key: cert.key, cert: cert.cert } })
  })
  afterAll(async () => {
    await server.close()
    cert.cleanup()
  })

  test('https server works with the cert as CA, with https Locations', async () => {
    expect(server.endpoint.startsWith('https://127.0.0.1:')).toBe(true)
    expect(existsSync(cert.certPath)).toBe(true)
    const created = await tusCreate(server.endpoint, 3, { ca: cert.cert })
    expect(created.location.startsWith(`${server.endpoint}`)).toBe(true)
    expect((await tusPatch(created.location, 0, Buffer.from('abc'), { ca: cert.cert })).status).toBe(204)
    expect((await server.storedBytes(created.location)).toString()).toBe('abc')
    // The SAN also covers localhost.
    const viaName = server.endpoint.replace('127.0.0.1', 'localhost')
    expect((await rawRequest(viaName, { method: 'OPTIONS', ca: cert.cert })).status).toBe(204)
  })

  test('https server is refused without the CA', async () => {
    await expect(rawRequest(server.endpoint, { method: 'OPTIONS' })).rejects.toMatchObject({
      code: expect.stringMatching(/SELF_SIGNED|UNABLE_TO_VERIFY/)
    })
  })

  test('the fault proxy can front an https server', async () => {
    const proxy = await startFaultProxy(server.url)
    try {
      const created = await tusCreate(`${proxy.url}/files/`, 2)
      expect(created.location.startsWith(`${proxy.url}/files/`)).toBe(true)
      expect((await tusPatch(created.location, 0, Buffer.from('ok'))).status).toBe(204)
    } finally {
      await proxy.close()
    }
  })
})
