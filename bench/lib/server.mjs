// The benchmark's tus server, run as its own child process so that its CPU and memory never mix
// with a contender's: @tus/server + @tus/file-store on 127.0.0.1 and a free port.
//
//   node bench/lib/server.mjs <store-dir>
//
// Prints one JSON line {"port": N} once listening. Side endpoints, outside the tus path:
//   GET  /__stats  per-method request counts since the last reset; the times (performance.timeOrigin
//                  + performance.now(), a clock shared with the parent) of the first tus request,
//                  of the first one carrying upload data and of the last answer; and this
//                  process's CPU time since the reset
//   POST /__reset  zeroes the above
// Exits when its stdin closes, so it never outlives the bench.
import http from 'node:http'
import { performance } from 'node:perf_hooks'
import { FileStore } from '@tus/file-store'
import { Server } from '@tus/server'

const TUS_PATH = '/files'
const dir = process.argv[2]
if (!dir) {
  process.stderr.write('usage: node bench/lib/server.mjs <store-dir>\n')
  process.exit(2)
}

const tus = new Server({ path: TUS_PATH, datastore: new FileStore({ directory: dir }) })

let stats
function reset() {
  stats = { counts: {}, total: 0, firstAt: null, dataAt: null, lastEndAt: null, cpuStart: process.cpuUsage() }
}
reset()

function now() {
  return performance.timeOrigin + performance.now()
}

function sendJson(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(`${JSON.stringify(body)}\n`)
}

function side(req, res, pathname) {
  if (pathname === '/__stats' && req.method === 'GET') {
    const cpu = process.cpuUsage(stats.cpuStart)
    const { counts, total, firstAt, dataAt, lastEndAt } = stats
    return sendJson(res, 200, { counts, total, firstAt, dataAt, lastEndAt, cpuUs: cpu.user + cpu.system })
  }
  if (pathname === '/__reset' && req.method === 'POST') {
    reset()
    return sendJson(res, 200, { ok: true })
  }
  sendJson(res, 404, { error: 'not found' })
}

const httpServer = http.createServer((req, res) => {
  const pathname = new URL(req.url ?? '/', 'http://x').pathname
  if (pathname.startsWith('/__')) return side(req, res, pathname)
  if (pathname !== TUS_PATH && !pathname.startsWith(`${TUS_PATH}/`)) return sendJson(res, 404, { error: 'not a tus path' })
  stats.firstAt ??= now()
  // The first request that carries upload data: a PATCH, or a creation POST with a body.
  if (req.method === 'PATCH' || (req.method === 'POST' && Number(req.headers['content-length']) > 0)) stats.dataAt ??= now()
  res.on('finish', () => (stats.lastEndAt = now()))
  stats.total++
  stats.counts[req.method] = (stats.counts[req.method] ?? 0) + 1
  tus.handle(req, res).catch(() => {
    // The client went away mid-request: nothing left to answer.
    if (!res.headersSent) res.writeHead(500).end()
    else res.destroy()
  })
})
// A 2 GiB PATCH on a slow machine may outlast Node's default 300 s request timeout.
httpServer.requestTimeout = 0
httpServer.keepAliveTimeout = 30_000

httpServer.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: httpServer.address().port })}\n`)
})

function shutdown() {
  httpServer.close()
  httpServer.closeAllConnections()
  process.exit(0)
}
process.stdin.on('end', shutdown)
process.stdin.on('close', shutdown)
process.stdin.resume()
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
