/**
 * A fault-injecting HTTP proxy for tests, and a "server that is not tus".
 *
 * startFaultProxy(target) listens on 127.0.0.1 and forwards every request to `target` (a
 * reverse proxy: the client talks to the proxy's URL). Bodies stream both ways, method, path and
 * headers are kept (Host is rewritten to the target's, hop-by-hop headers dropped), and absolute
 * Location headers pointing at the target are rewritten to the proxy so the client keeps talking
 * through it.
 *
 * Faults are queued with the methods below; each request takes the first queued fault whose
 * filter (method, path) matches, and a fault is used up after `times` requests (default 1).
 * Upstream requests use a fresh connection each (agent: false): what the proxy does to one
 * request never leaks into another.
 */
import http from 'node:http'
import https from 'node:https'
import { closeOnce, listenOnLoopback } from './listen.js'

export interface FaultFilter {
  /** Only requests with this method (case-insensitive), e.g. 'PATCH'. */
  method?: string
  /** Only requests whose path (with query) equals this string or matches this RegExp. */
  path?: string | RegExp
  /** How many matching requests this fault applies to. Default 1. */
  times?: number
}

export type HeaderRewrite =
  | Record<string, string | number | null | undefined>
  | ((headers: Record<string, string>, info: { method: string, path: string, status: number }) => Record<string, string> | undefined | void)

type FaultAction =
  | { kind: 'cut', bytes: number }
  | { kind: 'respond', status: number, headers: Record<string, string | number>, body?: string | Buffer }
  | { kind: 'stall', ms: number, afterBytes: number }
  | { kind: 'delay', ms: number }
  | { kind: 'throttle', bytesPerSecond: number }
  | { kind: 'closeMidResponse', mode: 'partial-headers' | 'short-body' }
  | { kind: 'swallow' }
  | { kind: 'rewrite', rewrite: HeaderRewrite }

export type FaultKind = FaultAction['kind']

interface QueuedFault {
  action: FaultAction
  filter: FaultFilter
  remaining: number
}

export interface ProxyLogEntry {
  method: string
  /** Path and query as the client sent it. */
  path: string
  /** The fault applied to this request, if any. */
  fault?: FaultKind
  /** Status the client was sent (undefined when it got no complete status line). */
  status?: number
  /** Status the target answered (undefined when not forwarded or no answer). */
  upstreamStatus?: number
  /** Request body bytes read from the client. */
  bodyBytes: number
  /** Request body bytes passed on to the target. */
  forwardedBytes: number
  /** Upstream or client error seen, if any. */
  error?: string
}

export interface FaultProxy {
  /** Proxy origin, e.g. http://127.0.0.1:41235 — use it in place of the target's origin. */
  url: string
  target: string
  /** `url` + path + query of a target URL (or of a path). */
  proxied: (targetUrlOrPath: string) => string
  requests: ProxyLogEntry[]
  resetRequests: () => void
  /**
   * Cut the connection once `bytes` of the request body have been forwarded: those bytes reach
   * the server (which stores them), then both the client's and the server's connections are
   * destroyed. A request whose body ends before `bytes` passes through untouched and does not
   * use the fault up. With 0 the cut is immediate and the server may not even see the request.
   */
  cutAfter: (bytes: number, filter?: FaultFilter) => void
  /** Answer locally (after reading the whole request body) without forwarding. */
  respondWith: (status: number, options?: FaultFilter & { headers?: Record<string, string | number>, body?: string | Buffer }) => void
  /**
   * Forward the headers and the first `afterBytes` (default 0) of the body, then stop reading
   * the request (the client's writes back up) and answer nothing. After `seconds`, destroy the
   * client's and the server's connections. Any answer from the server is discarded.
   */
  stall: (seconds: number, options?: FaultFilter & { afterBytes?: number }) => void
  /** Forward normally, but hold the response for `ms` before sending it on. */
  delay: (ms: number, filter?: FaultFilter) => void
  /** A slow link: forward the request body at no more than `bytesPerSecond`, steadily. */
  throttle: (bytesPerSecond: number, filter?: FaultFilter) => void
  /**
   * Forward normally, then break the response: 'partial-headers' (default) sends the status
   * line and half of the header block, then closes; 'short-body' sends the headers with a
   * Content-Length 16 bytes too large and half of the body, then closes (for answers that cannot
   * have a body — HEAD, 204, 304 — it falls back to 'partial-headers').
   */
  closeMidResponse: (options?: FaultFilter & { mode?: 'partial-headers' | 'short-body' }) => void
  /** Forward the request and let the server answer it fully, then destroy the client's connection without an answer. */
  swallowResponse: (filter?: FaultFilter) => void
  /**
   * Change response headers: an object sets (string/number) or removes (null/undefined) headers
   * (names case-insensitive); a function gets the lower-cased headers (Location already
   * rewritten) and returns the new set (or mutates and returns nothing).
   */
  rewriteResponseHeaders: (rewrite: HeaderRewrite, filter?: FaultFilter) => void
  /** Faults not used up yet. */
  pending: () => number
  /** Drop all queued faults. */
  clear: () => void
  close: () => Promise<void>
}

// Headers that describe one connection, not the message: never copied across the proxy.
const HOP_BY_HOP = new Set([
  'connection', 'keep-alive', 'proxy-connection', 'proxy-authenticate', 'proxy-authorization',
  'te', 'trailer', 'transfer-encoding', 'upgrade', 'expect'
])

function copyHeaders(headers: http.IncomingHttpHeaders): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value
  }
  return out
}

function flatHeaders(headers: Record<string, string | string[]>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) out[name] = Array.isArray(value) ? value.join(', ') : value
  return out
}

function applyRewrite(rewrite: HeaderRewrite, headers: Record<string, string>, info: { method: string, path: string, status: number }): Record<string, string> {
  if (typeof rewrite === 'function') return rewrite(headers, info) ?? headers
  const out = { ...headers }
  for (const [name, value] of Object.entries(rewrite)) {
    if (value === null || value === undefined) delete out[name.toLowerCase()]
    else out[name.toLowerCase()] = String(value)
  }
  return out
}

function matches(filter: FaultFilter, req: http.IncomingMessage): boolean {
  if (filter.method && filter.method.toUpperCase() !== req.method) return false
  if (filter.path === undefined) return true
  const path = req.url ?? ''
  return typeof filter.path === 'string' ? filter.path === path : filter.path.test(path)
}

/** Reads and discards the rest of a stream, then calls `done` (once, also on error/close). */
function drain(stream: http.IncomingMessage, done: () => void): void {
  let called = false
  const once = (): void => { if (!called) { called = true; done() } }
  stream.on('end', once)
  stream.on('close', once)
  stream.on('error', once)
  stream.resume()
}

/** Where to stop forwarding a request body, and what to do there and at its end. */
interface BodyLimit {
  bytes: number
  atLimit: () => void
  atEnd: () => void
}

/** How long to hold the body after each piece (a throttled link), and the proxy's timer. */
interface BodyPace {
  bytesPerSecond: number
  later: (ms: number, fn: () => void) => void
}

class FaultInjectingProxy implements FaultProxy {
  url = ''
  readonly target: string
  readonly requests: ProxyLogEntry[] = []
  private readonly targetUrl: URL
  private readonly upstreamModule: typeof http | typeof https
  private readonly queue: QueuedFault[] = []
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly inflight = new Set<http.ClientRequest>()
  private readonly server: http.Server
  private readonly closeServer: () => Promise<boolean>

  constructor(targetOrigin: string, tls: { key: string | Buffer, cert: string | Buffer } | undefined) {
    this.targetUrl = new URL(targetOrigin)
    this.target = this.targetUrl.origin
    this.upstreamModule = this.targetUrl.protocol === 'https:' ? https : http
    const onRequest = (creq: http.IncomingMessage, cres: http.ServerResponse): void => this.onRequest(creq, cres)
    this.server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, onRequest) : http.createServer(onRequest)
    this.server.keepAliveTimeout = 30_000
    this.closeServer = closeOnce(this.server)
  }

  async listen(): Promise<void> {
    this.url = await listenOnLoopback(this.server)
  }

  proxied(urlOrPath: string): string {
    const u = new URL(urlOrPath, this.target)
    return `${this.url}${u.pathname}${u.search}`
  }

  resetRequests(): void { this.requests.length = 0 }
  cutAfter(bytes: number, filter?: FaultFilter): void { this.arm({ kind: 'cut', bytes }, filter) }
  respondWith(status: number, opts: FaultFilter & { headers?: Record<string, string | number>, body?: string | Buffer } = {}): void {
    this.arm({ kind: 'respond', status, headers: opts.headers ?? {}, body: opts.body }, opts)
  }
  stall(seconds: number, opts: FaultFilter & { afterBytes?: number } = {}): void {
    this.arm({ kind: 'stall', ms: seconds * 1000, afterBytes: opts.afterBytes ?? 0 }, opts)
  }
  delay(ms: number, filter?: FaultFilter): void { this.arm({ kind: 'delay', ms }, filter) }
  throttle(bytesPerSecond: number, filter?: FaultFilter): void { this.arm({ kind: 'throttle', bytesPerSecond }, filter) }
  closeMidResponse(opts: FaultFilter & { mode?: 'partial-headers' | 'short-body' } = {}): void {
    this.arm({ kind: 'closeMidResponse', mode: opts.mode ?? 'partial-headers' }, opts)
  }
  swallowResponse(filter?: FaultFilter): void { this.arm({ kind: 'swallow' }, filter) }
  rewriteResponseHeaders(rewrite: HeaderRewrite, filter?: FaultFilter): void { this.arm({ kind: 'rewrite', rewrite }, filter) }
  pending(): number { return this.queue.reduce((n, f) => n + f.remaining, 0) }
  clear(): void { this.queue.length = 0 }

  // An arrow function: tests hand it around as a cleanup callback.
  close = async (): Promise<void> => {
    this.queue.length = 0
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    for (const req of this.inflight) req.destroy()
    await this.closeServer()
  }

  private later(ms: number, fn: () => void): void {
    const timer = setTimeout(() => { this.timers.delete(timer); fn() }, ms)
    this.timers.add(timer)
  }

  private arm(action: FaultAction, filter: FaultFilter = {}): void {
    const times = filter.times ?? 1
    if (!(Number.isInteger(times) && times >= 1)) throw new Error(`fault proxy: times must be a positive integer, got ${times}`)
    this.queue.push({ action, filter, remaining: times })
  }

  /** Takes one use of the first matching fault. */
  private take(req: http.IncomingMessage): QueuedFault | undefined {
    const index = this.queue.findIndex(f => matches(f.filter, req))
    if (index < 0) return undefined
    const fault = this.queue[index]
    if (--fault.remaining === 0) this.queue.splice(index, 1)
    return fault
  }

  /** Gives a use back (a cut whose point the body never reached): it stays armed. */
  private giveBack(fault: QueuedFault): void {
    if (!this.queue.includes(fault)) this.queue.unshift(fault)
    fault.remaining++
  }

  private onRequest(creq: http.IncomingMessage, cres: http.ServerResponse): void {
    const entry: ProxyLogEntry = {
      method: creq.method ?? '',
      path: creq.url ?? '',
      fault: undefined,
      status: undefined,
      upstreamStatus: undefined,
      bodyBytes: 0,
      forwardedBytes: 0,
      error: undefined
    }
    this.requests.push(entry)
    const fault = this.take(creq)
    entry.fault = fault?.action.kind
    if (fault?.action.kind === 'respond') respondLocally(creq, cres, entry, fault.action)
    else this.forward(creq, cres, entry, fault)
  }

  private responseHeaders(res: http.IncomingMessage): Record<string, string> {
    const headers = flatHeaders(copyHeaders(res.headers))
    // Keep the client on the proxy: absolute Locations on the target become proxy URLs.
    if (headers.location?.startsWith(this.target)) headers.location = this.url + headers.location.slice(this.target.length)
    return headers
  }

  /** Sends the status line and half of the header block, then closes the connection. */
  private sendPartialHead(creq: http.IncomingMessage, ures: http.IncomingMessage): void {
    const lines = [`HTTP/1.1 ${ures.statusCode} ${ures.statusMessage}`]
    for (const [name, value] of Object.entries(this.responseHeaders(ures))) lines.push(`${name}: ${value}`)
    const head = `${lines.join('\r\n')}\r\n\r\n`
    const cutAt = Math.max(lines[0].length + 2, Math.floor(head.length / 2))
    const socket = creq.socket
    socket.end(head.slice(0, cutAt), () => socket.destroy())
  }

  /** Passes the target's answer on to the client, possibly delayed, rewritten or broken. */
  private relayResponse(creq: http.IncomingMessage, cres: http.ServerResponse, entry: ProxyLogEntry, action: FaultAction | undefined, ures: http.IncomingMessage): void {
    entry.upstreamStatus = ures.statusCode
    ures.on('error', () => { if (!cres.writableFinished) cres.destroy() })
    switch (action?.kind) {
      case 'stall':
        ures.resume() // the client gets nothing; the stall timer ends the connection
        return
      case 'swallow':
        // The server has answered, so it has processed the request; the client never hears of it.
        drain(ures, () => creq.socket.destroy())
        return
      case 'closeMidResponse':
        return this.breakResponse(creq, cres, entry, action.mode, ures)
      default:
        return this.passResponse(cres, entry, action, ures)
    }
  }

  private passResponse(cres: http.ServerResponse, entry: ProxyLogEntry, action: FaultAction | undefined, ures: http.IncomingMessage): void {
    const status = ures.statusCode ?? 502
    let headers = this.responseHeaders(ures)
    if (action?.kind === 'rewrite') headers = applyRewrite(action.rewrite, headers, { method: entry.method, path: entry.path, status })
    const send = (): void => {
      if (cres.destroyed) { ures.resume(); return }
      entry.status = status
      cres.writeHead(status, ures.statusMessage, headers)
      ures.pipe(cres)
    }
    if (action?.kind === 'delay') this.later(action.ms, send)
    else send()
  }

  private breakResponse(creq: http.IncomingMessage, cres: http.ServerResponse, entry: ProxyLogEntry, mode: 'partial-headers' | 'short-body', ures: http.IncomingMessage): void {
    const status = ures.statusCode ?? 502
    const chunks: Buffer[] = []
    ures.on('data', (c: Buffer) => chunks.push(c))
    ures.on('end', () => {
      const body = Buffer.concat(chunks)
      const bodiless = entry.method === 'HEAD' || status === 204 || status === 304 || status < 200
      if (mode === 'partial-headers' || bodiless) return this.sendPartialHead(creq, ures)
      const headers = this.responseHeaders(ures)
      headers['content-length'] = String(body.length + 16)
      entry.status = status
      cres.writeHead(status, headers)
      cres.write(body.subarray(0, Math.floor(body.length / 2)), () => creq.socket.destroy())
    })
  }

  /** Forwards one request to the target, applying the fault's action on the way. */
  private forward(creq: http.IncomingMessage, cres: http.ServerResponse, entry: ProxyLogEntry, fault: QueuedFault | undefined): void {
    const action = fault?.action
    let intentional = false // set when the proxy itself breaks the connections
    const upstream = this.upstreamModule.request(new URL(creq.url ?? '/', this.target), {
      method: creq.method,
      headers: { ...copyHeaders(creq.headers), host: this.targetUrl.host },
      agent: false,
      rejectUnauthorized: false
    })
    this.inflight.add(upstream)
    upstream.on('close', () => this.inflight.delete(upstream))
    const breakBoth = (): void => {
      intentional = true
      creq.socket.destroy()
      upstream.destroy()
    }
    upstream.on('response', ures => this.relayResponse(creq, cres, entry, action, ures))
    upstream.on('error', err => {
      if (intentional) return
      entry.error ??= `upstream: ${err.message}`
      if (!cres.headersSent && !cres.destroyed) {
        entry.status = 502
        // Connection: close, as the request's body may still be arriving: no socket lingers after.
        cres.writeHead(502, { 'Content-Type': 'text/plain', Connection: 'close' }).end(`fault proxy: ${err.message}\n`)
      } else {
        cres.destroy()
      }
    })
    // A real proxy drops the upstream request when its client goes away mid-exchange.
    cres.on('close', () => { if (!cres.writableFinished) upstream.destroy() })
    creq.on('error', err => { entry.error ??= `client: ${err.message}` })

    let limit: BodyLimit | undefined
    if (action?.kind === 'cut') {
      limit = {
        bytes: action.bytes,
        atLimit: breakBoth,
        atEnd: () => { if (fault) this.giveBack(fault); entry.fault = undefined; upstream.end() }
      }
    } else if (action?.kind === 'stall') {
      const atLimit = (): void => this.later(action.ms, breakBoth)
      limit = { bytes: action.afterBytes, atLimit, atEnd: () => { upstream.end(); atLimit() } }
    }
    const pace = action?.kind === 'throttle' ? { bytesPerSecond: action.bytesPerSecond, later: this.later.bind(this) } : undefined
    forwardBody(creq, upstream, entry, limit, pace)
  }
}

/** Streams the request body upstream, stopping at `limit.bytes` if given. */
function forwardBody(
  creq: http.IncomingMessage,
  upstream: http.ClientRequest,
  entry: ProxyLogEntry,
  limit: BodyLimit | undefined,
  pace?: BodyPace
): void {
  if (limit?.bytes === 0) {
    // Nothing of the body goes through: send the head only, then apply the fault.
    upstream.flushHeaders()
    creq.pause()
    setImmediate(limit.atLimit)
    return
  }
  let stopped = false
  creq.on('data', (chunk: Buffer) => {
    if (stopped) return
    entry.bodyBytes += chunk.length
    let out = chunk
    if (limit && entry.forwardedBytes + chunk.length >= limit.bytes) {
      out = chunk.subarray(0, limit.bytes - entry.forwardedBytes)
      stopped = true
      creq.pause()
    }
    entry.forwardedBytes += out.length
    // The callback runs once the bytes are handed to the server's socket, so they do arrive.
    const flushed = upstream.write(out, stopped && limit ? () => limit.atLimit() : undefined)
    if (pace) {
      creq.pause()
      pace.later((out.length / pace.bytesPerSecond) * 1000, () => creq.resume())
    } else if (!flushed && !stopped) {
      creq.pause()
      upstream.once('drain', () => { if (!stopped) creq.resume() })
    }
  })
  creq.on('end', () => {
    if (stopped) return
    if (limit) limit.atEnd()
    else upstream.end()
  })
}

/** Answers without forwarding, once the request body has been read. */
function respondLocally(creq: http.IncomingMessage, cres: http.ServerResponse, entry: ProxyLogEntry, action: Extract<FaultAction, { kind: 'respond' }>): void {
  creq.on('data', (chunk: Buffer) => { entry.bodyBytes += chunk.length })
  drain(creq, () => {
    if (cres.destroyed) return
    entry.status = action.status
    const body = action.body ?? `${action.status} ${http.STATUS_CODES[action.status] ?? ''} (fault proxy)\n`
    cres.writeHead(action.status, { 'Content-Type': 'text/plain', ...action.headers }).end(body)
  })
}

export async function startFaultProxy(targetOrigin: string, options: { tls?: { key: string | Buffer, cert: string | Buffer } } = {}): Promise<FaultProxy> {
  const proxy = new FaultInjectingProxy(targetOrigin, options.tls)
  await proxy.listen()
  return proxy
}

export interface LoggedStaticRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
}

export interface StaticServer {
  url: string
  requests: LoggedStaticRequest[]
  close: () => Promise<void>
}

/** An http server on 127.0.0.1 answering with `handler` (after the request body was read). */
export async function startStaticServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<StaticServer> {
  const requests: LoggedStaticRequest[] = []
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? '', path: req.url ?? '', headers: { ...req.headers } })
    drain(req, () => { if (!res.destroyed) handler(req, res) })
  })
  const url = await listenOnLoopback(server)
  const closeServer = closeOnce(server)
  return { url, requests, close: async () => { await closeServer() } }
}

export const HTML_PAGE = '<!doctype html>\n<html><head><title>Welcome</title></head><body><h1>It works!</h1></body></html>\n'

/** "A server that is not tus": 200 with an HTML page to every request, whatever the method. */
export function startHtmlServer(): Promise<StaticServer> {
  return startStaticServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': Buffer.byteLength(HTML_PAGE) })
    res.end(HTML_PAGE)
  })
}
