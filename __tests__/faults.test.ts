/**
 * Faults injected by a real proxy between the client and a real @tus/server: the upload must
 * survive, resume from the server's offset, and fail clearly when it cannot.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { HttpClient } from '@actions/http-client'
import { BearerCredentialHandler } from '@actions/http-client/lib/auth'
import * as tus from '../src/tus/index.js'
import { makeFile, makeTempDir, pseudoRandomBytes, sha256, sha256Buffer, startTusServer, type TempDir, type TusServer } from './helpers/tusServer.js'
import { startFaultProxy, startStaticServer, type FaultProxy } from './helpers/faultProxy.js'

let server: TusServer
let proxy: FaultProxy
let temp: TempDir
let endpoint: string
let warnings: string[]
const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m) }
const quick = () => ({ retry: { retries: 3, delay: 0.01 }, logger })

beforeAll(async () => {
  server = await startTusServer()
  proxy = await startFaultProxy(server.url)
  temp = await makeTempDir()
  endpoint = `${proxy.url}/files/`
})
afterAll(async () => {
  await proxy.close()
  await server.close()
  await temp.cleanup()
})
beforeEach(() => {
  proxy.clear()
  proxy.resetRequests()
  server.resetRequests()
  warnings = []
})

function count(method: string): number {
  return server.requests.filter(r => r.method === method).length
}

describe('cuts', () => {
  test('a 256 MiB upload through 20 cuts finishes byte-identical, as one upload, resending only what was in flight', async () => {
    const size = 256 * 1024 * 1024
    const file = await makeFile(temp.dir, size, 'cuts')
    const before = server.uploadIds().length
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    for (let i = 0; i < 20; i++) proxy.cutAfter(Math.floor(1024 * 1024 + random() * 10 * 1024 * 1024), { method: 'PATCH' })
    const result = await tus.uploadDetailed(endpoint, file.path, { ...quick(), timeout: 20 })
    expect(proxy.pending()).toBe(0)
    expect(result.retries).toBe(20)
    expect(await sha256(server.storedPath(result.location))).toBe(file.sha256)
    expect(server.uploadIds().length - before).toBe(1)
    expect(count('POST')).toBe(1)

    // Each PATCH after a cut starts exactly where the server's data ends, as its HEAD said: the
    // client resends only what was in flight (sent but not stored) at each cut, never from 0.
    const patches = server.requests.filter(r => r.method === 'PATCH')
    expect(patches).toHaveLength(21)
    const heads = server.requests.filter(r => r.method === 'HEAD')
    expect(heads).toHaveLength(20)
    const offsets = patches.map(r => Number(r.uploadOffset))
    expect(offsets).toEqual([0, ...heads.map(h => Number(h.responseHeaders['upload-offset']))])
    expect(offsets.every((offset, i) => i === 0 || offset > offsets[i - 1])).toBe(true)
    const sent = proxy.requests.filter(r => r.method === 'PATCH').reduce((sum, p) => sum + p.bodyBytes, 0)
    const inFlight = proxy.requests.filter(r => r.fault === 'cut').reduce((sum, p, k) => sum + p.bodyBytes - (offsets[k + 1] - offsets[k]), 0)
    expect(sent - size).toBe(inFlight)
    expect(sent - size).toBeLessThan(size / 10)
  }, 180_000)

  test('a response cut in the middle is retried from the server offset', async () => {
    const bytes = pseudoRandomBytes(6_000_000, 'mid')
    proxy.closeMidResponse({ method: 'PATCH' })
    const result = await tus.uploadDetailed(endpoint, bytes, quick())
    expect(result.retries).toBe(1)
    expect(sha256Buffer(await server.storedBytes(result.location))).toBe(sha256Buffer(bytes))
  })
})

describe('a creation answer whose body breaks off after its headers', () => {
  test('is taken from its headers: no second upload', async () => {
    const bytes = pseudoRandomBytes(6_000_000, 'short-body')
    proxy.closeMidResponse({ method: 'POST', mode: 'short-body' })
    const result = await tus.uploadDetailed(endpoint, bytes, quick())
    expect(count('POST')).toBe(1)
    expect(result.retries).toBe(0)
    expect(sha256Buffer(await server.storedBytes(result.location))).toBe(sha256Buffer(bytes))
  })
})

describe('stale offsets', () => {
  test('a lost PATCH response (data stored) is re-read with HEAD and the upload goes on', async () => {
    const bytes = pseudoRandomBytes(6_000_000, 'swallow')
    proxy.swallowResponse({ method: 'PATCH' })
    const result = await tus.uploadDetailed(endpoint, bytes, { ...quick(), chunkSize: 2_000_000 })
    expect(sha256Buffer(await server.storedBytes(result.location))).toBe(sha256Buffer(bytes))
    const offsets = server.requests.filter(r => r.method === 'PATCH').map(r => r.uploadOffset)
    expect(offsets).toEqual(['0', '2000000', '4000000'])
    expect(count('HEAD')).toBe(1)
  })

  test('a 409 re-reads the offset', async () => {
    const bytes = pseudoRandomBytes(5_000_000, '409')
    proxy.respondWith(409, { method: 'PATCH' })
    const result = await tus.uploadDetailed(endpoint, bytes, quick())
    expect(result.retries).toBe(1)
    expect(count('HEAD')).toBe(1)
    expect(sha256Buffer(await server.storedBytes(result.location))).toBe(sha256Buffer(bytes))
  })
})

describe('stalls and slow answers', () => {
  test('a stall is detected after `timeout` seconds without progress; the upload resumes', async () => {
    const bytes = pseudoRandomBytes(5_000_000, 'stall')
    proxy.stall(30, { method: 'PATCH', afterBytes: 1_000_000 })
    const result = await tus.uploadDetailed(endpoint, bytes, { ...quick(), timeout: 1 })
    // The HEAD after the stall may itself wait for the server's lock on the stalled upload.
    expect(result.retries).toBeGreaterThanOrEqual(1)
    expect(warnings.join('\n')).toMatch(/no progress for 1 s/)
    expect(sha256Buffer(await server.storedBytes(result.location))).toBe(sha256Buffer(bytes))
  })

  test('a slow answer within the timeout is not a failure', async () => {
    proxy.delay(300, { method: 'POST' })
    const result = await tus.uploadDetailed(endpoint, Buffer.from('slow'), { ...quick(), timeout: 2 })
    expect(result.retries).toBe(0)
  })
})

describe('status codes', () => {
  test.each([500, 502, 503, 423])('%i is retried', async status => {
    const bytes = pseudoRandomBytes(5_000_000, status)
    proxy.respondWith(status, { method: 'PATCH', times: 2 })
    const result = await tus.uploadDetailed(endpoint, bytes, quick())
    expect(result.retries).toBe(2)
    expect(sha256Buffer(await server.storedBytes(result.location))).toBe(sha256Buffer(bytes))
  })

  test('Retry-After of a 429 or 503 is honored', async () => {
    proxy.respondWith(429, { method: 'POST', headers: { 'Retry-After': '2' } })
    const result = await tus.uploadDetailed(endpoint, Buffer.from('later'), quick())
    expect(result.retries).toBe(1)
    const waited = Number(/in (\d+\.\d) s/.exec(warnings[0])?.[1])
    expect(waited).toBeGreaterThanOrEqual(2)
  })

  test('a spent retry budget ends with one clear error naming the last cause', async () => {
    proxy.respondWith(503, { method: 'PATCH', times: 10, body: 'maintenance' })
    const error = await tus.upload(endpoint, Buffer.alloc(5_000_000), { ...quick(), retry: { retries: 2, delay: 0.01 } }).catch(e => e)
    expect(error).toBeInstanceOf(tus.TusError)
    expect(error.message).toMatch(/^gave up after 3 attempts; last error: PATCH .* answered 503, expected 204 No Content: maintenance$/)
    expect(error.status).toBe(503)
    expect(error.uploadUrl).toMatch(/\/files\//)
    expect(error.offset).toBe(0)
  })

  test.each([
    [400, 'POST'], [401, 'POST'], [403, 'POST'], [404, 'POST'], [412, 'POST'], [413, 'POST'], [415, 'PATCH'], [403, 'PATCH']
  ])('%i on %s fails at once', async (status, method) => {
    proxy.respondWith(status, { method, headers: status === 412 ? { 'Tus-Version': '0.2.2' } : {} })
    const error = await tus.upload(endpoint, Buffer.alloc(5_000_000), quick()).catch(e => e)
    expect(error).toMatchObject({ code: 'HTTP', status })
    expect(error.message).toMatch(new RegExp(`answered ${status}`))
    expect(proxy.requests.filter(r => r.method === method)).toHaveLength(1)
    expect(warnings).toEqual([])
  })
})

describe('mistakes that a retry would repeat fail at once', () => {
  test('https:// to a server that speaks plain http: one line that says so, no retry', async () => {
    const error = await tus.upload(server.endpoint.replace('http:', 'https:'), Buffer.from('x'), quick()).catch(e => e)
    expect(error).toMatchObject({ code: 'NETWORK', retryable: false })
    expect(error.message).toMatch(/the server does not speak TLS on that port: use http:\/\/, or the https port/)
    expect(error.message).not.toMatch(/\n|gave up/)
    expect(warnings).toEqual([])
  })

  test('a header value that Node cannot send is refused before any request', async () => {
    const error = await tus.upload(endpoint, Buffer.from('x'), { ...quick(), headers: { 'X-V': '🎉' } }).catch(e => e)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(proxy.requests).toHaveLength(0)
  })
})

describe('credentials and origins', () => {
  test('credentials in the URL become Basic auth and never appear in the location', async () => {
    const withUser = endpoint.replace('http://', 'http://alice:s%40cret@')
    const location = await tus.upload(withUser, Buffer.from('auth'), quick())
    expect(location).not.toMatch(/alice|cret/)
    expect(server.requests.find(r => r.method === 'POST')?.authorization).toBe(`Basic ${Buffer.from('alice:s@cret').toString('base64')}`)
  })

  test('headers do not follow a Location to another origin, with a warning', async () => {
    // localhost and 127.0.0.1 are two origins for one server.
    proxy.rewriteResponseHeaders(h => { h.location = h.location.replace('127.0.0.1', 'localhost') }, { method: 'POST' })
    const bytes = pseudoRandomBytes(5_000_000, 'origin')
    const location = await tus.upload(endpoint, bytes, { ...quick(), headers: { Authorization: 'Bearer secret-token' } })
    expect(new URL(location).hostname).toBe('localhost')
    expect(proxy.requests.find(r => r.method === 'POST')).toBeDefined()
    const patch = server.requests.find(r => r.method === 'PATCH')
    expect(patch?.authorization).toBeUndefined()
    expect(warnings.join('\n')).toMatch(/not sending the custom headers to http:\/\/localhost:\d+/)
    expect(warnings.join('\n')).not.toMatch(/secret-token/)
  })

  test("a custom client's handlers (a bearer token) do not follow a Location to another origin either", async () => {
    proxy.rewriteResponseHeaders(h => { h.location = h.location.replace('127.0.0.1', 'localhost') }, { method: 'POST' })
    const client = new HttpClient('test', [new BearerCredentialHandler('handler-token')], { keepAlive: true, allowRedirects: false })
    try {
      await tus.upload(endpoint, Buffer.alloc(5_000_000), { ...quick(), httpClient: client })
      expect(server.requests.find(r => r.method === 'POST')?.authorization).toBe('Bearer handler-token')
      expect(server.requests.find(r => r.method === 'PATCH')?.authorization).toBeUndefined()
      expect(warnings.join('\n')).toMatch(/not sending the custom headers \(nor running the client's request handlers\) to http:\/\/localhost:\d+/)
      server.resetRequests()
      proxy.rewriteResponseHeaders(h => { h.location = h.location.replace('127.0.0.1', 'localhost') }, { method: 'POST' })
      await tus.upload(endpoint, Buffer.alloc(5_000_000), { ...quick(), httpClient: client, allowCrossOriginHeaders: true })
      expect(server.requests.find(r => r.method === 'PATCH')?.authorization).toBe('Bearer handler-token')
    } finally {
      client.dispose()
    }
  })

  test('allowCrossOriginHeaders sends them anyway', async () => {
    proxy.rewriteResponseHeaders(h => { h.location = h.location.replace('127.0.0.1', 'localhost') }, { method: 'POST' })
    await tus.upload(endpoint, Buffer.alloc(5_000_000), { ...quick(), headers: { Authorization: 'Bearer t' }, allowCrossOriginHeaders: true })
    expect(server.requests.find(r => r.method === 'PATCH')?.authorization).toBe('Bearer t')
    expect(warnings).toEqual([])
  })

  test('a redirect to another origin is followed without the headers', async () => {
    const redirector = await startStaticServer((req, res) => {
      res.writeHead(307, { Location: `${server.url.replace('127.0.0.1', 'localhost')}${req.url}` })
      res.end()
    })
    try {
      const location = await tus.upload(`${redirector.url}/files/`, Buffer.from('redirected'), { ...quick(), headers: { 'X-Api-Key': 'k' } })
      expect((await server.storedBytes(location)).toString()).toBe('redirected')
      expect(server.requests.every(r => r.headers['x-api-key'] === undefined)).toBe(true)
    } finally {
      await redirector.close()
    }
  })

  test('a malformed Tus-Max-Size is ignored with a warning', async () => {
    proxy.rewriteResponseHeaders({ 'tus-max-size': '1GB' }, { method: 'OPTIONS' })
    const lines: string[] = []
    const location = await tus.upload(endpoint, Buffer.from('max'), { ...quick(), logger: { debug() {}, info() {}, warn: m => lines.push(m) } })
    expect((await server.storedBytes(location)).toString()).toBe('max')
    expect(lines).toEqual([expect.stringMatching(/the server sent Tus-Max-Size "1GB", which is not a whole number from 0 to 2\^53 - 1; ignoring it$/)])
  })

  test('a first 409 is settled by a HEAD at once; a second in a row waits (the HEAD may lag)', async () => {
    proxy.respondWith(409, { method: 'PATCH', times: 2 })
    const waits: number[] = []
    const bytes = pseudoRandomBytes(5_000_000, '409')
    const location = await tus.upload(endpoint, bytes, { ...quick(), retry: { retries: 3, delay: 0.05 }, onRetry: (_e, _a, ms) => waits.push(ms) })
    expect(sha256Buffer(await server.storedBytes(location))).toBe(sha256Buffer(bytes))
    expect(waits).toHaveLength(2)
    expect(waits[0]).toBe(0)
    expect(waits[1]).toBeGreaterThan(0)
    expect(proxy.requests.map(r => r.method)).toEqual(['OPTIONS', 'POST', 'PATCH', 'HEAD', 'PATCH', 'HEAD', 'PATCH'])
  })

  test('a POST with data answered without Upload-Offset: a HEAD asks what the server took', async () => {
    proxy.rewriteResponseHeaders({ 'upload-offset': null }, { method: 'POST' })
    const bytes = pseudoRandomBytes(1000, 'no-offset')
    const retries: unknown[] = []
    const infos: string[] = []
    const location = await tus.upload(endpoint, bytes, { ...quick(), logger: { ...logger, info: m => infos.push(m) }, onRetry: e => retries.push(e) })
    expect(sha256Buffer(await server.storedBytes(location))).toBe(sha256Buffer(bytes))
    expect(proxy.requests.map(r => r.method)).toEqual(['OPTIONS', 'POST', 'HEAD'])
    expect(retries).toEqual([])
    expect(infos).toEqual([]) // a fresh upload, not a resumption
  })

  test.each([['malformed', '12x'], ['beyond the body', '5000']])('a POST answered with an Upload-Offset %s: the error names the upload it created', async (_what, value) => {
    const before = server.uploadIds().length
    proxy.rewriteResponseHeaders({ 'Upload-Offset': value }, { method: 'POST' })
    const error = await tus.upload(endpoint, pseudoRandomBytes(1000, 'bad-offset'), quick()).catch(e => e)
    expect(error).toMatchObject({ code: 'PROTOCOL', offset: 0 })
    expect(server.uploadIds().length - before).toBe(1)
    expect(error.uploadUrl).toMatch(/\/files\/[0-9a-f]+$/)
  })

  test('a 401 from another origin, to which the headers were not sent, says so', async () => {
    const guard = await startStaticServer((_req, res) => { res.writeHead(401); res.end() })
    const redirector = await startStaticServer((req, res) => {
      res.writeHead(307, { Location: `${guard.url.replace('127.0.0.1', 'localhost')}${req.url}` })
      res.end()
    })
    try {
      const error = await tus.upload(`${redirector.url}/files/`, Buffer.from('x'), { ...quick(), headers: { Authorization: 'Bearer t' } }).catch(e => e)
      expect(error.status).toBe(401)
      expect(error.message).toMatch(/answered 401, expected .* \(the custom headers were not sent: this is not the endpoint's origin; allow it with allowCrossOriginHeaders/)
    } finally {
      await redirector.close()
      await guard.close()
    }
  })

  test('a 413 to a PATCH suggests smaller requests', async () => {
    proxy.respondWith(413, { method: 'PATCH' })
    const error = await tus.upload(endpoint, Buffer.alloc(5_000_000), quick()).catch(e => e)
    expect(error).toMatchObject({ status: 413, retryable: false })
    expect(error.message).toMatch(/PATCH .* answered 413, expected 204 No Content \(the request is larger than the server or a proxy in front of it accepts: send smaller ones with chunkSize/)
  })

  test('header values with CR or LF are refused before any request', async () => {
    const error = await tus.upload(endpoint, Buffer.from('x'), { headers: { 'X-Evil': 'a\r\nInjected: 1' } }).catch(e => e)
    expect(error).toMatchObject({ code: 'INVALID_INPUT' })
    expect(error.message).toMatch(/CR, LF or NUL/)
    expect(proxy.requests).toHaveLength(0)
  })
})

describe('servers that are not tus', () => {
  test('an HTML 200 page is named as not a tus server', async () => {
    const html = await startStaticServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' })
      res.end('<html>hi</html>')
    })
    try {
      const error = await tus.upload(`${html.url}/files/`, Buffer.from('x'), quick()).catch(e => e)
      expect(error.message).toMatch(/is not a tus server: OPTIONS answered 200 \(text\/html\) without Tus-Version/)
    } finally {
      await html.close()
    }
  })

  test.each([
    ['a missing Location', { location: null }, /answered 201 without a Location header/],
    ['a malformed Location', { location: 'http://[bad' }, /upload Location that is not a URL/]
  ])('%s on creation', async (_name, rewrite, message) => {
    proxy.rewriteResponseHeaders(rewrite, { method: 'POST' })
    const error = await tus.upload(endpoint, Buffer.alloc(5_000_000), quick()).catch(e => e)
    expect(error.message).toMatch(message)
  })

  test('a server offset beyond the upload length', async () => {
    const created = await tus.create(endpoint, { length: 10 })
    proxy.rewriteResponseHeaders({ 'Upload-Offset': '11' }, { method: 'HEAD' })
    const error = await tus.offset(created.location).catch(e => e)
    expect(error.message).toMatch(/offset 11 is beyond the upload length 10/)
  })

  test('malformed Upload-Metadata from the server', async () => {
    const created = await tus.create(endpoint, { length: 10 })
    proxy.rewriteResponseHeaders({ 'Upload-Metadata': 'name %%%' }, { method: 'HEAD' })
    const error = await tus.metadata(created.location, quick()).catch(e => e)
    expect(error).toMatchObject({ code: 'PROTOCOL' })
    expect(error.message).toMatch(/malformed Upload-Metadata/)
  })
})

describe('abort', () => {
  test('an AbortSignal stops the upload and the error names the upload URL and offset', async () => {
    const controller = new AbortController()
    const bytes = pseudoRandomBytes(8_000_000, 'abort')
    proxy.delay(60_000, { method: 'PATCH' })
    const pending = tus.upload(endpoint, bytes, {
      ...quick(),
      chunkSize: 1_000_000,
      signal: controller.signal,
      onProgress: sent => { if (sent >= 1_000_000) controller.abort() }
    })
    const error = await pending.catch(e => e)
    expect(error).toMatchObject({ code: 'ABORTED' })
    expect(error.uploadUrl).toMatch(/\/files\//)
    expect(typeof error.offset).toBe('number')
  })
})
