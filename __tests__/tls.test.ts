/** TLS is verified by default; a private CA can be trusted; `insecure` skips verification. */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import * as tus from '../src/tus/index.js'
import { startTusServer, type TusServer } from './helpers/tusServer.js'
import { startStaticServer } from './helpers/faultProxy.js'
import { makeSelfSignedCert, type SelfSignedCert } from './helpers/tls.js'

let cert: SelfSignedCert
let server: TusServer
const quick = { retry: { retries: 3, delay: 0.01 } }

beforeAll(async () => {
  cert = makeSelfSignedCert()
  server = await startTusServer({ tls: { key: cert.key, cert: cert.cert } })
})
afterAll(async () => {
  await server.close()
  cert.cleanup()
})

describe('https with a self-signed certificate', () => {
  test('is refused by default, at once, with an error that mentions the certificate', async () => {
    const error = await tus.upload(server.endpoint, Buffer.from('x'), quick).catch(e => e)
    expect(error).toMatchObject({ code: 'NETWORK' })
    expect(error.message).toMatch(/self.signed certificate/i)
    expect(error.message).toMatch(/trust its CA \(tls.ca, --ca, ca-file\)/)
    expect(server.requests).toHaveLength(0)
  })

  test('is trusted with its CA and verification on', async () => {
    const location = await tus.upload(server.endpoint, Buffer.from('trusted'), { ...quick, tls: { ca: cert.cert } })
    expect(location.startsWith('https://')).toBe(true)
    expect((await server.storedBytes(location)).toString()).toBe('trusted')
  })

  test('with another CA given, the error says that CA did not sign it', async () => {
    const other = makeSelfSignedCert()
    try {
      const error = await tus.upload(server.endpoint, Buffer.from('x'), { ...quick, tls: { ca: other.cert } }).catch(e => e)
      expect(error).toMatchObject({ code: 'NETWORK', retryable: false })
      expect(error.message).toMatch(/the CA given \(tls.ca, --ca, ca-file\) did not sign it: check that file/)
    } finally {
      other.cleanup()
    }
  })

  test('on a shared client, a failure without the CA is not shared with a call that brings it', async () => {
    const client = tus.createHttpClient()
    try {
      const error = await tus.upload(server.endpoint, Buffer.from('x'), { ...quick, httpClient: client }).catch(e => e)
      expect(error.message).toMatch(/self.signed certificate/i)
      const location = await tus.upload(server.endpoint, Buffer.from('with ca'), { ...quick, httpClient: client, tls: { ca: cert.cert } })
      expect((await server.storedBytes(location)).toString()).toBe('with ca')
    } finally {
      client.dispose()
    }
  })

  test('with a Host header, an http:// Location the server built from that name goes to the https endpoint', async () => {
    const bytes = Buffer.from('0123456789'.repeat(300))
    const location = await tus.upload(server.endpoint, bytes, { ...quick, tls: { ca: cert.cert }, headers: { Host: 'localhost' }, chunkSize: 1000 })
    expect(location.startsWith(`https://127.0.0.1:${new URL(server.endpoint).port}/`)).toBe(true)
    expect((await server.storedBytes(location)).equals(bytes)).toBe(true)
    expect(server.requests.filter(r => r.method === 'PATCH')).toHaveLength(3)
  })

  test('http:// to it: the error suggests https://', async () => {
    const error = await tus.upload(server.endpoint.replace('https:', 'http:'), Buffer.from('x'), quick).catch(e => e)
    expect(error).toMatchObject({ code: 'NETWORK' })
    expect(error.message).toMatch(/socket hang up \(the server closed the connection without an answer; if it speaks TLS on that port, use https:\/\/\)/)
  })

  test('is accepted with insecure', async () => {
    const location = await tus.upload(server.endpoint, Buffer.from('insecure'), { ...quick, tls: { insecure: true } })
    expect((await server.storedBytes(location)).toString()).toBe('insecure')
  })

  test('a redirect from https to http is refused', async () => {
    const plain = await startStaticServer((_req, res) => { res.writeHead(500); res.end() })
    server.resetRequests()
    const redirecting = await startTusServer({
      tls: { key: cert.key, cert: cert.cert },
      onRequest: (_req, res) => {
        res.writeHead(307, { Location: `${plain.url}/files/` })
        res.end()
        return true
      }
    })
    try {
      const error = await tus.upload(redirecting.endpoint, Buffer.from('x'), { ...quick, tls: { ca: cert.cert } }).catch(e => e)
      expect(error.message).toMatch(/refusing redirect from https to http/)
      expect(plain.requests).toHaveLength(0)
    } finally {
      await redirecting.close()
      await plain.close()
    }
  })

  test('a Location from https to http is refused', async () => {
    const downgrading = await startTusServer({
      tls: { key: cert.key, cert: cert.cert },
      serverOptions: { generateUrl: (_req, { host, path, id }) => `http://${host}${path}/${id}` }
    })
    try {
      const error = await tus.upload(downgrading.endpoint, Buffer.from('x'), { ...quick, tls: { ca: cert.cert } }).catch(e => e)
      expect(error.message).toMatch(/refusing upload from https to http/)
    } finally {
      await downgrading.close()
    }
  })
})
