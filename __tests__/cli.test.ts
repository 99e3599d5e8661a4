/**
 * End-to-end tests of the command-line tools as users run them: the ncc bundles in dist/
 * (`npm run bundle` first), spawned with plain node against a real tus server.
 */
import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Readable } from 'node:stream'
import { fingerprint, ResumeStore } from '../src/common/resumeStore.js'
import { startFaultProxy, type FaultProxy } from './helpers/faultProxy.js'
import { tusCreate, tusPatch } from './helpers/http.js'
import { makeSelfSignedCert } from './helpers/tls.js'
import { makeFile, makeTempDir, sha256, startTusServer, type TempDir, type TusServer } from './helpers/tusServer.js'

const ROOT = resolve(import.meta.dirname, '..')
// The bundles under test: dist/ (npm run bundle), or another build named by TUS_CLI_DIST.
const DIST = process.env.TUS_CLI_DIST ?? join(ROOT, 'dist')
const TUS_UPLOAD = join(DIST, 'tus-upload/index.js')
const TUS_METADATA = join(DIST, 'tus-metadata/index.js')
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

interface Spawned {
  /** Resolves when the process has exited. */
  done: Promise<Run>
  /** stderr so far. */
  stderr: () => string
  /** stdout so far. */
  stdout: () => string
  /** Closes our end of the child's stdout, as `| head -1` does. */
  closeStdout: () => void
  kill: (signal: NodeJS.Signals) => void
}

interface StartOptions {
  cwd?: string
  input?: Buffer | string
  /** Standard input redirected from this file (`< file`), instead of a pipe. */
  stdinFile?: string
}

function start(script: string, args: string[], options: StartOptions = {}): Spawned {
  const stdinFd = options.stdinFile === undefined ? undefined : openSync(options.stdinFile, 'r')
  const child = spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: [stdinFd ?? 'pipe', 'pipe', 'pipe']
  })
  if (stdinFd !== undefined) closeSync(stdinFd)
  const childStdout = child.stdout as Readable
  let stdout = ''
  let stderr = ''
  childStdout.setEncoding('utf8').on('data', (text: string) => (stdout += text))
  ;(child.stderr as Readable).setEncoding('utf8').on('data', (text: string) => (stderr += text))
  child.stdin?.on('error', () => {})
  if (options.input !== undefined) child.stdin?.end(options.input)
  else child.stdin?.end()
  const done = new Promise<Run>((resolvePromise, reject) => {
    child.on('error', reject)
    child.on('close', (code, signal) => resolvePromise({ code, signal, stdout, stderr }))
  })
  return { done, stderr: () => stderr, stdout: () => stdout, closeStdout: () => childStdout.destroy(), kill: signal => child.kill(signal) }
}

function run(script: string, args: string[], options: StartOptions = {}): Promise<Run> {
  return start(script, args, options).done
}

const lines = (text: string): string[] => text.split('\n').filter(line => line !== '')

async function waitFor(what: string, condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolveTick => setTimeout(resolveTick, 25))
  }
}

beforeAll(() => {
  for (const bundle of [TUS_UPLOAD, TUS_METADATA]) {
    if (!existsSync(bundle)) throw new Error(`${bundle} is missing; run npm run bundle before these tests`)
  }
})

let server: TusServer
let tmp: TempDir
beforeEach(async () => {
  server = await startTusServer()
  tmp = await makeTempDir('tus-cli-test-')
})
afterEach(async () => {
  await server.close()
  await tmp.cleanup()
})

describe('tus-upload', () => {
  it('a standard output that fails (a full disk, a closed pipe) is said once; the URLs go to stderr; exit 1', async () => {
    const a = await makeFile(tmp.dir, 10, 1, 'a.txt')
    const b = await makeFile(tmp.dir, 20, 2, 'b.txt')
    const full = openSync('/dev/full', 'w')
    const child = spawn(process.execPath, [TUS_UPLOAD, server.endpoint, a.path, b.path], { stdio: ['ignore', full, 'pipe'] })
    closeSync(full)
    let stderr = ''
    child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    const code = await new Promise(resolveCode => child.on('close', resolveCode))
    expect(code).toBe(1)
    expect(stderr).toContain('tus-upload: cannot write to standard output (ENOSPC); its lines go to standard error from here on')
    expect(stderr).not.toMatch(/\n\s+at /)
    const urls = lines(stderr).filter(line => line.startsWith(server.endpoint))
    expect(urls).toHaveLength(2)
    expect((await server.storedBytes(urls[1])).length).toBe(20)

    // | head -1: the pipe closes after the first line, while the second file is still on its way.
    const big = await makeFile(tmp.dir, 32 * 1024 * 1024, 3, 'big.bin')
    const piped = start(TUS_UPLOAD, ['--concurrency', '1', server.endpoint, a.path, big.path])
    await waitFor('the first URL', () => piped.stdout().includes('\n'))
    piped.closeStdout()
    const run = await piped.done
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('cannot write to standard output (EPIPE)')
    const bigUrl = lines(run.stderr).find(line => line.startsWith(server.endpoint))
    expect(await sha256(server.storedPath(bigUrl as string))).toBe(big.sha256)
  })

  it('uploads files and prints their upload URLs in argument order', async () => {
    const big = await makeFile(tmp.dir, 3 * 1024 * 1024 + 17, 1, 'big.bin')
    const small = await makeFile(tmp.dir, 10, 2, 'notes.txt')
    const empty = await makeFile(tmp.dir, 0, 3, 'empty.json')
    const result = await run(TUS_UPLOAD, [server.endpoint, big.path, small.path, empty.path, '-m', 'project=demo', '-m', 'flag'])
    expect(result.stderr).not.toMatch(/error|warning/i)
    expect(result.code).toBe(0)
    const urls = lines(result.stdout)
    expect(urls).toHaveLength(3)
    const files = [big, small, empty]
    for (const [i, url] of urls.entries()) {
      expect(url.startsWith(server.endpoint)).toBe(true)
      expect((await server.storedBytes(url)).equals(await readFile(files[i].path))).toBe(true)
    }
    expect(server.storedInfo(urls[0]).metadata).toEqual({
      filename: 'big.bin',
      filetype: 'application/octet-stream',
      project: 'demo',
      flag: null
    })
    expect(server.storedInfo(urls[1]).metadata).toMatchObject({ filename: 'notes.txt', filetype: 'text/plain' })
    expect(server.storedInfo(urls[2]).metadata).toMatchObject({ filename: 'empty.json', filetype: 'application/json' })
    // Logs went to stderr, one line per file and a summary (the library's completion line is debug).
    expect(result.stderr).toMatch(/tus-upload: .*big\.bin: uploaded 3 MiB in /)
    expect(result.stderr).toMatch(/3 of 3 files uploaded/)
    expect(lines(result.stderr)).toHaveLength(4)
  })

  it('prints one JSON object per file with --json, and lets --metadata win over the defaults', async () => {
    const file = await makeFile(tmp.dir, 1000, 1, 'photo.jpeg')
    const result = await run(TUS_UPLOAD, ['--json', '-m', 'filetype=image/x-custom', '-m', 'empty=', server.endpoint, 'photo.jpeg'], {
      cwd: tmp.dir
    })
    expect(result.code).toBe(0)
    const [line, ...rest] = lines(result.stdout)
    expect(rest).toEqual([])
    const object = JSON.parse(line)
    expect(object).toEqual({
      path: 'photo.jpeg',
      location: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/files\/\w+$/),
      size: 1000,
      metadata: { filename: 'photo.jpeg', filetype: 'image/x-custom', empty: '', relativePath: 'photo.jpeg' }
    })
    expect(file.size).toBe(1000)
  })

  it('sends relativePath for a file under the cwd only', async () => {
    await mkdir(join(tmp.dir, 'tree', 'a'), { recursive: true })
    await makeFile(join(tmp.dir, 'tree', 'a'), 10, 1, 'index.js')
    await makeFile(tmp.dir, 10, 2, 'outside.txt')
    const cwd = join(tmp.dir, 'tree')
    // Given absolute or relative, a file under the cwd is named from it; one beside it is not.
    const result = await run(TUS_UPLOAD, ['--json', server.endpoint, join(cwd, 'a', 'index.js'), '../outside.txt'], { cwd })
    expect(result.code).toBe(0)
    const [inside, beside] = lines(result.stdout).map(line => JSON.parse(line) as { metadata: Record<string, string> })
    expect(inside.metadata).toEqual({ filename: 'index.js', filetype: 'text/javascript', relativePath: 'a/index.js' })
    expect(beside.metadata).toEqual({ filename: 'outside.txt', filetype: 'text/plain' })
    expect(server.storedInfo(JSON.parse(lines(result.stdout)[0]).location as string).metadata?.relativePath).toBe('a/index.js')
  })

  it('sends no default metadata with --no-default-metadata, and the --header headers', async () => {
    const file = await makeFile(tmp.dir, 100, 1, 'a.bin')
    const result = await run(TUS_UPLOAD, ['--no-default-metadata', '-H', 'Authorization: Bearer s3cret', '-q', server.endpoint, file.path])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const [url] = lines(result.stdout)
    expect(server.storedInfo(url).metadata ?? {}).toEqual({})
    expect(server.requests.length).toBeGreaterThan(0)
    for (const request of server.requests) expect(request.authorization).toBe('Bearer s3cret')
  })

  it('reads standard input for -, a stream of unknown length', async () => {
    const data = Buffer.alloc(2 * 1024 * 1024 + 5, 'x')
    const result = await run(TUS_UPLOAD, ['--json', '--chunk-size', '1MiB', server.endpoint, '-'], { input: data })
    expect(result.stderr).not.toMatch(/error/i)
    expect(result.code).toBe(0)
    const object = JSON.parse(lines(result.stdout)[0])
    expect(object).toMatchObject({ path: '-', size: data.length, metadata: {} })
    expect((await server.storedBytes(object.location)).equals(data)).toBe(true)
    expect(server.requests.find(r => r.method === 'POST')?.uploadDeferLength).toBe('1')
  })

  it('--size gives the length of standard input up front (no deferral), and is checked', async () => {
    const data = Buffer.alloc(1536 * 1024, 'y')
    server.resetRequests()
    const result = await run(TUS_UPLOAD, ['--json', '--size', '1.5MiB', server.endpoint, '-'], { input: data })
    expect(result.code).toBe(0)
    const object = JSON.parse(lines(result.stdout)[0])
    expect((await server.storedBytes(object.location)).equals(data)).toBe(true)
    const post = server.requests.find(r => r.method === 'POST')
    expect([post?.uploadLength, post?.uploadDeferLength]).toEqual([String(data.length), undefined])
    const short = await run(TUS_UPLOAD, ['--size', '2MiB', server.endpoint, '-'], { input: data })
    expect(short.code).toBe(1)
    expect(short.stderr).toContain(`the stream ended after ${data.length} bytes, but its length was given as ${2 * 1024 * 1024}`)
    expect(short.stderr).not.toContain('--upload-url') // the same input would fail the same way
    const empty = await run(TUS_UPLOAD, ['--size', '0', server.endpoint, '-'], { input: Buffer.alloc(0) })
    expect(empty.code).toBe(0)
    expect((await server.storedBytes(lines(empty.stdout)[0])).length).toBe(0)
    const file = await makeFile(tmp.dir, 10, 3, 'sized.bin')
    const onFile = await run(TUS_UPLOAD, ['--size', '10', server.endpoint, file.path])
    expect([onFile.code, onFile.stderr]).toEqual([2, `tus-upload: --size: ${file.path} is a file, whose length is known; leave --size out\n`])
  })

  it('- redirected from a regular file (< file) is uploaded as that file: known length, by range', async () => {
    const file = await makeFile(tmp.dir, 3 * 1024 * 1024 + 7, 9, 'redirected.bin')
    const result = await run(TUS_UPLOAD, ['--json', '--chunk-size', '1MiB', server.endpoint, '-'], { stdinFile: file.path })
    expect(result.code).toBe(0)
    const object = JSON.parse(lines(result.stdout)[0])
    expect(object).toMatchObject({ path: '-', size: file.size, metadata: {} })
    expect(await sha256(server.storedPath(object.location))).toBe(file.sha256)
    const post = server.requests.find(r => r.method === 'POST')
    expect([post?.uploadLength, post?.uploadDeferLength]).toEqual([String(file.size), undefined])
    expect(server.requests.filter(r => r.method === 'PATCH').map(r => r.uploadOffset)).toEqual(['0', '1048576', '2097152', '3145728'])
  })

  it('checks every file before uploading anything: exit 2 and one line per bad file', async () => {
    const good = await makeFile(tmp.dir, 10, 1, 'good.bin')
    await mkdir(join(tmp.dir, 'adir'))
    const result = await run(TUS_UPLOAD, [server.endpoint, good.path, 'missing.bin', 'adir'], { cwd: tmp.dir })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(lines(result.stderr)).toEqual([
      'tus-upload: missing.bin: no such file',
      expect.stringMatching(/^tus-upload: adir: is a directory; /)
    ])
    expect(server.requests).toEqual([])
  })

  it.each([
    [['--retries', 'abc'], 'tus-upload: --retries: "abc" is not a whole number; use 0 or more'],
    [['--chunk-size', '8XB'], 'tus-upload: --chunk-size: "8XB" is not a size; use a number of bytes or a unit such as 8MiB'],
    [['--concurrency', '0'], /^tus-upload: --concurrency: "0" is too small; /],
    [['--metadata', 'bad key=1'], /^tus-upload: --metadata: metadata key "bad key" is invalid; /],
    [['--header', 'NoColon'], `tus-upload: --header: "NoColon" is not a header; use 'Name: value'`],
    [['--ca', 'no-such.pem'], /^tus-upload: --ca: cannot read "no-such\.pem" \(no such file\); /],
    [['--resume-file', 'corrupt.json'], /^tus-upload: --resume-file: .*corrupt\.json is not a tus-upload resume file/],
    [['--bogus'], "tus-upload: unknown option '--bogus'; see tus-upload --help"],
    [['-v', '-q'], /^tus-upload: option '-v, --verbose' cannot be used with option '-q, --quiet'; see tus-upload --help$/]
  ])('exits 2 with one line for %j', async (options, message) => {
    const file = await makeFile(tmp.dir, 10, 1, 'f.bin')
    await writeFile(join(tmp.dir, 'corrupt.json'), '{ not json')
    const result = await run(TUS_UPLOAD, [...options, server.endpoint, file.path], { cwd: tmp.dir })
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    const errorLines = lines(result.stderr)
    expect(errorLines).toHaveLength(1)
    expect(errorLines[0]).toEqual(typeof message === 'string' ? message : expect.stringMatching(message))
    expect(server.requests).toEqual([])
  })

  it('exits 2 for a bad creation URL, a missing file argument and - given twice', async () => {
    const file = await makeFile(tmp.dir, 10, 1, 'f.bin')
    const ftp = await run(TUS_UPLOAD, ['ftp://example.com/files', file.path])
    expect(ftp.code).toBe(2)
    expect(ftp.stderr).toMatch(/^tus-upload: creation URL: scheme 'ftp' is not supported; /)
    const relative = await run(TUS_UPLOAD, ['files/', file.path])
    expect(relative.code).toBe(2)
    expect(relative.stderr).toMatch(/is not a URL; use an absolute http/)
    const noFile = await run(TUS_UPLOAD, [server.endpoint])
    expect(noFile.code).toBe(2)
    expect(noFile.stderr).toBe("tus-upload: missing required argument 'file'; see tus-upload --help\n")
    const twice = await run(TUS_UPLOAD, [server.endpoint, '-', '-'])
    expect(twice.code).toBe(2)
    expect(twice.stderr).toMatch(/standard input can be read only once/)
  })

  it('prints the help with the defaults, and the version', async () => {
    const help = await run(TUS_UPLOAD, ['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: tus-upload \[options\] <creation-url> <file\.\.\.>/)
    expect(help.stdout).toMatch(/--retries <n>[\s\S]*?\(default: 5/)
    expect(help.stdout).toMatch(/--timeout <seconds> [\s\S]*\(default: 60\)/)
    expect(help.stdout).toMatch(/--concurrency <n>[\s\S]*?\(default: 4\)/)
    const version = await run(TUS_UPLOAD, ['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout).toBe(`${VERSION}\n`)
  })

  it('exits 1 when a file fails, still uploading the others', async () => {
    await server.close()
    server = await startTusServer({ maxSize: 1000 })
    const small = await makeFile(tmp.dir, 100, 1, 'small.bin')
    const large = await makeFile(tmp.dir, 5000, 2, 'large.bin')
    const other = await makeFile(tmp.dir, 200, 3, 'other.bin')
    const result = await run(TUS_UPLOAD, ['--retries', '0', server.endpoint, 'small.bin', 'large.bin', 'other.bin'], { cwd: tmp.dir })
    expect(result.code).toBe(1)
    const urls = lines(result.stdout)
    expect(urls).toHaveLength(2)
    expect((await server.storedBytes(urls[0])).equals(await readFile(small.path))).toBe(true)
    expect((await server.storedBytes(urls[1])).equals(await readFile(other.path))).toBe(true)
    const errors = lines(result.stderr).filter(line => line.startsWith('tus-upload: large.bin: '))
    expect(errors).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /) // no stack trace without --verbose
    expect(large.size).toBe(5000)
  })

  it('names the upload URL to resume when an upload fails midway', async () => {
    const proxy = await startFaultProxy(server.url)
    try {
      const file = await makeFile(tmp.dir, 5 * 1024 * 1024, 1, 'mid.bin')
      proxy.respondWith(500, { method: 'PATCH', times: 10, body: 'broken' })
      const result = await run(TUS_UPLOAD, ['--retries', '1', '--retry-delay', '0', proxy.proxied(server.endpoint), file.path])
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/tus-upload: .*mid\.bin: .*\(upload URL http:\/\/127\.0\.0\.1:\d+\/files\/\w+, /)
      // The line says how to go on; doing so finishes the same upload.
      const uploadUrl = /; resume with --upload-url (\S+)\)/.exec(result.stderr)?.[1] as string
      expect(uploadUrl).toMatch(/\/files\/\w+$/)
      proxy.clear()
      server.resetRequests()
      const resumed = await run(TUS_UPLOAD, ['--upload-url', uploadUrl, proxy.proxied(server.endpoint), file.path])
      expect(resumed.code).toBe(0)
      expect(lines(resumed.stdout)).toEqual([uploadUrl])
      expect(server.requests.map(r => r.method)).not.toContain('POST')
      expect(await sha256(server.storedPath(uploadUrl))).toBe(file.sha256)
    } finally {
      await proxy.close()
    }
  })

  it('--upload-url names one upload: one file, and not with --resume-file', async () => {
    const a = await makeFile(tmp.dir, 10, 1, 'a.bin')
    const b = await makeFile(tmp.dir, 10, 2, 'b.bin')
    const url = `${server.endpoint}abc`
    const two = await run(TUS_UPLOAD, ['--upload-url', url, server.endpoint, a.path, b.path])
    expect(two.code).toBe(2)
    expect(two.stderr).toBe('tus-upload: --upload-url: it names one upload, but 2 files were given; give one file with it\n')
    const both = await run(TUS_UPLOAD, ['--upload-url', url, '--resume-file', join(tmp.dir, 'r.json'), server.endpoint, a.path])
    expect(both.code).toBe(2)
    expect(both.stderr).toBe('tus-upload: --upload-url: give it or --resume-file, not both\n')
    expect(server.requests).toHaveLength(0)
  })

  it('a file removed after the checks, while others upload, fails alone, named once', async () => {
    const big = await makeFile(tmp.dir, 64 * 1024 * 1024, 4, 'first.bin')
    const small = await makeFile(tmp.dir, 10, 5, 'vanish.txt')
    const child = start(TUS_UPLOAD, ['--concurrency', '1', server.endpoint, big.path, small.path])
    await waitFor('the first PATCH', () => server.requests.some(r => r.method === 'PATCH'))
    await rm(small.path)
    const result = await child.done
    expect(result.code).toBe(1)
    expect(lines(result.stderr)).toContain(`tus-upload: ${small.path}: no such file`)
    expect(lines(result.stdout)).toHaveLength(1)
  })

  it('a file written to while it uploads is uploaded, with a warning that it changed', async () => {
    const proxy = await startFaultProxy(server.url)
    try {
      const file = await makeFile(tmp.dir, 5 * 1024 * 1024, 6, 'growing.log')
      proxy.throttle(10 * 1024 * 1024, { method: 'PATCH' })
      const child = start(TUS_UPLOAD, [proxy.proxied(server.endpoint), file.path])
      await waitFor('the PATCH', () => proxy.requests.some(r => r.method === 'PATCH'))
      await writeFile(file.path, 'more lines\n', { flag: 'a' })
      const result = await child.done
      expect(result.code).toBe(0)
      expect(result.stderr).toContain(`tus-upload: warning: ${file.path}: the file changed during the upload (5242880 bytes when found, 5242880 uploaded, 5242891 now); the stored bytes may mix old and new: upload it again`)
    } finally {
      await proxy.close()
    }
  })

  it('a recorded upload the server no longer has: a new upload, with a warning, and not called resumed', async () => {
    const file = await makeFile(tmp.dir, 300_000, 2, 'gone.bin')
    const info = await stat(file.path)
    const resumeFile = join(tmp.dir, 'resume.json')
    const fp = fingerprint({ absolutePath: file.path, size: info.size, mtimeMs: info.mtimeMs, endpoint: server.endpoint })
    const gone = `${server.endpoint}0123456789abcdef`
    await (await ResumeStore.open(resumeFile)).set(fp, gone)

    const result = await run(TUS_UPLOAD, ['--resume-file', resumeFile, server.endpoint, file.path])
    expect(result.code).toBe(0)
    const [location] = lines(result.stdout)
    expect(location).not.toBe(gone)
    expect(await sha256(server.storedPath(location))).toBe(file.sha256)
    expect(result.stderr).toContain(`${gone} is gone (404); starting a new upload from byte 0`)
    expect(result.stderr).toMatch(/gone\.bin: uploaded 293 KiB in \S+(, [\d.]+ [kMG]?B\/s)?\n/)
    expect(result.stderr).not.toContain('(resumed')
    expect((await ResumeStore.open(resumeFile)).get(fp)).toBeUndefined()
  })

  it('--resume-file is not written for files sent whole in their creation POST', async () => {
    const a = await makeFile(tmp.dir, 1000, 3, 'small-a.bin')
    const b = await makeFile(tmp.dir, 2000, 4, 'small-b.bin')
    const resumeFile = join(tmp.dir, 'never', 'resume.json')
    const result = await run(TUS_UPLOAD, ['--resume-file', resumeFile, server.endpoint, a.path, b.path])
    expect(result.code).toBe(0)
    expect(lines(result.stdout)).toHaveLength(2)
    expect(existsSync(join(tmp.dir, 'never'))).toBe(false)
  })

  it('resumes from --resume-file and forgets the entry once done', async () => {
    const file = await makeFile(tmp.dir, 300_000, 1, 'resume.bin')
    const data = await readFile(file.path)
    const created = await tusCreate(server.endpoint, data.length)
    await tusPatch(created.location, 0, data.subarray(0, 100_000))
    const info = await stat(file.path)
    const resumeFile = join(tmp.dir, 'state', 'resume.json')
    const fp = fingerprint({ absolutePath: file.path, size: info.size, mtimeMs: info.mtimeMs, endpoint: server.endpoint })
    await (await ResumeStore.open(resumeFile)).set(fp, created.location)
    server.resetRequests()

    const result = await run(TUS_UPLOAD, ['--resume-file', resumeFile, server.endpoint, file.path])
    expect(result.code).toBe(0)
    expect(lines(result.stdout)).toEqual([created.location])
    expect((await server.storedBytes(created.location)).equals(data)).toBe(true)
    expect(server.requests.map(r => r.method)).not.toContain('POST')
    expect(server.requests.find(r => r.method === 'PATCH')?.uploadOffset).toBe('100000')
    expect(result.stderr).toContain(`resume.bin: resuming ${created.location}`)
    expect(result.stderr).toMatch(/resume\.bin: uploaded 293 KiB in .*\(resumed\)/)
    expect(result.stderr).toContain(`resume.bin: ${created.location}: the server has 100000 bytes; resuming from there`)
    expect((await ResumeStore.open(resumeFile)).get(fp)).toBeUndefined()
  })

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)('on %s aborts, reports the upload URL, keeps the resume file and exits %d; a rerun resumes', async (signal, code) => {
    const proxy: FaultProxy = await startFaultProxy(server.url)
    try {
      const file = await makeFile(tmp.dir, 6 * 1024 * 1024, 7, 'stall.bin')
      const resumeFile = join(tmp.dir, 'resume.json')
      const endpoint = proxy.proxied(server.endpoint)
      proxy.stall(30, { method: 'PATCH', afterBytes: 1024 * 1024 })
      const child = start(TUS_UPLOAD, ['--resume-file', resumeFile, endpoint, file.path])
      await waitFor('the stalled PATCH', () => proxy.requests.some(r => r.method === 'PATCH' && r.forwardedBytes >= 1024 * 1024))
      await waitFor('the resume file', () => existsSync(resumeFile))
      child.kill(signal)
      const result = await child.done
      expect(result.code).toBe(code)
      expect(result.stdout).toBe('')
      const [uploadUrl] = server.uploadIds().map(id => `${endpoint}${id}`)
      expect(result.stderr).toContain(`tus-upload: ${file.path}: interrupted`)
      expect(result.stderr).toContain(`upload URL ${uploadUrl}`)
      // Asked of the server after the interruption, not the offset the stalled PATCH started at (0).
      const held = Number(/\(the server has (\d+) bytes\)/.exec(result.stderr)?.[1])
      expect(held).toBeGreaterThan(0)
      expect(held).toBeLessThanOrEqual(1024 * 1024)
      const store = await ResumeStore.open(resumeFile)
      const info = await stat(file.path)
      const fp = fingerprint({ absolutePath: file.path, size: info.size, mtimeMs: info.mtimeMs, endpoint })
      expect(store.get(fp)).toBe(uploadUrl)

      proxy.clear()
      const rerun = await run(TUS_UPLOAD, ['--resume-file', resumeFile, endpoint, file.path])
      expect(rerun.code).toBe(0)
      expect(lines(rerun.stdout)).toEqual([uploadUrl])
      expect((await server.storedBytes(uploadUrl)).equals(await readFile(file.path))).toBe(true)
      expect(server.uploadIds()).toHaveLength(1)
    } finally {
      await proxy.close()
    }
  })
})

describe('tus-upload resumes across processes', () => {
  it('killed with SIGKILL in the middle of a large upload, the same command goes on from the server offset with the same URL', async () => {
    const proxy: FaultProxy = await startFaultProxy(server.url)
    try {
      const file = await makeFile(tmp.dir, 64 * 1024 * 1024, 9, 'killed.bin')
      const resumeFile = join(tmp.dir, 'killed.json')
      const endpoint = proxy.proxied(server.endpoint)
      const before = new Set(server.uploadIds())
      // Slow the upload down so that the kill lands in the middle: a stall after 8 MiB.
      proxy.stall(30, { method: 'PATCH', afterBytes: 8 * 1024 * 1024 })
      const args = ['--resume-file', resumeFile, '--timeout', '20', endpoint, file.path]
      const child = start(TUS_UPLOAD, args)
      await waitFor('8 MiB on the server', () => {
        const id = server.uploadIds().find(i => !before.has(i))
        return id !== undefined && server.storedOffset(id) >= 8 * 1024 * 1024
      })
      child.kill('SIGKILL')
      const killed = await child.done
      expect(killed.signal).toBe('SIGKILL')
      const [id] = server.uploadIds().filter(i => !before.has(i))
      const stored = server.storedOffset(id)
      expect(stored).toBeGreaterThan(0)
      expect(stored).toBeLessThan(file.size)

      proxy.clear()
      proxy.resetRequests()
      const rerun = await run(TUS_UPLOAD, args)
      expect(rerun.code).toBe(0)
      expect(lines(rerun.stdout)).toEqual([`${endpoint}${id}`])
      expect(proxy.requests.map(r => r.method)).not.toContain('POST')
      // It asked the server (HEAD) and went on from the answer, never from 0.
      const head = server.requests.filter(r => r.method === 'HEAD').at(-1)
      const patch = server.requests.filter(r => r.method === 'PATCH').at(-1)
      expect(Number(patch?.uploadOffset)).toBeGreaterThanOrEqual(stored)
      expect(patch?.uploadOffset).toBe(head?.responseHeaders['upload-offset'])
      expect(await sha256(server.storedPath(id))).toBe(file.sha256)
      expect(server.uploadIds().filter(i => !before.has(i))).toEqual([id])
    } finally {
      await proxy.close()
    }
  }, 120_000)
})

describe('tus-upload over https', () => {
  it('rejects a self-signed server, trusts it with --ca, skips checks with --insecure (warning)', async () => {
    const cert = makeSelfSignedCert()
    const secure = await startTusServer({ tls: { key: cert.key, cert: cert.cert } })
    try {
      const file = await makeFile(tmp.dir, 1000, 1, 'tls.bin')
      const untrusted = await run(TUS_UPLOAD, ['--retries', '0', secure.endpoint, file.path])
      expect(untrusted.code).toBe(1)
      expect(untrusted.stderr).toMatch(/tus-upload: .*tls\.bin: .*(self.signed|certificate)/i)

      const withCa = await run(TUS_UPLOAD, ['--ca', cert.certPath, secure.endpoint, file.path])
      expect(withCa.stderr).not.toMatch(/warning/)
      expect(withCa.code).toBe(0)
      expect(lines(withCa.stdout)[0]).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/files\//)

      const insecure = await run(TUS_UPLOAD, ['--insecure', secure.endpoint, file.path])
      expect(insecure.code).toBe(0)
      expect(insecure.stderr).toMatch(/^tus-upload: warning: --insecure: TLS certificates are not verified/m)

      const metadata = await run(TUS_METADATA, ['--ca', cert.certPath, lines(withCa.stdout)[0]])
      expect(metadata.code).toBe(0)
      expect(metadata.stdout).toBe('filename: tls.bin\nfiletype: application/octet-stream\n')
    } finally {
      await secure.close()
      cert.cleanup()
    }
  })
})

describe('tus-metadata', () => {
  it('prints key: value lines in the server order, a value-less key alone, bytes escaped', async () => {
    // @tus/server re-encodes metadata as UTF-8 strings (invalid bytes become U+FFFD), so this
    // upload's HEAD is answered here, with the bytes as given.
    const metadata = [
      `filename ${Buffer.from('image.jpeg').toString('base64')}`,
      'flag',
      `binary ${Buffer.from([0x61, 0xff, 0x00]).toString('base64')}`,
      `multi ${Buffer.from('two\nlines').toString('base64')}`,
      `text ${Buffer.from('Grüße').toString('base64')}`
    ].join(',')
    await server.close()
    server = await startTusServer({
      onRequest: (req, res) => {
        if (req.method !== 'HEAD' || req.url !== '/files/raw') return false
        res
          .writeHead(200, { 'Tus-Resumable': '1.0.0', 'Upload-Offset': '3', 'Upload-Length': '10', 'Upload-Metadata': metadata, 'Cache-Control': 'no-store' })
          .end()
        return true
      }
    })
    const url = `${server.endpoint}raw`
    const result = await run(TUS_METADATA, [url])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('filename: image.jpeg\nflag\nbinary: a\\xff\\x00\nmulti: two\\x0alines\ntext: Grüße\n')

    const json = await run(TUS_METADATA, ['--json', url])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({
      metadata: { filename: 'image.jpeg', flag: null, binary: 'a\\xff\\x00', multi: 'two\nlines', text: 'Grüße' },
      offset: 3,
      length: 10
    })
  })

  it('reads back what tus-upload sent', async () => {
    const file = await makeFile(tmp.dir, 50, 1, 'report.pdf')
    const upload = await run(TUS_UPLOAD, ['-m', 'note=a=b', server.endpoint, file.path])
    const [url] = lines(upload.stdout)
    const result = await run(TUS_METADATA, [url])
    expect(result.stdout).toBe('filename: report.pdf\nfiletype: application/pdf\nnote: a=b\n')
  })

  it('gives length null for a deferred length', async () => {
    const created = await tusCreate(server.endpoint, undefined, { headers: { 'Upload-Defer-Length': '1' } })
    const json = await run(TUS_METADATA, ['--json', created.location])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual({ metadata: {}, offset: 0, length: null })
  })

  it('exits 1 for a failed request and 2 for a usage error', async () => {
    const missing = await run(TUS_METADATA, ['--retries', '0', `${server.endpoint}nonexistent`])
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(lines(missing.stderr)).toEqual([expect.stringMatching(/^tus-metadata: .*404.*; the upload does not exist/)])

    const usage = await run(TUS_METADATA, ['not a url'])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/^tus-metadata: upload URL: "not a url" is not a URL; /)

    const none = await run(TUS_METADATA, [])
    expect(none.code).toBe(2)
    expect(none.stderr).toBe("tus-metadata: missing required argument 'upload-url'; see tus-metadata --help\n")

    const badRetries = await run(TUS_METADATA, ['--retries', '-1', `${server.endpoint}x`])
    expect(badRetries.code).toBe(2)
    expect(badRetries.stderr).toBe('tus-metadata: --retries: "-1" is too small; use 0 or more\n')
  })

  it('prints the version', async () => {
    const version = await run(TUS_METADATA, ['--version'])
    expect(version.stdout).toBe(`${VERSION}\n`)
  })
})
