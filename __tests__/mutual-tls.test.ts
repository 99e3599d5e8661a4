/**
 * Mutual TLS: a server that asks for a client certificate (https.createServer with requestCert,
 * trusting one client CA), reached by the library, tus-upload, tus-metadata and the Action.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { TusError, upload } from '../src/tus/index.js'
import { makeSelfSignedCert, makeTempDir, startTusServer, type SelfSignedCert, type TempDir, type TusServer } from './helpers/index.js'
import { runBundledAction } from './helpers/runner.js'

const ROOT = resolve(import.meta.dirname, '..')
const run = promisify(execFile)

let serverCert: SelfSignedCert
let clientCert: SelfSignedCert
let otherClient: SelfSignedCert
let server: TusServer
let temp: TempDir

beforeAll(async () => {
  serverCert = makeSelfSignedCert()
  clientCert = makeSelfSignedCert(['ci-client'])
  otherClient = makeSelfSignedCert(['someone-else'])
  server = await startTusServer({ tls: { key: serverCert.key, cert: serverCert.cert, requestCert: true, ca: clientCert.cert } })
  temp = await makeTempDir('tus-mtls-')
})

afterAll(async () => {
  await server.close()
  for (const cert of [serverCert, clientCert, otherClient]) cert.cleanup()
  await temp.cleanup()
})

/** Runs a bundled tool; resolves with its exit code and output, whatever the code. */
async function tool(name: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(process.execPath, [join(ROOT, 'dist', name, 'index.js'), ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error
  )
}

describe('the library', () => {
  it('uploads with the client certificate and key', async () => {
    const location = await upload(server.endpoint, Buffer.from('mutual'), { tls: { ca: serverCert.cert, cert: clientCert.cert, key: clientCert.key } })
    expect((await server.storedBytes(location)).toString()).toBe('mutual')
  })

  it('without one, fails at once and says the server asks for one', async () => {
    const error = await upload(server.endpoint, Buffer.from('x'), { tls: { ca: serverCert.cert }, retry: { retries: 3, delay: 5 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TusError)
    expect(error).toMatchObject({ code: 'NETWORK', retryable: false })
    expect((error as TusError).message).toContain('(the server asks for a client certificate: give it with tls.cert and tls.key, --cert and --key, cert-file and key-file)')
  })

  it('with a certificate the server does not trust, says so', async () => {
    const error = await upload(server.endpoint, Buffer.from('x'), { tls: { ca: serverCert.cert, cert: otherClient.cert, key: otherClient.key }, retry: { retries: 0 } }).catch((e: unknown) => e)
    // Node's server (TLS 1.3) just closes the connection: the hint says what that may mean.
    expect((error as TusError).message).toMatch(/the server did not take the client certificate given|a server that does not take the client certificate given \(tls\.cert, --cert, cert-file\) closes the connection so/)
  })
})

describe('the tools', () => {
  it('tus-upload --cert --key, and tus-metadata --cert with the key in the same file', async () => {
    const file = join(temp.dir, 'a.txt')
    await writeFile(file, 'from the tool')
    const uploaded = await tool('tus-upload', ['-q', '--ca', serverCert.certPath, '--cert', clientCert.certPath, '--key', clientCert.keyPath, server.endpoint, file])
    expect(uploaded.code).toBe(0)
    const location = uploaded.stdout.trim()
    expect((await server.storedBytes(location)).toString()).toBe('from the tool')
    const combined = join(temp.dir, 'client.pem')
    await writeFile(combined, clientCert.cert + clientCert.key)
    const read = await tool('tus-metadata', ['--ca', serverCert.certPath, '--cert', combined, location])
    expect(read.code).toBe(0)
    expect(read.stdout).toContain('filename: a.txt')
  })

  it('refuse a key that is not the certificate\'s, a certificate file without a key, and --key alone, before any request', async () => {
    server.resetRequests()
    const file = join(temp.dir, 'b.txt')
    await writeFile(file, 'b')
    const mismatch = await tool('tus-upload', ['--cert', clientCert.certPath, '--key', otherClient.keyPath, server.endpoint, file])
    expect(mismatch.code).toBe(2)
    expect(mismatch.stderr).toBe(`tus-upload: --key: ${JSON.stringify(otherClient.keyPath)} is not the key of the certificate in ${JSON.stringify(clientCert.certPath)}; give the matching key\n`)
    const keyless = await tool('tus-upload', ['--cert', clientCert.certPath, server.endpoint, file])
    expect(keyless.stderr).toBe(`tus-upload: --cert: ${JSON.stringify(clientCert.certPath)} holds no PEM private key; give the key with --key\n`)
    const alone = await tool('tus-upload', ['--key', clientCert.keyPath, server.endpoint, file])
    expect(alone.stderr).toBe('tus-upload: --key: it is the key of a client certificate; give --cert too\n')
    expect(server.requests).toHaveLength(0)
  })
})

describe('the Action', () => {
  it('uploads with cert-file and key-file', async () => {
    await writeFile(join(temp.dir, 'c.txt'), 'from the action')
    const action = await runBundledAction({
      cwd: temp.dir,
      inputs: { endpoint: server.endpoint, glob: 'c.txt', 'ca-file': serverCert.certPath, 'cert-file': clientCert.certPath, 'key-file': clientCert.keyPath }
    })
    expect(action.code).toBe(0)
    expect((await server.storedBytes(action.outputs.location)).toString()).toBe('from the action')
    expect(action.stdout).not.toContain('PRIVATE KEY')
  })
})
