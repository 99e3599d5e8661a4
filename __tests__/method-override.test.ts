/**
 * methodOverride / --method-override / method-override: PATCH and DELETE sent as POST with
 * X-HTTP-Method-Override, through a front that refuses PATCH and DELETE (405) to a server that
 * honours the header as tusd does (@tus/server 2.x does not, so the test server maps it first).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { offset, terminate, TusError, upload } from '../src/tus/index.js'
import { makeTempDir, pseudoRandomBytes, sha256Buffer, startTusServer, type TempDir, type TusServer } from './helpers/index.js'
import { runBundledAction } from './helpers/runner.js'

const ROOT = resolve(import.meta.dirname, '..')
const OVERRIDDEN = new Set(['PATCH', 'DELETE'])

let server: TusServer
let temp: TempDir

beforeAll(async () => {
  server = await startTusServer({
    onRequest: (req, res) => {
      if (OVERRIDDEN.has(req.method ?? '')) {
        res.writeHead(405, { 'Content-Type': 'text/plain', Allow: 'GET, HEAD, POST, OPTIONS' }).end('method not allowed here\n')
        return true
      }
      const override = req.headers['x-http-method-override']
      if (req.method === 'POST' && typeof override === 'string') req.method = override.toUpperCase()
      return false
    }
  })
  temp = await makeTempDir('tus-override-')
})

afterAll(async () => {
  await server.close()
  await temp.cleanup()
})

/** The methods as they went over the wire, with the override header when one was sent. */
function wireMethods(): string[] {
  return server.requests.map((r) => {
    const override = r.headers['x-http-method-override']
    return override === undefined ? r.method : `${r.method}(${String(override)})`
  })
}

describe('the library', () => {
  // Over the creation-with-upload limit, in two chunks: a creation POST, then PATCHes.
  const data = pseudoRandomBytes(5 * 1024 * 1024, 'override')

  it('without it, a refused PATCH fails at once, naming the option', async () => {
    server.resetRequests()
    const error = await upload(server.endpoint, data, { retry: { retries: 2, delay: 0 }, chunkSize: 4 * 1024 * 1024 }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TusError)
    expect((error as TusError).message).toMatch(
      /^PATCH http:\/\/127\.0\.0\.1:\d+\/files\/\w+ answered 405, expected 204 No Content \(a proxy or firewall may refuse PATCH: send it as POST with methodOverride \/ --method-override \/ method-override, if the server honours X-HTTP-Method-Override as tusd does\)/
    )
    expect(wireMethods().filter((m) => m === 'PATCH')).toHaveLength(1)
  })

  it('sends PATCH as POST with the header, and the stored bytes are the source', async () => {
    server.resetRequests()
    const url = await upload(server.endpoint, data, { methodOverride: true, chunkSize: 4 * 1024 * 1024, headers: { 'X-HTTP-Method-Override': 'GET' } })
    expect(sha256Buffer(await server.storedBytes(url))).toBe(sha256Buffer(data))
    // The creation POST carries no override; a header of the caller's by that name is not sent.
    expect(wireMethods()).toEqual(['OPTIONS', 'POST', 'POST(PATCH)', 'POST(PATCH)'])
    expect((await offset(url)).offset).toBe(data.length)
  })

  it('terminates with DELETE as POST', async () => {
    const url = await upload(server.endpoint, Buffer.from('short'), { methodOverride: true })
    server.resetRequests()
    await terminate(url, { methodOverride: true })
    expect(wireMethods()).toEqual(['POST(DELETE)'])
    await expect(offset(url)).rejects.toMatchObject({ status: 404 })
  })

  it('fails when the server does not honour the header', async () => {
    const plain = await startTusServer()
    try {
      const error = await upload(plain.endpoint, data, { methodOverride: true, chunkSize: 4 * 1024 * 1024, retry: { retries: 0 } }).catch((e: unknown) => e)
      // @tus/server takes the POST for a creation (without Upload-Length: 400); the message says what went over the wire.
      expect((error as TusError).message).toMatch(
        /^PATCH \(as POST\) http:\/\/127\.0\.0\.1:\d+\/files\/\w+ answered 400, expected 204 No Content \(sent as POST with X-HTTP-Method-Override: PATCH: the server does not seem to honour the header/
      )
      expect((error as TusError).method).toBe('PATCH')
    } finally {
      await plain.close()
    }
  })
})

describe('a front that refuses PATCH with 403', () => {
  it('names the option beside the credentials', async () => {
    const strict = await startTusServer({
      onRequest: (req, res) => {
        if (req.method !== 'PATCH') return false
        res.writeHead(403, { 'Content-Type': 'text/plain' }).end('forbidden\n')
        return true
      }
    })
    try {
      const data = pseudoRandomBytes(5 * 1024 * 1024, 'strict')
      const error = await upload(strict.endpoint, data, { chunkSize: 4 * 1024 * 1024, retry: { retries: 0 } }).catch((e: unknown) => e)
      expect((error as TusError).message).toContain(
        'answered 403, expected 204 No Content (check the credentials in the headers; or a proxy refuses PATCH: see methodOverride / --method-override / method-override)'
      )
    } finally {
      await strict.close()
    }
  })
})

describe('the tools and the Action', () => {
  const data = pseudoRandomBytes(5 * 1024 * 1024 + 7, 'override-tools')
  let file: string

  beforeAll(async () => {
    file = join(temp.dir, 'big.bin')
    await writeFile(file, data)
  })

  it('tus-upload --method-override', async () => {
    server.resetRequests()
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'dist/tus-upload/index.js'), '--method-override', '-q', server.endpoint, file])
    expect(sha256Buffer(await server.storedBytes(stdout.trim()))).toBe(sha256Buffer(data))
    expect(wireMethods()).toEqual(['OPTIONS', 'POST', 'POST(PATCH)'])
  })

  it('method-override: true', async () => {
    server.resetRequests()
    const run = await runBundledAction({ cwd: temp.dir, inputs: { endpoint: server.endpoint, glob: 'big.bin', 'method-override': 'true' } })
    expect(run.code).toBe(0)
    expect(sha256Buffer(await server.storedBytes(run.outputs.location))).toBe(sha256Buffer(data))
    expect(wireMethods()).toEqual(['OPTIONS', 'POST', 'POST(PATCH)', 'HEAD'])
  })
})
