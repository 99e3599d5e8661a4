/**
 * Text that a server or a file name chose reaches logs, terminals and the job summary: it must
 * not become a workflow command, an escape sequence or Markdown there.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import http from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { loggable } from '../src/action/log.js'
import { oneLine } from '../src/cli/logger.js'
import { TusError, upload } from '../src/tus/index.js'
import { escapeControls } from '../src/tus/text.js'
import { closeOnce, listenOnLoopback, makeTempDir, startFaultProxy, startTusServer, type FaultProxy, type TempDir, type TusServer } from './helpers/index.js'
import { runBundledAction } from './helpers/runner.js'

const ROOT = resolve(import.meta.dirname, '..')
const HOSTILE = 'x\n::error title=pwned::x\n::add-mask::Upload\r\u001b]0;TITLE\u0007\u001b[31mred\u202eevil'

let server: TusServer
let proxy: FaultProxy
let temp: TempDir

beforeAll(async () => {
  server = await startTusServer()
  proxy = await startFaultProxy(server.url)
  temp = await makeTempDir('tus-hostile-')
})

afterAll(async () => {
  await proxy.close()
  await server.close()
  await temp.cleanup()
})

describe('escaping', () => {
  it('escapes control characters, line breaks and bidirectional overrides, keeping tabs and text', () => {
    expect(escapeControls('a\tb\nc\rd\u001b[31me\u0085f\u202eg\u2066h\\i')).toBe('a\tb\\nc\\rd\\x1b[31me\\u0085f\\u202eg\\u2066h\\i')
    expect(oneLine('line one\n  line two \u001b]0;t\u0007')).toBe('line one line two \\x1b]0;t\\x07')
  })

  it('keeps a log line from starting a workflow command', () => {
    expect(loggable('::error::x')).toBe('\\x3a:error::x')
    expect(loggable('dist/a\n::add-mask::b')).toBe('dist/a\\n::add-mask::b')
    expect(loggable('plain: text')).toBe('plain: text')
    // The runner trims leading blanks before it looks for ::, and finds ##[command] anywhere.
    expect(loggable('  ::add-mask::x')).toBe('  \\x3a:add-mask::x')
    expect(loggable('a ##[error]b')).toBe('a ##\\x5berror]b')
  })
})

describe('a hostile server', () => {
  it("gives errors whose server text is escaped (the library's messages, so the tools' and the Action's)", async () => {
    proxy.respondWith(400, { method: 'POST', body: HOSTILE })
    const error = await upload(proxy.url + '/files/', Buffer.from('data'), { retry: { retries: 0 } }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TusError)
    const message = (error as TusError).message
    // eslint-disable-next-line no-control-regex
    expect(message).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f\u202e]/)
    expect(message).toContain('\\x1b]0;TITLE\\x07\\x1b[31mred\\u202eevil')
  })

  it('cannot make tus-upload print an escape sequence', async () => {
    proxy.respondWith(400, { method: 'POST', body: HOSTILE })
    const file = join(temp.dir, 'f.txt')
    await writeFile(file, 'data')
    const result = await promisify(execFile)(process.execPath, [join(ROOT, 'dist/tus-upload/index.js'), '--retries', '0', proxy.url + '/files/', file]).catch(
      (e: { stderr: string; code: number }) => e
    )
    expect(result.stderr).toContain('\\x1b]0;TITLE')
    expect(result.stderr).not.toContain('\u001b')
  })
})

describe('an endless answer', () => {
  /** A server whose every answer is a 400 with a body that never ends: `trickle` slowly, else fast. */
  async function endless(trickle: boolean): Promise<{ url: string; sent: () => number; close: () => Promise<void> }> {
    let sent = 0
    const timers = new Set<NodeJS.Timeout>()
    const endlessServer = http.createServer((req, res) => {
      req.resume()
      res.writeHead(400, { 'Content-Type': 'text/plain', 'Tus-Resumable': '1.0.0', 'Tus-Version': '1.0.0' })
      const chunk = Buffer.alloc(trickle ? 1 : 16 * 1024, 'a')
      const started = Date.now()
      const timer = setInterval(() => {
        // Bounded: at most 16 MiB or 40 s of it.
        if (sent > 16 * 1024 * 1024 || Date.now() - started > 40_000 || res.destroyed) return clearInterval(timer)
        sent += chunk.length
        res.write(chunk)
      }, trickle ? 200 : 1)
      timers.add(timer)
      res.on('close', () => clearInterval(timer))
    })
    const url = await listenOnLoopback(endlessServer)
    const close = closeOnce(endlessServer)
    return { url, sent: () => sent, close: async () => { timers.forEach(clearInterval); await close() } }
  }

  it('is read no further than its first 64 KiB', async () => {
    const hostile = await endless(false)
    try {
      const error = await upload(`${hostile.url}/files/`, Buffer.from('data'), { retry: { retries: 0 } }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TusError)
      expect((error as TusError).message).toMatch(/^OPTIONS .* 400/)
      expect(hostile.sent()).toBeLessThan(8 * 1024 * 1024)
    } finally {
      await hostile.close()
    }
  })

  it('cannot hold a request past the timeout by trickling', async () => {
    const hostile = await endless(true)
    const started = Date.now()
    try {
      const error = await upload(`${hostile.url}/files/`, Buffer.from('data'), { timeout: 1, retry: { retries: 0 } }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(TusError)
      expect((error as TusError).code).toBe('TIMEOUT')
      // The trickle alone would go on for minutes.
      expect(Date.now() - started).toBeLessThan(20_000)
    } finally {
      await hostile.close()
    }
  })
})

describe('a hostile file name', () => {
  it('cannot issue a workflow command through the Action log, nor break the job summary', async () => {
    const workspace = join(temp.dir, 'ws')
    const name = 'r\n\n# Approved\n::error title=pwned::x\n  ::add-mask::Upload ##[error]legacy \u202etxt.exe'
    await mkdir(join(workspace, 'dist'), { recursive: true })
    await writeFile(join(workspace, 'dist', name), 'content')
    const run = await runBundledAction({ cwd: workspace, inputs: { endpoint: server.endpoint, glob: 'dist' } })
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n')
    // The runner trims leading blanks, and takes the older ##[command] anywhere in a line.
    expect(lines.filter((line) => /^\s*::(error|add-mask)|##\[/.test(line))).toEqual([])
    // The name went through as it is: as metadata, read back, and as the output's path.
    const [uploaded] = JSON.parse(run.outputs.uploads) as Array<{ path: string; metadata: Record<string, string> }>
    expect(uploaded.path).toBe(`dist/${name}`)
    expect(uploaded.metadata.filename).toBe(name)
    expect(run.summary).not.toContain('\n# Approved')
    expect(run.summary).toContain('r\\n\\n# Approved')
    expect(run.summary).not.toContain('\u202e')
    expect(run.stdout).not.toContain('\u202e')
  })
})
