// Starts bench/lib/server.mjs as a child process and talks to its side endpoints.
import { spawn } from 'node:child_process'
import http from 'node:http'
import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SCRIPT = fileURLToPath(new URL('./server.mjs', import.meta.url))
const START_TIMEOUT_MS = 15_000

/** Resolves to { endpoint, origin, pid, stats(), reset(), uploads(), purge(), stop() }. */
export async function startServer(storeDir) {
  // stdin stays a pipe: the server exits when it closes, i.e. when this process ends.
  const child = spawn(process.execPath, [SCRIPT, storeDir], { stdio: ['pipe', 'pipe', 'inherit'] })
  const port = await readPort(child)
  const origin = `http://127.0.0.1:${port}`
  const agent = new http.Agent({ keepAlive: false })
  const call = async (method, path) => {
    const res = await request(agent, `${origin}${path}`, method, {})
    if (res.status !== 200) throw new Error(`bench server: ${method} ${path} answered ${res.status}`)
    return JSON.parse(res.body.toString('utf8'))
  }
  return {
    origin,
    endpoint: `${origin}/files`,
    pid: child.pid,
    stats: () => call('GET', '/__stats'),
    reset: () => call('POST', '/__reset'),
    uploads: () => storedUploads(storeDir),
    warmUp: () => warmUp(`${origin}/files`),
    purge: () => purgeStore(storeDir),
    stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    }
  }
}

function readPort(child) {
  return new Promise((resolve, reject) => {
    let text = ''
    const fail = error => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      reject(error)
    }
    const timer = setTimeout(() => fail(new Error('bench server: no port within 15 s')), START_TIMEOUT_MS)
    child.once('exit', code => fail(new Error(`bench server exited early (code ${code})`)))
    child.on('error', fail)
    child.stdout.on('data', chunk => {
      text += chunk
      const line = text.split('\n')[0]
      if (!text.includes('\n')) return
      clearTimeout(timer)
      child.removeAllListeners('exit')
      try {
        resolve(JSON.parse(line).port)
      } catch {
        fail(new Error(`bench server said ${JSON.stringify(line)}`))
      }
    })
  })
}

/** The uploads in the store: { id, path, size } with size = bytes received (the data file's size). */
function storedUploads(dir) {
  return readdirSync(dir)
    .filter(name => !name.endsWith('.json'))
    .map(id => ({ id, path: join(dir, id), size: statSync(join(dir, id)).size }))
}

/** Empties the store between runs: a 2 GiB case would otherwise fill the disk. */
function purgeStore(dir) {
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true, recursive: true })
}

/** One request; resolves to { status, headers, body } (status >= 400 too), with a 30 s idle timeout. */
function request(agent, url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers, timeout: 30_000 })
    req.on('timeout', () => req.destroy(new Error(`${method} ${url} timed out`)))
    req.on('error', reject)
    req.on('response', res => {
      const chunks = []
      res.on('data', c => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.end(body)
  })
}

async function tusRequest(agent, url, method, headers, body) {
  const res = await request(agent, url, method, { 'Tus-Resumable': '1.0.0', ...headers }, body)
  if (res.status >= 300) throw new Error(`warm-up ${method} answered ${res.status}`)
  return res.headers
}

/**
 * Unmeasured traffic before the first run (small creation-with-upload POSTs, one 32 MiB PATCH),
 * so that the first contender does not pay for the server's JIT warm-up.
 */
async function warmUp(endpoint) {
  const agent = new http.Agent({ keepAlive: true })
  const small = Buffer.alloc(64 * 1024, 1)
  const octets = { 'Content-Type': 'application/offset+octet-stream' }
  try {
    for (let i = 0; i < 50; i++) await tusRequest(agent, endpoint, 'POST', { ...octets, 'Upload-Length': String(small.length) }, small)
    const big = Buffer.alloc(32 * 1024 * 1024, 2)
    const { location } = await tusRequest(agent, endpoint, 'POST', { 'Upload-Length': String(big.length) })
    await tusRequest(agent, location, 'PATCH', { ...octets, 'Upload-Offset': '0' }, big)
  } finally {
    agent.destroy()
  }
}
