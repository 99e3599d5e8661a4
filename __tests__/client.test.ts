/** The library against a real @tus/server: every upload is checked byte for byte. */
import { truncateSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { HttpClient } from '@actions/http-client'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import * as tus from '../src/tus/index.js'
import { TusError } from '../src/tus/index.js'
import { makeFile, makeTempDir, pseudoRandomBytes, sha256, sha256Buffer, startTusServer, type TempDir, type TusServer } from './helpers/tusServer.js'
import { startFaultProxy, type FaultProxy } from './helpers/faultProxy.js'

let server: TusServer
let temp: TempDir
const fast = { retry: { retries: 2, delay: 0.01 } }

beforeAll(async () => {
  server = await startTusServer()
  temp = await makeTempDir()
})
afterAll(async () => {
  await server.close()
  await temp.cleanup()
})
beforeEach(() => server.resetRequests())

async function expectStored(location: string, expectedSha256: string): Promise<void> {
  expect(location.startsWith(`${server.url}/files/`)).toBe(true)
  expect(sha256Buffer(await server.storedBytes(location))).toBe(expectedSha256)
}

function methods(): string[] {
  return server.requests.map(r => r.method)
}

describe('upload', () => {
  test('an empty file makes a finished upload of 0 bytes', async () => {
    const file = await makeFile(temp.dir, 0)
    const result = await tus.uploadDetailed(server.endpoint, file.path)
    expect(result.size).toBe(0)
    await expectStored(result.location, file.sha256)
    expect((await tus.offset(result.location)).length).toBe(0)
  })

  test('one byte', async () => {
    const file = await makeFile(temp.dir, 1, 'one')
    await expectStored(await tus.upload(server.endpoint, file.path), file.sha256)
  })

  test('many chunks with a small chunk size, one PATCH each', async () => {
    const file = await makeFile(temp.dir, 1_000_003, 'chunks')
    const result = await tus.uploadDetailed(server.endpoint, file.path, { chunkSize: 100_000 })
    await expectStored(result.location, file.sha256)
    const patches = server.requests.filter(r => r.method === 'PATCH')
    expect(patches).toHaveLength(11)
    expect(patches.map(p => Number(p.uploadOffset))).toEqual([...Array(11).keys()].map(i => i * 100_000))
  })

  test('a Buffer and a Uint8Array source', async () => {
    const bytes = pseudoRandomBytes(300_000, 'buffer')
    await expectStored(await tus.upload(server.endpoint, bytes, { chunkSize: 128 * 1024 }), sha256Buffer(bytes))
    const view = new Uint8Array(bytes.buffer, bytes.byteOffset + 10, 1000)
    await expectStored(await tus.upload(server.endpoint, view), sha256Buffer(view))
  })

  test('small sources go in the creation POST: one request besides OPTIONS', async () => {
    const file = await makeFile(temp.dir, 64 * 1024, 'small')
    const result = await tus.uploadDetailed(server.endpoint, file.path)
    await expectStored(result.location, file.sha256)
    expect(methods()).toEqual(['OPTIONS', 'POST'])
    expect(server.requests[1].contentLength).toBe(String(64 * 1024))
  })

  test('a shared client asks OPTIONS once for many files', async () => {
    const client = tus.createHttpClient()
    try {
      for (let i = 0; i < 3; i++) {
        const bytes = pseudoRandomBytes(1000, i)
        await expectStored(await tus.upload(server.endpoint, bytes, { httpClient: client }), sha256Buffer(bytes))
      }
    } finally {
      client.dispose()
    }
    expect(methods()).toEqual(['OPTIONS', 'POST', 'POST', 'POST'])
  })

  describe('the OPTIONS a shared client shares', () => {
    let proxy: FaultProxy
    let client: HttpClient
    beforeEach(async () => {
      proxy = await startFaultProxy(server.url)
      client = tus.createHttpClient()
    })
    afterEach(async () => {
      client.dispose()
      await proxy.close()
    })
    const optionsSeen = () => proxy.requests.filter(r => r.method === 'OPTIONS').length

    test("one upload's abort does not stop another's wait for it", async () => {
      proxy.delay(300, { method: 'OPTIONS' })
      const controller = new AbortController()
      const bytes = pseudoRandomBytes(1000, 'shared-abort')
      const aborted = tus.upload(proxy.proxied(server.endpoint), bytes, { httpClient: client, signal: controller.signal }).catch(e => e)
      const other = tus.upload(proxy.proxied(server.endpoint), bytes, { httpClient: client })
      setTimeout(() => controller.abort(), 50)
      expect((await aborted).code).toBe('ABORTED')
      const location = await other
      await expectStored(server.url + new URL(location).pathname, sha256Buffer(bytes))
      expect(optionsSeen()).toBe(1)
    })

    test("an upload that may not retry does not spend another's retries", async () => {
      proxy.respondWith(503, { method: 'OPTIONS', times: 2 })
      const bytes = pseudoRandomBytes(1000, 'shared-policy')
      const [hasty, patient] = await Promise.allSettled([
        tus.upload(proxy.proxied(server.endpoint), bytes, { httpClient: client, retry: { retries: 0 } }),
        tus.upload(proxy.proxied(server.endpoint), bytes, { httpClient: client, retry: { retries: 3, delay: 0.01 } })
      ])
      expect(hasty.status === 'rejected' && hasty.reason.status).toBe(503)
      expect(patient.status).toBe('fulfilled')
      expect(optionsSeen()).toBe(3)
    })

    test('uploads with other headers (say, other credentials) ask for themselves', async () => {
      for (const key of ['a', 'b', 'a']) {
        await tus.upload(proxy.proxied(server.endpoint), Buffer.from(key), { httpClient: client, headers: { 'X-Key': key } })
      }
      expect(optionsSeen()).toBe(2)
    })

    test('a final failure is shared: the uploads after it fail at once, each with its own error', async () => {
      proxy.respondWith(500, { method: 'OPTIONS', times: 10 })
      const errors: TusError[] = []
      for (let i = 0; i < 3; i++) {
        errors.push(await tus.upload(proxy.proxied(server.endpoint), Buffer.from('x'), { httpClient: client, retry: { retries: 1, delay: 0.01 } }).catch(e => e))
      }
      expect(optionsSeen()).toBe(2)
      for (const error of errors) expect(error.message).toMatch(/^gave up after 2 attempts; last error: OPTIONS .* answered 500/)
      expect(new Set(errors).size).toBe(3)
    })

    test('two spent retry budgets are shared: the uploads after them against a broken server try once', async () => {
      proxy.respondWith(500, { method: 'POST', times: 20 })
      const errors: TusError[] = []
      for (let i = 0; i < 4; i++) {
        errors.push(await tus.upload(proxy.proxied(server.endpoint), Buffer.from('x'), { httpClient: client, retry: { retries: 2, delay: 0.01 } }).catch(e => e))
      }
      // One upload that gives up may be its own trouble: the second still retries.
      expect(proxy.requests.filter(r => r.method === 'POST').length).toBe(3 + 3 + 1 + 1)
      for (const error of errors.slice(0, 2)) expect(error.message).toMatch(/^gave up after 3 attempts; last error: POST .* answered 500/)
      for (const error of errors.slice(2)) {
        expect(error.message).toMatch(/^POST .* answered 500.*; not retried: 2 uploads to http:\/\/127\.0\.0\.1:\d+\/files\/? spent their retries, the last 0 s ago, and none got anywhere since$/)
        expect(error.status).toBe(500)
        expect(error.retryable).toBe(true)
      }
    })

    test('an upload that makes progress ends the shared outage: the next one retries again', async () => {
      proxy.respondWith(503, { method: 'POST', times: 4 })
      const retry = { retries: 1, delay: 0.01 }
      for (const name of ['a', 'b']) {
        const failed = await tus.upload(proxy.proxied(server.endpoint), Buffer.from(name), { httpClient: client, retry }).catch(e => e)
        expect(failed.message).toMatch(/^gave up after 2 attempts/)
      }
      await tus.upload(proxy.proxied(server.endpoint), Buffer.from('c'), { httpClient: client, retry })
      proxy.respondWith(503, { method: 'POST', times: 1 })
      const bytes = pseudoRandomBytes(1000, 'after-outage')
      await expectStored(server.url + new URL(await tus.upload(proxy.proxied(server.endpoint), bytes, { httpClient: client, retry })).pathname, sha256Buffer(bytes))
      expect(proxy.requests.filter(r => r.method === 'POST').map(r => r.status)).toEqual([503, 503, 503, 503, 201, 503, 201])
    })

    test('429, 423 and 409 are an upload\'s own trouble: they neither make an outage nor meet one', async () => {
      const retry = { retries: 1, delay: 0.01 }
      proxy.respondWith(429, { method: 'POST', times: 2 })
      proxy.respondWith(423, { method: 'POST', times: 2 })
      for (const name of ['a', 'b']) {
        expect((await tus.upload(proxy.proxied(server.endpoint), Buffer.from(name), { httpClient: client, retry }).catch(e => e)).message).toMatch(/^gave up after 2 attempts/)
      }
      proxy.respondWith(503, { method: 'POST', times: 1 })
      const bytes = pseudoRandomBytes(1000, 'own-trouble')
      const location = await tus.upload(proxy.proxied(server.endpoint), bytes, { httpClient: client, retry })
      await expectStored(server.url + new URL(location).pathname, sha256Buffer(bytes))
    })

    test('uploads on their own clients do not share an outage', async () => {
      proxy.respondWith(500, { method: 'POST', times: 4 })
      const retry = { retries: 1, delay: 0.01 }
      for (let i = 0; i < 2; i++) {
        const error = await tus.upload(proxy.proxied(server.endpoint), Buffer.from('x'), { retry }).catch(e => e)
        expect(error.message).toMatch(/^gave up after 2 attempts/)
      }
    })
  })

  test("a caller's HttpClient subclass sends every request through its own requestRaw", async () => {
    const seen: string[] = []
    class CountingClient extends HttpClient {
      override requestRaw(info: Parameters<HttpClient['requestRaw']>[0], data: string | NodeJS.ReadableStream | null) {
        seen.push(String(info.options.method))
        return super.requestRaw(info, data)
      }
    }
    const client = new CountingClient('counting', [], { keepAlive: true, allowRedirects: false })
    try {
      const bytes = pseudoRandomBytes(5 * 1024 * 1024, 'subclass')
      await expectStored(await tus.upload(server.endpoint, bytes, { httpClient: client }), sha256Buffer(bytes))
    } finally {
      client.dispose()
    }
    expect(seen).toEqual(methods())
    expect(seen).toEqual(['OPTIONS', 'POST', 'PATCH'])
  })

  test('every request carries Tus-Resumable (but OPTIONS) and a User-Agent, and extra headers', async () => {
    const bytes = pseudoRandomBytes(10, 'ua')
    const location = await tus.upload(server.endpoint, bytes, { headers: { 'X-Api-Key': 'k1', 'Tus-Resumable': '0.2' } })
    await tus.metadata(location, { headers: { 'X-Api-Key': 'k1' } })
    for (const request of server.requests) {
      expect(request.userAgent).toMatch(/^tus-upload-action\/\d+\.\d+\.\d+/)
      expect(request.headers['x-api-key']).toBe('k1')
      expect(request.tusResumable).toBe(request.method === 'OPTIONS' ? undefined : '1.0.0')
    }
  })

  test('with a Host header, a Location the server built from that name goes to the endpoint, with the headers', async () => {
    const bytes = pseudoRandomBytes(3000, 'host-location')
    const headers = { Host: 'uploads.example.test', 'X-Key': 'k' }
    const location = await tus.upload(server.endpoint, bytes, { headers, chunkSize: 1000 })
    expect(new URL(location).host).toBe(new URL(server.url).host)
    await expectStored(location, sha256Buffer(bytes))
    const patches = server.requests.filter(r => r.method === 'PATCH')
    expect(patches).toHaveLength(3)
    for (const patch of patches) expect([patch.headers.host, patch.headers['x-key']]).toEqual(['uploads.example.test', 'k'])
  })

  test.each([
    ['with the default port written out', 'uploads.example.test:80'],
    ['in another case', 'Uploads.Example.TEST'],
    ['with a port of its own', 'uploads.example.test:8080']
  ])('a Host header %s: the Location the server built on that name goes to the endpoint', async (_what, host) => {
    const bytes = pseudoRandomBytes(3000, 'host-variants')
    const location = await tus.upload(server.endpoint, bytes, { headers: { Host: host }, chunkSize: 1000, retry: { retries: 0 } })
    expect(new URL(location).host).toBe(new URL(server.url).host)
    await expectStored(location, sha256Buffer(bytes))
  })

  test('a Host header is sent (an ingress by name); User-Agent and Connection stay as the client sets them', async () => {
    await tus.configuration(server.endpoint, { headers: { Host: 'tus.internal.example', 'User-Agent': 'mine', Connection: 'close' } })
    const [options] = server.requests
    expect(options.headers.host).toBe('tus.internal.example')
    expect(options.userAgent).toMatch(/^tus-upload-action\//)
    expect(options.headers.connection).toBe('keep-alive')
  })

  test('a stream of unknown length uses Upload-Defer-Length and declares the length at the end', async () => {
    const bytes = pseudoRandomBytes(2_500_000, 'stream')
    const stream = Readable.from((function * () {
      for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024)
    })())
    const result = await tus.uploadDetailed(server.endpoint, stream, { chunkSize: 1_000_000 })
    await expectStored(result.location, sha256Buffer(bytes))
    expect(result.size).toBe(bytes.length)
    expect(server.requests.find(r => r.method === 'POST')?.uploadDeferLength).toBe('1')
    const patches = server.requests.filter(r => r.method === 'PATCH')
    expect(patches.map(p => p.uploadLength)).toEqual([undefined, undefined, String(bytes.length)])
  })

  test.each([
    ['bad options', { chunkSize: 0 }, 'INVALID_INPUT', false],
    ['a server that is not there', { endpoint: 'http://127.0.0.1:9/files/', retry: { retries: 0 } }, 'NETWORK', true]
  ])('a stream source, when the upload fails on %s: destroyed once the upload began, else untouched', async (_what, options, code, destroyed) => {
    const stream = Readable.from([Buffer.from('abc')])
    const { endpoint = server.endpoint, ...rest } = options as { endpoint?: string }
    const error = await tus.upload(endpoint, stream, rest).catch(e => e)
    expect(error.code).toBe(code)
    expect(stream.destroyed).toBe(destroyed)
  })

  describe('a stream of given length (uploadLength)', () => {
    const chunked = (bytes: Buffer): Readable => Readable.from((function * () {
      for (let i = 0; i < bytes.length; i += 64 * 1024) yield bytes.subarray(i, i + 64 * 1024)
    })())

    test('sends Upload-Length at creation, no deferral, and the bytes in chunks', async () => {
      const bytes = pseudoRandomBytes(2_000_000, 'sized-stream')
      const result = await tus.uploadDetailed(server.endpoint, chunked(bytes), { chunkSize: 1_000_000, uploadLength: bytes.length })
      await expectStored(result.location, sha256Buffer(bytes))
      const post = server.requests.find(r => r.method === 'POST')
      expect([post?.uploadLength, post?.uploadDeferLength]).toEqual([String(bytes.length), undefined])
      // A chunk size that divides the length: no empty PATCH at the end.
      expect(server.requests.filter(r => r.method === 'PATCH').map(p => p.contentLength)).toEqual(['1000000', '1000000'])
    })

    test('works with a server that does not offer creation-defer-length', async () => {
      const proxy = await startFaultProxy(server.url)
      try {
        proxy.rewriteResponseHeaders({ 'Tus-Extension': 'creation,termination' }, { method: 'OPTIONS' })
        const bytes = pseudoRandomBytes(300_000, 'no-defer')
        await expect(tus.upload(proxy.url + '/files/', Readable.from([bytes]))).rejects.toMatchObject({ code: 'UNSUPPORTED' })
        proxy.rewriteResponseHeaders({ 'Tus-Extension': 'creation,termination' }, { method: 'OPTIONS' })
        const location = await tus.upload(proxy.url + '/files/', Readable.from([bytes]), { uploadLength: bytes.length })
        await expectStored(server.url + new URL(location).pathname, sha256Buffer(bytes))
      } finally {
        await proxy.close()
      }
    })

    test.each([
      ['shorter', 1_000_001, 'the stream ended after 1000000 bytes, but its length was given as 1000001'],
      ['longer', 999_999, 'the stream is longer than the 999999 bytes given as its length']
    ])('fails with a SOURCE error when the stream is %s than given', async (_what, given, message) => {
      const bytes = pseudoRandomBytes(1_000_000, 'wrong-length')
      const error = await tus.upload(server.endpoint, chunked(bytes), { chunkSize: 400_000, uploadLength: given, retry: { retries: 2, delay: 0.01 } }).catch(e => e)
      expect(error).toMatchObject({ code: 'SOURCE' })
      expect(error.message).toContain(message)
    })

    test('of 0 bytes: an empty stream makes a finished upload, a longer one fails before any POST', async () => {
      const location = await tus.upload(server.endpoint, Readable.from([]), { uploadLength: 0 })
      expect((await server.storedBytes(location)).length).toBe(0)
      server.resetRequests()
      await expect(tus.upload(server.endpoint, Readable.from([Buffer.from('x')]), { uploadLength: 0 })).rejects.toMatchObject({ code: 'SOURCE' })
      expect(server.requests.filter(r => r.method === 'POST')).toHaveLength(0)
    })

    test('is refused for a file or bytes, and when not a whole number', async () => {
      await expect(tus.upload(server.endpoint, Buffer.from('abc'), { uploadLength: 3 })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
      await expect(tus.upload(server.endpoint, Readable.from([Buffer.from('abc')]), { uploadLength: 2.5 })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    })
  })

  test('a stream whose length is a multiple of the chunk size ends with an empty PATCH', async () => {
    const bytes = pseudoRandomBytes(200_000, 'exact')
    const result = await tus.uploadDetailed(server.endpoint, Readable.from([bytes]), { chunkSize: 100_000 })
    await expectStored(result.location, sha256Buffer(bytes))
    const patches = server.requests.filter(r => r.method === 'PATCH')
    expect(patches.map(p => [p.contentLength, p.uploadLength])).toEqual([['100000', undefined], ['100000', undefined], ['0', '200000']])
  })

  test('onProgress reaches the total and onUploadUrl sees the URL before the data', async () => {
    // Larger than what goes in the creation POST, so the URL comes before any data.
    const file = await makeFile(temp.dir, 5_000_000, 'progress')
    const seen: number[] = []
    let urlAt = -1
    const location = await tus.upload(server.endpoint, file.path, {
      onProgress: sent => seen.push(sent),
      onUploadUrl: () => { urlAt = seen.length }
    })
    await expectStored(location, file.sha256)
    expect(urlAt).toBe(0)
    expect(seen.at(-1)).toBe(5_000_000)
    expect(seen).toEqual([...seen].sort((a, b) => a - b))
  })

  test('onUploadUrl is not called when the creation POST carried the whole upload: nothing is left to resume', async () => {
    const urls: string[] = []
    const location = await tus.upload(server.endpoint, pseudoRandomBytes(1000, 'whole'), { onUploadUrl: url => void urls.push(url) })
    expect(methods()).toEqual(['OPTIONS', 'POST'])
    expect(urls).toEqual([])
    expect(location).toMatch(/\/files\//)
  })

  test('a promise from onUploadUrl (say, the URL written to disk) is awaited before any data is sent', async () => {
    const file = await makeFile(temp.dir, 5_000_000, 'awaited')
    let patchesWhenRecorded: number | undefined
    const location = await tus.upload(server.endpoint, file.path, {
      onUploadUrl: async () => {
        await new Promise(resolve => setTimeout(resolve, 150))
        patchesWhenRecorded = methods().filter(m => m === 'PATCH').length
      }
    })
    await expectStored(location, file.sha256)
    expect(patchesWhenRecorded).toBe(0)
  })

  test('a file cut short while it is read fails with the reason, not with a hang or a short upload', async () => {
    const file = await makeFile(temp.dir, 5_000_000, 'shrinks', 'shrinks.bin')
    let cut = false
    const uploading = tus.upload(server.endpoint, file.path, {
      ...fast,
      // Cut at the first bytes read: the reads after them find the file shorter.
      onProgress: sent => {
        if (cut || sent === 0) return
        truncateSync(file.path, 1_000_000)
        cut = true
      }
    })
    const error = await uploading.catch(e => e)
    expect(error).toBeInstanceOf(TusError)
    expect(error.code).toBe('SOURCE')
    expect(error.message).toMatch(/shrinks\.bin became shorter while it was being uploaded/)
    expect(error.uploadUrl).toMatch(/\/files\//)
    expect(cut).toBe(true)
    // Not a network fault: nothing is retried (a retry would first ask the offset with a HEAD).
    expect(error.message).not.toMatch(/gave up/)
    expect(methods()).not.toContain('HEAD')
  })

  test('a 256 MiB file is streamed from disk: memory stays flat', async () => {
    const file = await makeFile(temp.dir, 256 * 1024 * 1024, 'big')
    global.gc?.()
    const before = process.memoryUsage()
    let peakRss = before.rss
    let peakBuffers = before.arrayBuffers
    const sampler = setInterval(() => {
      const now = process.memoryUsage()
      peakRss = Math.max(peakRss, now.rss)
      peakBuffers = Math.max(peakBuffers, now.arrayBuffers)
    }, 20)
    try {
      const location = await tus.upload(server.endpoint, file.path, {
        onProgress: () => { peakBuffers = Math.max(peakBuffers, process.memoryUsage().arrayBuffers) }
      })
      expect(await sha256(server.storedPath(location))).toBe(file.sha256)
    } finally {
      clearInterval(sampler)
    }
    // Whole-file buffering would add 256 MiB; streaming adds a few MiB of buffers. The bound leaves
    // room for the in-process server's buffers, which count too, and for a collector that runs
    // late while the rest of the suite loads the machine (62 MiB seen once on Node 24).
    expect(peakBuffers - before.arrayBuffers).toBeLessThan(96 * 1024 * 1024)
    expect(peakRss - before.rss).toBeLessThan(128 * 1024 * 1024)
  }, 120_000)

  test('a stream resumed with its upload URL is read from its start; the bytes the server has are skipped', async () => {
    const bytes = pseudoRandomBytes(300_000, 'stream-resume')
    const created = await tus.create(server.endpoint, { deferLength: true })
    await tus.patch(created.location, 0, bytes.subarray(0, 120_000))
    const progress: Array<[number, number | undefined]> = []
    const result = await tus.uploadDetailed(server.endpoint, Readable.from([bytes.subarray(0, 70_000), bytes.subarray(70_000)]), {
      uploadUrl: created.location,
      chunkSize: 100_000,
      onProgress: (sent, total) => progress.push([sent, total])
    })
    expect(result.location).toBe(created.location)
    expect(result.resumed).toBe(true)
    await expectStored(result.location, sha256Buffer(bytes))
    expect(server.requests.filter(r => r.method === 'PATCH').map(p => Number(p.uploadOffset))).toEqual([0, 120_000, 220_000])
    expect(progress.at(-1)).toEqual([300_000, 300_000])
  })

  test('a stream shorter than what the server holds of its upload is refused (SOURCE)', async () => {
    const created = await tus.create(server.endpoint, { deferLength: true })
    await tus.patch(created.location, 0, Buffer.from('0123456789'))
    const error = await tus.upload(server.endpoint, Readable.from([Buffer.from('01234')]), { uploadUrl: created.location }).catch(e => e)
    expect(error).toBeInstanceOf(TusError)
    expect(error.code).toBe('SOURCE')
    expect(error.message).toBe(`the stream ended after 5 bytes but ${created.location} already holds 10; it is not this stream's upload`)
  })

  test('a stream that fails midway rejects with a SOURCE TusError that keeps the upload URL and offset', async () => {
    const stream = Readable.from((async function * () {
      yield Buffer.from('0123456789')
      throw new Error('the pipe broke')
    })())
    const error = await tus.upload(server.endpoint, stream, { ...fast, chunkSize: 5 }).catch(e => e)
    expect(error).toBeInstanceOf(TusError)
    expect(error.code).toBe('SOURCE')
    expect(error.message).toBe('reading the source stream failed: the pipe broke')
    expect(error.uploadUrl).toMatch(/\/files\//)
    expect(error.offset).toBe(10)
    expect((await server.storedBytes(error.uploadUrl)).toString()).toBe('0123456789')
  })

  test('a Buffer goes to the socket a slice at a time: progress (and the timeout) follow the socket', async () => {
    const bytes = pseudoRandomBytes(32 * 1024 * 1024, 'slices')
    const proxy = await startFaultProxy(server.url)
    try {
      // The proxy stops reading after 1 MiB; whatever was reported by then has only been queued.
      proxy.stall(1, { method: 'PATCH', afterBytes: 1024 * 1024 })
      let reported = 0
      let reportedAtRetry: number | undefined
      const location = await tus.upload(proxy.proxied(server.endpoint), bytes, {
        retry: { retries: 2, delay: 0.01 },
        onProgress: sent => { reported = sent },
        logger: { debug() {}, info() {}, warn: () => { reportedAtRetry ??= reported } }
      })
      await expectStored(server.url + new URL(location).pathname, sha256Buffer(bytes))
      expect(reportedAtRetry).toBeGreaterThanOrEqual(1024 * 1024)
      expect(reportedAtRetry).toBeLessThan(bytes.length)
    } finally {
      await proxy.close()
    }
  })

  test('resuming an upload URL continues from the server offset', async () => {
    const bytes = pseudoRandomBytes(500_000, 'resume')
    const created = await tus.create(server.endpoint, { length: bytes.length })
    await tus.patch(created.location, 0, bytes.subarray(0, 123_456))
    server.resetRequests()
    const lines: string[] = []
    const logger = { debug: (m: string) => lines.push(`debug ${m}`), info: (m: string) => lines.push(`info ${m}`), warn: (m: string) => lines.push(`warn ${m}`) }
    const result = await tus.uploadDetailed(server.endpoint, bytes, { uploadUrl: created.location, logger })
    expect(result.resumed).toBe(true)
    // Info is what a caller should see: the resumption; creation and completion are debug, as in aiotus.
    expect(lines.filter(line => !line.startsWith('debug '))).toEqual([`info ${created.location}: the server has 123456 bytes; resuming from there`])
    expect(lines).toContain(`debug uploaded 500000 bytes to ${created.location}`)
    expect(result.location).toBe(created.location)
    await expectStored(result.location, sha256Buffer(bytes))
    expect(server.requests.filter(r => r.method === 'PATCH').map(r => r.uploadOffset)).toEqual(['123456'])
  })

  test('resuming a URL that is gone (404) warns and starts a new upload', async () => {
    const bytes = pseudoRandomBytes(1000, 'gone')
    const created = await tus.create(server.endpoint, { length: bytes.length })
    await tus.terminate(created.location)
    const warnings: string[] = []
    const logger = { debug() {}, info() {}, warn: (m: string) => warnings.push(m) }
    const location = await tus.upload(server.endpoint, bytes, { uploadUrl: created.location, logger, ...fast })
    expect(location).not.toBe(created.location)
    await expectStored(location, sha256Buffer(bytes))
    expect(warnings.join('\n')).toMatch(/is gone \(404\); starting a new upload/)
  })

  test('resuming with the wrong file is refused, not overwritten', async () => {
    const created = await tus.create(server.endpoint, { length: 10 })
    const error = await tus.upload(server.endpoint, Buffer.alloc(11), { uploadUrl: created.location }).catch(e => e)
    expect(error).toBeInstanceOf(TusError)
    expect(error.message).toMatch(/upload of 10 bytes but the source has 11/)
  })

  describe('resuming an upload of deferred length with a file (an interrupted `tus-upload - < file`)', () => {
    test.each([
      ['part of it', 40_000],
      ['all of it, no length yet', 100_000]
    ])('the server holds %s: the rest is sent and the length declared', async (_what, held) => {
      const file = await makeFile(temp.dir, 100_000, `deferred-${held}`)
      const bytes = await readFile(file.path)
      const created = await tus.create(server.endpoint, { deferLength: true })
      await tus.patch(created.location, 0, bytes.subarray(0, held))
      server.resetRequests()
      const result = await tus.uploadDetailed(server.endpoint, file.path, { uploadUrl: created.location })
      await expectStored(result.location, file.sha256)
      expect(await tus.offset(created.location)).toMatchObject({ offset: 100_000, length: 100_000 })
      const patches = server.requests.filter(r => r.method === 'PATCH')
      expect(patches.map(p => [p.uploadOffset, p.uploadLength])).toEqual([[String(held), '100000']])
    })

    test('the server holds more than the file: refused, nothing sent', async () => {
      const created = await tus.create(server.endpoint, { deferLength: true })
      await tus.patch(created.location, 0, Buffer.alloc(600))
      server.resetRequests()
      const error = await tus.upload(server.endpoint, Buffer.alloc(500), { uploadUrl: created.location }).catch(e => e)
      expect(error).toMatchObject({ code: 'INVALID_INPUT', uploadUrl: created.location })
      expect(error.message).toMatch(/holds 600 bytes, more than the source's 500; it is not this source's upload/)
      expect(server.requests.filter(r => r.method === 'PATCH')).toHaveLength(0)
    })
  })
})

describe('metadata', () => {
  test("with the endpoint given, the upload URL's calls carry its credentials and headers, to its origin only", async () => {
    const endpoint = server.endpoint.replace('http://', 'http://bob:pw@')
    const basic = `Basic ${Buffer.from('bob:pw').toString('base64')}`
    const headers = { 'X-Key': 'k' }
    const location = await tus.upload(endpoint, Buffer.from('creds'), { headers })
    server.resetRequests()
    await tus.metadata(location, { headers, endpoint })
    await tus.offset(location, { headers })
    // The upload URL's own user:password, with an endpoint that has none on the same origin.
    await tus.offset(location.replace('http://', 'http://eve:pw2@'), { endpoint: server.endpoint })
    expect(server.requests.map(r => [r.method, r.authorization, r.headers['x-key']])).toEqual([
      ['HEAD', basic, 'k'],
      ['HEAD', undefined, 'k'],
      ['HEAD', `Basic ${Buffer.from('eve:pw2').toString('base64')}`, undefined]
    ])
    const proxy = await startFaultProxy(server.url)
    try {
      server.resetRequests()
      const warnings: string[] = []
      await tus.metadata(proxy.proxied(location), { headers, endpoint, logger: { debug() {}, info() {}, warn: m => warnings.push(m) } })
      expect(server.requests.map(r => [r.method, r.authorization, r.headers['x-key']])).toEqual([['HEAD', undefined, undefined]])
      expect(warnings.join('\n')).toMatch(/not sending the custom headers to http:\/\/127\.0\.0\.1:\d+: it is not the endpoint's origin/)
    } finally {
      await proxy.close()
    }
  })

  test('UTF-8, value-less and comma/space values round trip through @tus/server', async () => {
    const location = await tus.upload(server.endpoint, Buffer.from('x'), {
      metadata: { filename: 'résumé ✓.txt', flag: null, 'dotted.key': 'a,b c' }
    })
    const metadata = await tus.metadata(location)
    expect(metadata.filename?.toString()).toBe('résumé ✓.txt')
    expect(metadata.flag).toBeNull()
    expect(metadata['dotted.key']?.toString()).toBe('a,b c')
    expect(tus.metadataToStrings(metadata)).toEqual({ filename: 'résumé ✓.txt', flag: null, 'dotted.key': 'a,b c' })
  })

  test('binary values are sent and read back byte for byte', async () => {
    // @tus/server re-encodes values as UTF-8 text, so a proxy hands back what the client sent.
    const binary = Buffer.from([0, 1, 2, 0xff, 0xfe, 10, 13, 44, 32])
    const proxy = await startFaultProxy(server.url)
    try {
      const location = await tus.upload(`${proxy.url}/files/`, Buffer.from('x'), { metadata: { empty: '', binary } })
      const sent = server.requests.find(r => r.method === 'POST')?.uploadMetadata
      // An empty value is "key ": HTTP trims a trailing space, so it is kept apart only before a comma.
      expect(sent).toBe(`empty ,binary ${binary.toString('base64')}`)
      proxy.rewriteResponseHeaders({ 'Upload-Metadata': sent as string }, { method: 'HEAD' })
      const metadata = await tus.metadata(location)
      expect(metadata.binary).toEqual(binary)
      expect(metadata.empty).toEqual(Buffer.alloc(0))
      expect(tus.metadataToStrings(metadata).binary).toBe('\\x00\\x01\\x02\\xff\\xfe\\x0a\\x0d, ')
    } finally {
      await proxy.close()
    }
  })

  test('the header codec keeps value-less keys apart from empty values', () => {
    expect(tus.encodeMetadata({ a: null, b: '', c: 'hi' })).toBe('a,b ,c aGk=')
    const decoded = tus.decodeMetadata('a,b ,c aGk=')
    expect(decoded).toEqual({ a: null, b: Buffer.alloc(0), c: Buffer.from('hi') })
  })

  test('a key named __proto__ (tusd accepts it) is an entry like any other, not a prototype', () => {
    const decoded = tus.decodeMetadata('__proto__ eA==,a Yg==,constructor')
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype)
    expect(Object.keys(decoded)).toEqual(['__proto__', 'a', 'constructor'])
    expect(tus.metadataToStrings(decoded)).toEqual(JSON.parse('{"__proto__":"x","a":"b","constructor":null}'))
    expect(tus.encodeMetadata(JSON.parse('{"__proto__":"x"}'))).toBe('__proto__ eA==')
  })

  test.each([
    [{ timeout: Number.POSITIVE_INFINITY }, 'timeout must be above 0 and at most 2147483 seconds, got Infinity'],
    [{ timeout: 3_000_000 }, 'timeout must be above 0 and at most 2147483 seconds, got 3000000'],
    [{ retry: { delay: 3_000_000 } }, 'retry delay must be 0 to 2147483 seconds, got 3000000'],
    [{ retry: { maxDelay: Number.POSITIVE_INFINITY } }, 'maximum retry delay must be 0 to 2147483 seconds, got Infinity']
  ])('a wait longer than a timer holds is refused before any request: %j', async (options, message) => {
    const error = await tus.upload(server.endpoint, Buffer.from('x'), options).catch(e => e)
    expect(error).toBeInstanceOf(TusError)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toBe(message)
    expect(server.requests).toHaveLength(0)
  })

  test('a metadata value that is neither text, bytes nor null is refused', () => {
    const values = JSON.parse('{"n":1}') as tus.MetadataInput
    expect(() => tus.encodeMetadata(values)).toThrow('metadata "n": the value must be a string, bytes or null, got number')
  })

  test.each([
    ['not base64', 'key !!!!', /value of "key" is not valid base64/],
    ['bad padding', 'key aGk', /not valid base64/],
    ['three parts', 'key aGk= extra', /is not "key base64value"/],
    ['duplicate key', 'a aGk=,a aGk=', /appears twice/]
  ])('malformed Upload-Metadata (%s) is a clear error', (_name, header, message) => {
    expect(() => tus.decodeMetadata(header)).toThrow(message)
  })

  test('empty pairs (a trailing comma, two commas) are skipped, as tusd does', () => {
    expect(tus.metadataToStrings(tus.decodeMetadata('a aGk=,,b,'))).toEqual({ a: 'hi', b: null })
  })

  test.each([
    ['', /metadata key is empty/],
    ['has space', /"has space" is invalid/],
    ['com,ma', /"com,ma" is invalid/],
    ['ünïcode', /is invalid/]
  ])('invalid metadata key %j is refused before any request', async (key, message) => {
    const error = await tus.upload(server.endpoint, Buffer.from('x'), { metadata: { [key]: 'v' } }).catch(e => e)
    expect(error).toBeInstanceOf(TusError)
    expect(error.code).toBe('INVALID_INPUT')
    expect(error.message).toMatch(message)
    expect(server.requests).toHaveLength(0)
  })
})

describe('low-level functions', () => {
  test('configuration lists versions and extensions', async () => {
    const config = await tus.configuration(server.endpoint)
    expect(config.versions).toContain('1.0.0')
    expect(config.extensions).toEqual(expect.arrayContaining(['creation', 'creation-with-upload', 'creation-defer-length', 'termination']))
  })

  test('create, offset, patch, terminate', async () => {
    const created = await tus.create(server.endpoint, { length: 6, metadata: { name: 'low' } })
    expect(created.offset).toBe(0)
    expect(await tus.offset(created.location)).toMatchObject({ offset: 0, length: 6 })
    expect(await tus.patch(created.location, 0, Buffer.from('abc'))).toBe(3)
    expect(await tus.patch(created.location, 3, Readable.from([Buffer.from('def')]), { contentLength: 3 })).toBe(6)
    expect((await server.storedBytes(created.location)).toString()).toBe('abcdef')
    const state = await tus.offset(created.location)
    expect(state.metadata.name?.toString()).toBe('low')
    await tus.terminate(created.location)
    const error = await tus.offset(created.location).catch(e => e)
    expect(error.status).toBe(404)
  })

  test('a stream body that a redirect would need again fails at once and leaves no timer behind', async () => {
    const proxy = await startFaultProxy(server.url)
    try {
      const created = await tus.create(server.endpoint, { length: 5 })
      proxy.respondWith(307, { method: 'PATCH', headers: { Location: proxy.proxied(created.location) } })
      const timers = () => process.getActiveResourcesInfo().filter(kind => kind === 'Timeout').length
      const before = timers()
      const error = await tus.patch(proxy.proxied(created.location), 0, Readable.from([Buffer.from('hello')]), { contentLength: 5, timeout: 30 }).catch(e => e)
      expect(error).toBeInstanceOf(TusError)
      expect(timers()).toBe(before)
    } finally {
      await proxy.close()
    }
  })

  test('create with data (creation-with-upload) and a deferred length', async () => {
    const created = await tus.create(server.endpoint, { length: 5, body: Buffer.from('hello') })
    expect(created.offset).toBe(5)
    expect((await server.storedBytes(created.location)).toString()).toBe('hello')
    const deferred = await tus.create(server.endpoint, { deferLength: true })
    expect((await tus.offset(deferred.location)).length).toBeUndefined()
    expect(await tus.patch(deferred.location, 0, Buffer.from('xy'), { uploadLength: 2 })).toBe(2)
    expect(await tus.offset(deferred.location)).toMatchObject({ offset: 2, length: 2 })
  })

  test('offset reports Upload-Expires (expiration extension)', async () => {
    // @tus/server sends Upload-Expires only with PATCH answers; a proxy adds it to the HEAD.
    const proxy = await startFaultProxy(server.url)
    try {
      const created = await tus.create(`${proxy.url}/files/`, { length: 10 })
      proxy.rewriteResponseHeaders({ 'Upload-Expires': 'Wed, 25 Jun 2031 16:00:00 GMT' }, { method: 'HEAD' })
      const state = await tus.offset(created.location)
      expect(state.expires?.toISOString()).toBe('2031-06-25T16:00:00.000Z')
    } finally {
      await proxy.close()
    }
  })

  test.each([
    ['create with length -5', () => tus.create(server.endpoint, { length: -5 }), 'length must be a whole number of bytes >= 0, got -5'],
    ['create with length 1.5', () => tus.create(server.endpoint, { length: 1.5 }), 'length must be a whole number of bytes >= 0, got 1.5'],
    ['patch at offset -1', () => tus.patch(`${server.endpoint}x`, -1, Buffer.from('a')), 'offset must be a whole number of bytes >= 0, got -1']
  ])('%s is refused before any request', async (_name, call, message) => {
    const error = await call().catch(e => e)
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message })
    expect(server.requests).toHaveLength(0)
  })

  test('a PATCH at the wrong offset is a 409 error, not retried at low level', async () => {
    const created = await tus.create(server.endpoint, { length: 10 })
    const error = await tus.patch(created.location, 5, Buffer.from('x')).catch(e => e)
    expect(error).toMatchObject({ code: 'HTTP', status: 409 })
  })
})

describe('server limits', () => {
  let limited: TusServer
  beforeAll(async () => { limited = await startTusServer({ maxSize: 1000 }) })
  afterAll(() => limited.close())

  test('a source larger than Tus-Max-Size fails before a byte is sent', async () => {
    const error = await tus.upload(limited.endpoint, Buffer.alloc(1001)).catch(e => e)
    expect(error).toMatchObject({ code: 'TOO_LARGE' })
    expect(error.message).toMatch(/1001 bytes, more than the server's Tus-Max-Size of 1000/)
    expect(limited.requests.map(r => r.method)).toEqual(['OPTIONS'])
    expect(limited.uploadIds()).toEqual([])
  })

  test('a source of exactly Tus-Max-Size goes through', async () => {
    const bytes = pseudoRandomBytes(1000, 'max')
    const location = await tus.upload(limited.endpoint, bytes)
    expect(sha256Buffer(await limited.storedBytes(location))).toBe(sha256Buffer(bytes))
  })
})

describe('relative Location headers are resolved as RFC 3986 says', () => {
  let relative: TusServer
  let proxy: FaultProxy
  beforeAll(async () => {
    relative = await startTusServer({ relativeLocation: true })
    proxy = await startFaultProxy(relative.url)
  })
  afterAll(async () => {
    await proxy.close()
    await relative.close()
  })

  test('an absolute path (/files/abc) from the server itself', async () => {
    const bytes = pseudoRandomBytes(100, 'rel1')
    const location = await tus.upload(relative.endpoint, bytes)
    expect(location).toMatch(new RegExp(`^${relative.url}/files/[0-9a-f]+$`))
    expect(await relative.storedBytes(location)).toEqual(bytes)
  })

  test.each([
    ['a bare id (abc)', (id: string) => id],
    ['a dot-dot path (../files/abc)', (id: string) => `../files/${id}`],
    ['a dot path (./abc)', (id: string) => `./${id}`]
  ])('%s', async (_name, rewrite) => {
    proxy.rewriteResponseHeaders(headers => {
      headers.location = rewrite(headers.location.split('/').pop() as string)
    }, { method: 'POST' })
    const bytes = pseudoRandomBytes(5000, _name)
    const location = await tus.upload(`${proxy.url}/files/`, bytes, { chunkSize: 2000 })
    expect(location).toMatch(new RegExp(`^${proxy.url}/files/[0-9a-f]+$`))
    expect(await relative.storedBytes(location)).toEqual(bytes)
  })
})
