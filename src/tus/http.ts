/**
 * The one door to the network. Requests go through @actions/http-client (its agents, keep-alive
 * and proxy support), but redirects, timeouts, TLS settings and which headers go where are
 * decided here, per request, so that a caller's own HttpClient works unchanged. (Retries: retry.ts.)
 */
import * as http from 'node:http'
import * as https from 'node:https'
import { HttpClient, type HttpClientResponse } from '@actions/http-client'
import { BufferBody, type Body, type BodyStream } from './body.js'
import { TusError, abortedError } from './errors.js'
import { methodLabel, networkFailure, type HintContext } from './failures.js'
import { setEntry } from './metadata.js'
import { CLIENT_HEADERS } from './protocol.js'
import { DEFAULTS, MAX_WAIT_SECONDS, silentLogger, type Logger, type RequestOptions, type TlsOptions } from './options.js'
import { cachedUrl, decodeCredential, parseHttpUrl, publicUrl } from './url.js'
import { USER_AGENT } from './version.js'

export const MAX_REDIRECTS = 5
const BODY_SNIPPET_BYTES = 512
// More of a response body than a tus answer ever holds: the rest is not read.
const MAX_RESPONSE_BODY_BYTES = 64 * 1024
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

type RequestInfo = Parameters<HttpClient['requestRaw']>[0]

/** A client as this library wants it: keep-alive, and redirects left to us. */
export function createHttpClient(): HttpClient {
  return new HttpClient(USER_AGENT, [], { keepAlive: true, allowRedirects: false })
}

/** What one operation (a low-level call, or a whole upload) needs for its requests. */
export interface HttpContext {
  readonly client: HttpClient
  readonly ownsClient: boolean
  /** User headers; sent only to `origin` unless `allowCrossOriginHeaders`. */
  readonly headers: Record<string, string>
  readonly origin: string
  readonly allowCrossOriginHeaders: boolean
  /** PATCH and DELETE go as POST with X-HTTP-Method-Override. */
  readonly methodOverride: boolean
  readonly tls: TlsOptions
  readonly timeoutMs: number
  readonly signal?: AbortSignal
  readonly logger: Logger
  requests: number
  /** Retries made through this context (its own requests, and an OPTIONS it started for others too). */
  retries: number
  readonly onRetry?: RequestOptions['onRetry']
  readonly warnedOrigins: Set<string>
  /** Agents of this context's own, by scheme and whether they tunnel through a proxy. */
  fallbackAgents?: Record<string, http.Agent>
}

/**
 * `home` is the URL whose origin the headers, the client's handlers and its user:password belong
 * to: the endpoint of an upload, or for a call on an upload URL `options.endpoint` when given.
 */
export function createContext(url: string, options: RequestOptions, home: string = options.endpoint ?? url): HttpContext {
  const target = parseHttpUrl(url, 'URL')
  const homeUrl = parseHttpUrl(home, 'endpoint')
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    checkHeader(name, value)
    setEntry(headers, name, value)
  }
  // Credentials in the URL become a header for the endpoint's origin, never part of a reported
  // URL: the endpoint's, else those of a URL on its origin.
  const credentials = homeUrl.username ? homeUrl : target.username && target.origin === homeUrl.origin ? target : undefined
  if (credentials && !Object.keys(headers).some(h => h.toLowerCase() === 'authorization')) {
    const user = decodeCredential(credentials.username, 'URL')
    const password = decodeCredential(credentials.password, 'URL')
    headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  }
  const timeout = options.timeout ?? DEFAULTS.timeout
  if (!(timeout > 0 && timeout <= MAX_WAIT_SECONDS)) {
    throw new TusError('INVALID_INPUT', `timeout must be above 0 and at most ${MAX_WAIT_SECONDS} seconds, got ${timeout}`)
  }
  return {
    client: options.httpClient ?? createHttpClient(),
    ownsClient: options.httpClient === undefined,
    headers,
    origin: homeUrl.origin,
    allowCrossOriginHeaders: options.allowCrossOriginHeaders ?? false,
    methodOverride: options.methodOverride ?? false,
    tls: options.tls ?? {},
    timeoutMs: timeout * 1000,
    signal: options.signal,
    logger: options.logger ?? silentLogger,
    requests: 0,
    retries: 0,
    onRetry: options.onRetry,
    warnedOrigins: new Set()
  }
}

/** A retry through `ctx`: counted, logged as a warning, and told to the caller's onRetry. */
export function noteRetry(ctx: HttpContext, message: string, error: unknown, attempt: number, waitMs: number): void {
  ctx.retries++
  ctx.logger.warn(message)
  ctx.onRetry?.(error, attempt, waitMs)
}

export function closeContext(ctx: HttpContext): void {
  if (ctx.ownsClient) ctx.client.dispose()
  // A proxy tunnel (`tunnel`) has no destroy().
  for (const agent of Object.values(ctx.fallbackAgents ?? {})) (agent as Partial<http.Agent>).destroy?.()
}

/**
 * Runs `fn` with a context made from `options`, closing what it created. `fn` gets the URL without
 * its user:password (which the context sends as a header), so no message can show the password.
 */
export async function withContext<T>(url: string, options: RequestOptions, fn: (ctx: HttpContext, url: string) => Promise<T>): Promise<T> {
  const ctx = createContext(url, options)
  try {
    return await fn(ctx, publicUrl(url))
  } finally {
    closeContext(ctx)
  }
}

// A header name is an HTTP token (RFC 9110); a value what Node sends: tab, printable ASCII, and the
// bytes 0x80 to 0xFF.
export const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
export const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/

function checkHeader(name: string, value: string): void {
  if (!HEADER_NAME.test(name)) {
    throw new TusError('INVALID_INPUT', `header name ${JSON.stringify(name)} is not a valid HTTP token`)
  }
  if (/[\r\n\0]/.test(value)) {
    throw new TusError('INVALID_INPUT', `header ${name}: the value contains CR, LF or NUL; remove the line break`)
  }
  if (!HEADER_VALUE.test(value)) {
    throw new TusError('INVALID_INPUT', `header ${name}: the value has characters beyond Latin-1; HTTP header values are bytes: percent-encode or base64 it`)
  }
}

export interface HttpRequest {
  method: 'OPTIONS' | 'HEAD' | 'POST' | 'PATCH' | 'DELETE'
  url: string
  /** Protocol headers; they win over user headers of the same name. */
  headers?: Record<string, string>
  /** A buffer, or a factory so that a redirect can send the body again. */
  body?: Body
  contentLength?: number
  /** Called with each piece of the body as it is read for sending. */
  onBodyData?: (bytes: number) => void
  /** Stops this request instead of the context's signal (a request shared by several callers). */
  signal?: AbortSignal
}

export interface HttpResponse {
  status: number
  headers: http.IncomingHttpHeaders
  /** The first bytes of the body, as text. */
  body: string
  /** The URL that answered, after redirects. */
  url: string
  method: string
  /** The custom headers or handlers were left out: another origin than the endpoint's. */
  credentialsWithheld?: boolean
  /** `method` went as a POST with X-HTTP-Method-Override. */
  methodOverridden?: boolean
}

export async function send(ctx: HttpContext, request: HttpRequest): Promise<HttpResponse> {
  let url = request.url
  for (let hop = 0; ; hop++) {
    const response = await sendOnce(ctx, request, url)
    const location = response.headers.location
    if (!REDIRECT_STATUSES.has(response.status) || location === undefined) return response
    if (hop >= MAX_REDIRECTS) {
      throw new TusError('PROTOCOL', `${request.method} ${publicUrl(request.url)}: more than ${MAX_REDIRECTS} redirects`, { status: response.status })
    }
    const next = resolveUrl(location, url, 'redirect')
    ctx.logger.debug(`${methodLabel(request.method, response.methodOverridden)} ${publicUrl(url)} redirected (${response.status}) to ${publicUrl(next)}`)
    url = next
  }
}

/**
 * Resolves a Location (RFC 3986) and applies the origin rules: no https to http downgrade;
 * user headers leave the endpoint's origin only when allowed (checked per request in sendOnce).
 * With `ctx` (an upload's Location), a name the Host header gave stands for the endpoint's address.
 */
export function resolveUrl(location: string, base: string, what: string, ctx?: HttpContext): string {
  let resolved: URL
  try {
    resolved = new URL(location, base)
  } catch {
    throw new TusError('PROTOCOL', `server sent ${article(what)} ${what} Location that is not a URL: ${JSON.stringify(location)}; the server or a proxy in front of it is misconfigured`)
  }
  if (ctx !== undefined) resolved = throughHostHeader(ctx, resolved)
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new TusError('PROTOCOL', `server sent ${article(what)} ${what} Location with scheme ${resolved.protocol.slice(0, -1)}: ${JSON.stringify(location)}; only http and https are followed`)
  }
  if (cachedUrl(base).protocol === 'https:' && resolved.protocol === 'http:') {
    throw new TusError('PROTOCOL', `refusing ${what} from https to http (${publicUrl(resolved)}): it would send the upload unencrypted`)
  }
  return resolved.href
}

/**
 * A server behind a name-based ingress builds its Location from the Host it was sent (tusd and
 * @tus/server do, often as http:// when TLS ends in front of them): with a Host header given, a
 * Location on that name (and on its port, when the header gave one) goes to the endpoint's
 * scheme and address.
 */
function throughHostHeader(ctx: HttpContext, target: URL): URL {
  const host = Object.entries(ctx.headers).find(([name]) => name.toLowerCase() === 'host')?.[1]
  if (host === undefined || target.origin === ctx.origin) return target
  let named: URL
  try {
    named = new URL(`http://${host.trim()}`)
  } catch {
    return target
  }
  const explicitPort = named.port !== '' && named.port !== '443' ? named.port : ''
  if (target.hostname !== named.hostname || (explicitPort !== '' && target.port !== explicitPort)) return target
  const home = new URL(ctx.origin)
  const rewritten = new URL(target.href)
  rewritten.protocol = home.protocol
  rewritten.host = home.host
  ctx.logger.debug(`${publicUrl(target)} names the Host header's ${host}: sent to ${home.host} instead`)
  return rewritten
}

function article(word: string): string {
  return /^[aeiou]/.test(word) ? 'an' : 'a'
}

/** Custom headers and the client's handlers (credentials, most often) stay with the endpoint's origin unless allowed. */
function sharesCredentials(ctx: HttpContext, target: URL): boolean {
  if (target.origin === ctx.origin || ctx.allowCrossOriginHeaders) return true
  const hasHandlers = (ctx.client.handlers ?? []).length > 0
  if (withholdsCredentials(ctx, target) && !ctx.warnedOrigins.has(target.origin)) {
    ctx.warnedOrigins.add(target.origin)
    ctx.logger.warn(
      `not sending the custom headers${hasHandlers ? " (nor running the client's request handlers)" : ''} to ${target.origin}: it is not the endpoint's origin ${ctx.origin} (allow with allowCrossOriginHeaders / --allow-cross-origin-headers / allow-cross-origin-headers)`
    )
  }
  return false
}

/** True when a request to `target` goes without the custom headers or handlers the caller gave. */
function withholdsCredentials(ctx: HttpContext, target: URL): boolean {
  if (target.origin === ctx.origin || ctx.allowCrossOriginHeaders) return false
  return Object.keys(ctx.headers).length > 0 || (ctx.client.handlers ?? []).length > 0
}

function headersFor(ctx: HttpContext, request: HttpRequest, target: URL, shared: boolean): Record<string, string> {
  const headers: Record<string, string> = {}
  if (shared) {
    const sameOrigin = target.origin === ctx.origin
    for (const [name, value] of Object.entries(ctx.headers)) {
      const lower = name.toLowerCase()
      // A Host names the endpoint's server: never another origin's.
      if (!CLIENT_HEADERS.has(lower) && (sameOrigin || lower !== 'host')) setEntry(headers, name, value)
    }
  }
  Object.assign(headers, request.headers)
  if (overridden(ctx, request)) headers['X-HTTP-Method-Override'] = request.method
  headers['User-Agent'] = USER_AGENT
  if (request.contentLength !== undefined) headers['Content-Length'] = String(request.contentLength)
  return headers
}

const OVERRIDABLE_METHODS = new Set(['PATCH', 'DELETE'])

/** Whether `request` goes as a POST carrying its method in X-HTTP-Method-Override. */
function overridden(ctx: HttpContext, request: HttpRequest): boolean {
  return ctx.methodOverride && OVERRIDABLE_METHODS.has(request.method)
}

// The client's agent per origin: its getAgent parses the URL and reads the proxy variables anew
// on every call, for an answer that does not change within a run.
const clientAgents = new WeakMap<HttpClient, Map<string, http.Agent>>()

function clientAgent(client: HttpClient, target: URL): http.Agent {
  let perClient = clientAgents.get(client)
  if (perClient === undefined) clientAgents.set(client, (perClient = new Map()))
  let agent = perClient.get(target.origin)
  if (agent === undefined) perClient.set(target.origin, (agent = client.getAgent(target.href)))
  return agent
}

/** An agent as @actions/http-client makes it: a plain one, or a proxy tunnel (`tunnel`). */
type ClientAgent = http.Agent & { protocol?: string; proxyOptions?: unknown; defaultPort?: number; options?: Record<string, unknown> }

/** The scheme an agent serves: a tunnel's target is https when it is made for port 443. */
function agentScheme(agent: ClientAgent): string {
  if (agent.proxyOptions !== undefined) return agent.defaultPort === 443 ? 'https:' : 'http:'
  return agent.protocol ?? 'http:'
}

/**
 * The client's agent when it serves the target's scheme, else one of this context's own.
 * http-client keeps one agent per client (one proxy tunnel for every scheme), made for the
 * scheme it saw first: an https request through an http tunnel would go unencrypted. And a
 * tunnel takes its TLS settings from its own options, not from the request's.
 */
function agentFor(ctx: HttpContext, target: URL): http.Agent {
  const agent = clientAgent(ctx.client, target) as ClientAgent
  const tunnel = agent.proxyOptions !== undefined
  const ownTls = tunnel && target.protocol === 'https:' && (ctx.tls.ca !== undefined || ctx.tls.insecure === true || ctx.tls.cert !== undefined)
  if (agentScheme(agent) === target.protocol && !ownTls) return agent
  ctx.fallbackAgents ??= {}
  const scheme = target.protocol
  const key = `${scheme}${tunnel ? ' tunnel' : ''}`
  ctx.fallbackAgents[key] ??= tunnel ? tunnelAgent(ctx, target) : scheme === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true })
  return ctx.fallbackAgents[key]
}

/** The https.request options of the TLS settings: verification, a CA, a client certificate. */
function tlsRequestOptions(tls: TlsOptions): https.RequestOptions {
  const options: https.RequestOptions = { rejectUnauthorized: tls.insecure !== true }
  if (tls.ca !== undefined) options.ca = tls.ca
  if (tls.cert !== undefined) options.cert = tls.cert
  if (tls.key !== undefined) options.key = tls.key
  if (tls.passphrase !== undefined) options.passphrase = tls.passphrase
  return options
}

/** A proxy tunnel for the target's scheme, made by a client of our own, carrying the context's TLS settings. */
function tunnelAgent(ctx: HttpContext, target: URL): http.Agent {
  const agent = createHttpClient().getAgent(target.href) as ClientAgent
  if (target.protocol === 'https:') {
    agent.options = Object.assign(agent.options ?? {}, tlsRequestOptions(ctx.tls))
  }
  return agent
}

function requestInfo(ctx: HttpContext, request: HttpRequest, target: URL, watchdog: Watchdog): RequestInfo {
  const https_ = target.protocol === 'https:'
  const shared = sharesCredentials(ctx, target)
  const options: https.RequestOptions = {
    host: target.hostname.replace(/^\[|\]$/g, ''),
    port: target.port ? Number(target.port) : https_ ? 443 : 80,
    path: target.pathname + target.search,
    method: overridden(ctx, request) ? 'POST' : request.method,
    headers: headersFor(ctx, request, target, shared),
    agent: agentFor(ctx, target)
  }
  if (https_) {
    Object.assign(options, tlsRequestOptions(ctx.tls))
  }
  if (shared) for (const handler of ctx.client.handlers ?? []) handler.prepareRequest(options)
  // requestRaw makes its request through `httpModule`: this hands the request to the watchdog.
  const module = https_ ? https : http
  const httpModule = {
    request: (opts: https.RequestOptions, callback: (message: http.IncomingMessage) => void) =>
      watchdog.attach(module.request(opts, callback))
  } as unknown as typeof https
  return { options, parsedUrl: target, httpModule }
}

// The requests under way for each caller signal: one listener per signal, not one per request
// (AbortSignal.any, or a listener each, cost more than the rest of a small request's set-up).
const underWay = new WeakMap<AbortSignal, Set<Watchdog>>()

function watch(caller: AbortSignal, watchdog: Watchdog): void {
  let watchdogs = underWay.get(caller)
  if (watchdogs === undefined) {
    const set = (watchdogs = new Set())
    underWay.set(caller, set)
    caller.addEventListener('abort', () => set.forEach(w => w.abort()), { once: true })
  }
  watchdogs.add(watchdog)
}

/**
 * One request's abort switch: destroys the request when nothing moves for `timeoutMs` (`touch()`
 * on every byte that moves) or when the caller's signal fires. It destroys the request itself
 * rather than passing an AbortSignal to http.request: a signal per request (a controller, and
 * the stream's abort listener) was the largest part of a small request's set-up cost.
 */
class Watchdog {
  private request: http.ClientRequest | undefined
  private readonly timer: NodeJS.Timeout
  /** Why the request was stopped: a TIMEOUT TusError, or an ABORTED one. */
  failure: TusError | undefined

  constructor(timeoutMs: number, private readonly what: string, private readonly caller: AbortSignal | undefined) {
    this.timer = setTimeout(() => {
      this.fail(new TusError('TIMEOUT', `${what}: no progress for ${timeoutMs / 1000} s`, { retryable: true }))
    }, timeoutMs)
    if (caller) watch(caller, this)
  }

  attach(request: http.ClientRequest): http.ClientRequest {
    this.request = request
    if (this.failure) process.nextTick(() => request.destroy(this.failure))
    return request
  }

  abort(): void {
    this.fail(abortedError(this.what))
  }

  private fail(error: TusError): void {
    if (this.failure) return
    this.failure = error
    this.request?.destroy(error)
  }

  touch(): void {
    this.timer.refresh()
  }

  stop(): void {
    clearTimeout(this.timer)
    if (this.caller) underWay.get(this.caller)?.delete(this)
  }
}

async function sendOnce(ctx: HttpContext, request: HttpRequest, url: string): Promise<HttpResponse> {
  const target = cachedUrl(url)
  const what = `${methodLabel(request.method, overridden(ctx, request))} ${publicUrl(target)}`
  const signal = request.signal ?? ctx.signal
  if (signal?.aborted) throw abortedError(what)
  const body = bodyStream(request) // before the watchdog: a body that cannot be made leaves no timer
  const watchdog = new Watchdog(ctx.timeoutMs, what, signal)
  body?.on('data', chunk => {
    watchdog.touch()
    request.onBodyData?.(chunk.length)
  })
  const started = Date.now()
  ctx.requests++
  try {
    const info = requestInfo(ctx, request, target, watchdog)
    const raw = await requestRaw(ctx.client, info, body)
    const message = raw.message
    const bodyText = await readSnippet(message).catch((error: unknown) => {
      // A successful answer's headers hold all a tus client needs (Location, Upload-Offset): a body
      // that breaks off or trickles past the timeout after them must not cost a retry (a retried
      // creation would make a second upload).
      if ((message.statusCode ?? 0) >= 400 || signal?.aborted) throw error
      message.socket?.destroy()
      return ''
    })
    // An early answer (say 413 before the body was read) leaves the socket mid-request.
    if (body && !body.readableEnded) message.socket?.destroy()
    const status = message.statusCode ?? 0
    ctx.logger.debug(`${what} -> ${status} (${Date.now() - started} ms)`)
    return { status, headers: message.headers, body: bodyText, url, method: request.method, credentialsWithheld: withholdsCredentials(ctx, target), methodOverridden: overridden(ctx, request) }
  } catch (error) {
    ctx.logger.debug(`${what} -> failed (${Date.now() - started} ms)`)
    throw networkError(signal, watchdog, what, error, { caGiven: ctx.tls.ca !== undefined, clientCertGiven: ctx.tls.cert !== undefined, plainHttp: target.protocol === 'http:' })
  } finally {
    watchdog.stop()
    body?.destroy()
  }
}

/**
 * The client's requestRaw, without its promise wrapper when the client does not override it.
 * HttpClient.requestRaw wraps requestRawWithCallback in TypeScript's __awaiter (a generator and
 * promises resolved with promises); on a batch of small files that kept every request's objects
 * alive past two young-generation collections, so the garbage collector copied about 1 MB per
 * collection into the old generation (--trace-gc-nvp): calling requestRawWithCallback directly cut
 * tus-upload's CPU time on 500 files by about 8% and its peak RSS by 6 MiB. A caller's client that
 * overrides requestRaw keeps getting its own method.
 */
function requestRaw(client: HttpClient, info: RequestInfo, body: BodyStream | undefined): Promise<HttpClientResponse> {
  // requestRaw only listens to the body and pipes it: a BodyStream is enough.
  const data = (body ?? null) as NodeJS.ReadableStream | null
  if (client.requestRaw !== HttpClient.prototype.requestRaw) return client.requestRaw(info, data)
  return new Promise((resolve, reject) => {
    client.requestRawWithCallback(info, data, (error, response) => (response ? resolve(response) : reject(error ?? new Error('no response'))))
  })
}

function bodyStream(request: HttpRequest): BodyStream | undefined {
  if (request.body === undefined) return undefined
  if (Buffer.isBuffer(request.body)) return new BufferBody(request.body)
  return request.body()
}

/**
 * The first bytes of a response body, as text. Not a byte more than MAX_RESPONSE_BODY_BYTES is
 * read (the connection is closed instead), and the body must end within one timeout of the
 * answer's headers: its data does not count as progress, so that an endless or trickling body
 * cannot hold a request past the timeout.
 */
function readSnippet(message: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let read = 0
    const text = (): string => Buffer.concat(chunks).subarray(0, BODY_SNIPPET_BYTES).toString('utf8')
    message.on('data', (chunk: Buffer) => {
      if (read < BODY_SNIPPET_BYTES) chunks.push(chunk)
      read += chunk.length
      if (read > MAX_RESPONSE_BODY_BYTES) {
        resolve(text()) // before destroy(), which reports the cut as an abort
        message.destroy()
      }
    })
    message.on('end', () => resolve(text()))
    message.on('error', reject)
    message.on('aborted', () => reject(new Error('the server closed the connection in the middle of the response')))
  })
}

function networkError(signal: AbortSignal | undefined, watchdog: Watchdog, what: string, error: unknown, context: HintContext): TusError {
  if (watchdog.failure) return watchdog.failure
  if (error instanceof TusError) return error
  if (signal?.aborted) return abortedError(what)
  return networkFailure(what, error, context)
}
