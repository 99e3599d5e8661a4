/**
 * runAction() in-process against a real tus server (@tus/server): outputs written to a
 * GITHUB_OUTPUT file, the job summary to a GITHUB_STEP_SUMMARY file, the log captured from stdout.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { runAction } from '../src/action/run.js'
import { formatBytes } from '../src/common/units.js'
import { makeFile, makeTempDir, startTusServer, type MadeFile, type TempDir, type TusServer } from './helpers/index.js'

let server: TusServer
let temp: TempDir
let workspace: string
let files: Record<string, MadeFile>
let log: string[]
let outputFile: string
let summaryFile: string
const savedEnv = { ...process.env }

beforeAll(async () => {
  server = await startTusServer({
    serverOptions: {
      onUploadCreate: async (_req, upload) => {
        if (upload.metadata?.filename === 'rejected.bin') throw { status_code: 403, body: 'no rejected files here\n' }
        return {}
      }
    }
  })
  temp = await makeTempDir('tus-action-')
  workspace = path.join(temp.dir, 'ws')
  await mkdir(path.join(workspace, 'dist/sub'), { recursive: true })
  files = {
    'dist/b.bin': await makeFile(path.join(workspace, 'dist'), 70_000, 2, 'b.bin'),
    'dist/a.txt': await makeFile(path.join(workspace, 'dist'), 1000, 1, 'a.txt'),
    'dist/sub/c.bin': await makeFile(path.join(workspace, 'dist/sub'), 0, 3, 'c.bin'),
    'big/large.bin': await (async () => {
      await mkdir(path.join(workspace, 'big'))
      return makeFile(path.join(workspace, 'big'), 1024 * 1024, 4, 'large.bin')
    })(),
    'bad/rejected.bin': await (async () => {
      await mkdir(path.join(workspace, 'bad'))
      return makeFile(path.join(workspace, 'bad'), 10, 5, 'rejected.bin')
    })()
  }
})

afterAll(async () => {
  await server.close()
  await temp.cleanup()
})

beforeEach(() => {
  log = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    log.push(String(chunk))
    return true
  })
  outputFile = path.join(temp.dir, 'output.txt')
  summaryFile = path.join(temp.dir, 'summary.md')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  process.env.GITHUB_OUTPUT = outputFile
  process.env.GITHUB_STEP_SUMMARY = summaryFile
  delete process.env.RUNNER_DEBUG
  server.resetRequests()
  // The runner starts the Action in GITHUB_WORKSPACE: relative patterns are rooted there.
  process.chdir(workspace)
})

const cwd = process.cwd()

afterEach(() => {
  // SHOW_ACTION_LOG=1 npm test -- action-run: print each test's log and job summary.
  if (process.env.SHOW_ACTION_LOG) process.stderr.write(`${log.filter((l) => !l.startsWith('::debug')).join('')}\n----\n${readFileSync(summaryFile, 'utf8')}\n====\n`)
  process.chdir(cwd)
  jest.restoreAllMocks()
  for (const name of Object.keys(process.env)) if (!(name in savedEnv)) delete process.env[name]
  Object.assign(process.env, savedEnv)
  process.exitCode = undefined
})

async function run(inputs: Record<string, string>): Promise<void> {
  const all: Record<string, string> = { endpoint: server.endpoint, ...inputs }
  await runAction({ getInput: (name) => (all[name] ?? '').trim(), workspace })
}

/** The outputs as the runner reads GITHUB_OUTPUT (name<<delimiter ... delimiter). */
function outputs(): Record<string, string> {
  const text = readFileSync(outputFile, 'utf8')
  const result: Record<string, string> = {}
  const pattern = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm
  for (const match of text.matchAll(pattern)) result[match[1]] = match[3]
  return result
}

function logText(): string {
  return log.join('')
}

describe('runAction', () => {
  it('uploads the matched files in sorted order and sets the outputs', async () => {
    await run({ glob: 'dist', metadata: 'project=demo\nflag', concurrency: '2' })
    expect(process.exitCode).toBeUndefined()
    const out = outputs()
    const uploads = JSON.parse(out.uploads) as Array<{ path: string; location: string; size: number; sha256: string; metadata: Record<string, string | null> }>
    expect(uploads.map((u) => u.path)).toEqual(['dist/a.txt', 'dist/b.bin', 'dist/sub/c.bin'])
    expect(JSON.parse(out.locations)).toEqual(uploads.map((u) => u.location))
    expect(out.location).toBe(uploads[0].location)
    for (const upload of uploads) {
      const made = files[upload.path]
      expect(upload.size).toBe(made.size)
      expect(upload.sha256).toBe(made.sha256)
      expect(await server.storedBytes(upload.location)).toEqual(readFileSync(made.path))
    }
    const metadata = JSON.parse(out.metadata) as Record<string, Record<string, string | null>>
    expect(metadata[uploads[0].location]).toEqual({
      filename: 'a.txt',
      filetype: 'text/plain',
      relativePath: 'dist/a.txt',
      project: 'demo',
      flag: null
    })
    expect(uploads[1].metadata).toEqual(metadata[uploads[1].location])
    expect(uploads[1].metadata.filetype).toBe('application/octet-stream')

    const text = logText()
    expect(text).toMatch(/Uploading 3 files \(.*\) to http:\/\/127\.0\.0\.1:\d+\/files\/, 2 at a time/)
    expect(text.match(/::group::/g)).toHaveLength(3)
    expect(text).toContain(`::group::dist/a.txt: ${formatBytes(1000)} in `)
    expect(text).toContain(`-> ${uploads[0].location}`)
    expect(text).toContain(`Upload URL: ${uploads[0].location}`)
    expect(text).not.toMatch(/^uploaded \d+ bytes to /m) // the library's completion line is debug, not a group line
    expect(text).toContain(`Uploaded 3 of 3 files, ${formatBytes(71_000)} in `)
    expect(text).not.toContain('::error')

    const summary = readFileSync(summaryFile, 'utf8')
    expect(summary).toContain('<th>File</th><th>Size</th><th>Upload URL</th><th>Time</th><th>Rate</th><th>Retries</th>')
    expect(summary).toContain(`<code>${uploads[2].location}</code>`)
    expect(summary).toContain('Total: 3 of 3 files')
  })

  it('sends no default metadata with default-metadata: false', async () => {
    await run({ glob: 'dist/a.txt', 'default-metadata': 'false', metadata: 'k=v', 'chunk-size': '300' })
    const uploads = JSON.parse(outputs().uploads) as Array<{ metadata: Record<string, string | null> }>
    expect(uploads[0].metadata).toEqual({ k: 'v' })
    expect(server.requests.filter((r) => r.method === 'PATCH').length).toBeGreaterThanOrEqual(3)
  })

  it('sends the headers and masks their values and the endpoint password first', async () => {
    const endpoint = server.endpoint.replace('http://', 'http://ci:s3cret@')
    await run({ endpoint, glob: 'dist/a.txt', headers: 'X-Api-Key: key-123' })
    const text = logText()
    expect(text.indexOf('::add-mask::s3cret')).toBe(0)
    expect(text).toContain('::add-mask::key-123')
    expect(text).not.toMatch(/s3cret@/)
    const basic = `Basic ${Buffer.from('ci:s3cret').toString('base64')}`
    // Every request, the metadata read-back's HEAD included, carries the headers and the credentials.
    expect(server.requests.map((r) => r.method)).toEqual(['OPTIONS', 'POST', 'HEAD'])
    for (const request of server.requests) {
      expect(request.headers['x-api-key']).toBe('key-123')
      expect(request.authorization).toBe(basic)
    }
  })

  it('finishes the other files when one fails, and fails the step with one annotation for it', async () => {
    await run({ glob: 'dist/a.txt\nbad\nbig', retries: '0' })
    expect(process.exitCode).toBe(1)
    const uploads = JSON.parse(outputs().uploads) as Array<{ path: string }>
    expect(uploads.map((u) => u.path)).toEqual(['big/large.bin', 'dist/a.txt'])
    const text = logText()
    const errors = text.split('\n').filter((line) => line.startsWith('::error'))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^::error title=Upload failed for bad\/rejected\.bin::bad\/rejected\.bin: .*403/)
    expect(text).toContain('Uploaded 2 of 3 files (1 failed)')
    expect(readFileSync(summaryFile, 'utf8')).toContain('❌ failed')
    expect(JSON.parse(outputs().failed)).toEqual([
      { path: 'bad/rejected.bin', size: 10, location: null, offset: null, cancelled: false, error: expect.stringContaining('403') }
    ])
  })

  it('fails on bad input before any request, naming the input, without a stack trace', async () => {
    await run({ glob: 'dist', retries: 'many' })
    expect(process.exitCode).toBe(1)
    expect(server.requests).toHaveLength(0)
    const text = logText()
    expect(text).toContain('::error::Input \'retries\': "many" is not a whole number; use 0 or more')
    expect(text).not.toContain('    at ')
  })

  it('logs the stack trace of a failure only with debug logging on', async () => {
    process.env.RUNNER_DEBUG = '1'
    await run({ glob: 'dist', timeout: '0' })
    expect(process.exitCode).toBe(1)
    expect(logText()).toMatch(/::debug::UsageError: Input 'timeout': .*%0A {4}at /)
  })

  it('applies if-no-files-found', async () => {
    await run({ glob: 'nothing/*.zip' })
    expect(process.exitCode).toBe(1)
    expect(logText()).toContain('::error::No files were found with the provided glob: nothing/*.zip.')

    process.exitCode = undefined
    writeFileSync(outputFile, '')
    await run({ glob: 'nothing/*.zip', 'if-no-files-found': 'warn' })
    expect(process.exitCode).toBeUndefined()
    expect(logText()).toContain('::warning::No files were found')
    expect(outputs()).toEqual({ location: '', locations: '[]', metadata: '{}', uploads: '[]', failed: '[]' })
    expect(readFileSync(summaryFile, 'utf8')).toContain('<p>No files were found with the provided glob: nothing/*.zip. No files will be uploaded.</p>')
    expect(server.requests).toHaveLength(0)
  })

  it('leaves hidden files out unless include-hidden-files, and says so when they were all it found', async () => {
    const hiddenDir = path.join(workspace, 'hidden')
    await mkdir(path.join(hiddenDir, '.cache'), { recursive: true })
    const secret = await makeFile(path.join(hiddenDir, '.cache'), 100, 6, 'token')
    try {
      await run({ glob: 'hidden' })
      expect(process.exitCode).toBe(1)
      expect(logText()).toContain(
        "::error::No files were found with the provided glob: hidden. No files will be uploaded. It matched 1 hidden file (a name starting with '.'); set 'include-hidden-files' to true to upload them."
      )
      expect(server.requests).toHaveLength(0)

      process.exitCode = undefined
      writeFileSync(outputFile, '')
      await run({ glob: 'hidden', 'include-hidden-files': 'true' })
      expect(process.exitCode).toBeUndefined()
      const uploads = JSON.parse(outputs().uploads) as Array<{ path: string; location: string }>
      expect(uploads.map((u) => u.path)).toEqual(['hidden/.cache/token'])
      expect(await server.storedBytes(uploads[0].location)).toEqual(readFileSync(secret.path))
    } finally {
      await rm(hiddenDir, { recursive: true, force: true })
    }
  })

  it('warns when insecure-ssl is on', async () => {
    await run({ glob: 'dist/a.txt', 'insecure-ssl': 'true' })
    expect(logText()).toContain('::warning title=insecure-ssl is on::TLS certificates are not verified')
  })

  it('resumes an upload a cancelled run left, with resume-file, and forgets it once done', async () => {
    let patches = 0
    const cancelling = await startTusServer({
      lockDrainTimeout: 100,
      onRequest: (req) => {
        if (req.method === 'PATCH' && ++patches === 3) process.emit('SIGINT', 'SIGINT')
      }
    })
    const resumeFile = path.join(temp.dir, 'resume', 'uploads.json')
    const inputs: Record<string, string> = { endpoint: cancelling.endpoint, glob: 'big', 'chunk-size': '64KiB', 'resume-file': resumeFile }
    const runWith = (): Promise<void> => runAction({ getInput: (name) => inputs[name] ?? '', workspace })
    try {
      await runWith()
      expect(process.exitCode).toBe(1)
      const [id] = cancelling.uploadIds()
      const url = `${cancelling.endpoint}${id}`
      const recorded = JSON.parse(readFileSync(resumeFile, 'utf8')) as { uploads: Record<string, { url: string }> }
      expect(Object.values(recorded.uploads).map((entry) => entry.url)).toEqual([url])
      const offset = cancelling.storedOffset(id)
      expect(offset).toBeGreaterThan(0)

      process.exitCode = undefined
      writeFileSync(outputFile, '')
      log.length = 0
      cancelling.resetRequests()
      await runWith()
      expect(process.exitCode).toBeUndefined()
      expect(logText()).toContain(`big/large.bin: resuming ${url}`)
      expect(outputs().location).toBe(url)
      expect(cancelling.uploadIds()).toEqual([id])
      // Asked where it stood, then sent only the rest: no new upload, no byte twice.
      expect(cancelling.requests.map((r) => r.method).slice(0, 3)).toEqual(['OPTIONS', 'HEAD', 'PATCH'])
      expect(cancelling.requests.find((r) => r.method === 'PATCH')?.uploadOffset).toBe(String(offset))
      expect(await cancelling.storedBytes(url)).toEqual(readFileSync(files['big/large.bin'].path))
      expect(JSON.parse(readFileSync(resumeFile, 'utf8'))).toMatchObject({ uploads: {} })
    } finally {
      await cancelling.close()
    }
  })

  it('refuses a resume-file that is no resume file, before any request', async () => {
    await run({ glob: 'dist/a.txt', 'resume-file': 'dist/a.txt' })
    expect(process.exitCode).toBe(1)
    expect(logText()).toMatch(/::error::Input 'resume-file': .*dist\/a\.txt/)
    expect(server.requests).toHaveLength(0)
    // A device would be replaced by a regular file (as root, the system's /dev/null).
    process.exitCode = undefined
    await run({ glob: 'dist/a.txt', 'resume-file': '/dev/null' })
    expect(process.exitCode).toBe(1)
    expect(logText()).toContain("::error::Input 'resume-file': /dev/null is not a regular file; give a file name")
  })

  it('stops on SIGINT, naming each unfinished upload URL and its offset', async () => {
    let patches = 0
    const cancelling = await startTusServer({
      // The HEAD after the cancellation waits for the aborted PATCH's lock: keep that short.
      lockDrainTimeout: 100,
      onRequest: (req) => {
        if (req.method === 'PATCH' && ++patches === 3) process.emit('SIGINT', 'SIGINT')
      }
    })
    try {
      await runAction({
        getInput: (name) =>
          ({ endpoint: cancelling.endpoint, glob: 'big\ndist/b.bin', 'chunk-size': '64KiB', concurrency: '1' })[name] ?? '',
        workspace
      })
      expect(process.exitCode).toBe(1)
      const text = logText()
      expect(text).toContain('Received SIGINT: stopping the uploads')
      const id = cancelling.uploadIds()[0]
      expect(cancelling.uploadIds()).toHaveLength(1)
      const offset = cancelling.storedOffset(id)
      expect(offset).toBeGreaterThanOrEqual(2 * 65536)
      // The offset as the server confirms it after the cancellation.
      expect(text).toContain(`big/large.bin: ${cancelling.endpoint}${id} at offset ${offset}\n`)
      expect(text).toContain('dist/b.bin: not started')
      expect(text).toContain('::error::Cancelled: 2 of 2 uploads did not finish')
      expect(outputs().locations).toBe('[]')
      // What a later step needs to resume it: the upload URL and the server's offset.
      expect(JSON.parse(outputs().failed)).toEqual([
        { path: 'big/large.bin', size: 1024 * 1024, location: `${cancelling.endpoint}${id}`, offset, cancelled: true, error: expect.stringContaining(`cancelled at offset ${offset}`) },
        { path: 'dist/b.bin', size: 70_000, location: null, offset: null, cancelled: true, error: 'cancelled before the upload was created' }
      ])
      expect(process.listenerCount('SIGINT')).toBe(0)
    } finally {
      await cancelling.close()
    }
  })
})
