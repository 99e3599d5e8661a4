/**
 * Plain node:http(s) requests for tests, independent of the client under test: to set up
 * server state (create an upload, send part of it) and to check it (HEAD).
 * By default every request uses a fresh connection (agent: false) and a timeout, so nothing lingers.
 */
import http from 'node:http'
import https from 'node:https'

export interface RawResponse {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

export interface RawRequestOptions {
  method?: string
  headers?: Record<string, string | number>
  body?: Buffer | Uint8Array | string
  /** Trusted CA (PEM) for https URLs. */
  ca?: string | Buffer
  rejectUnauthorized?: boolean
  /** Connection pool to use (e.g. a keep-alive Agent); default: a fresh connection per request. */
  agent?: http.Agent
  /** Socket inactivity timeout; the request fails with an Error('timeout ...'). Default 10 s. */
  timeoutMs?: number
}

/** One request; resolves with the whole response, rejects on any socket/TLS error. */
export function rawRequest(url: string, options: RawRequestOptions = {}): Promise<RawResponse> {
  const target = new URL(url)
  const mod = target.protocol === 'https:' ? https : http
  const timeoutMs = options.timeoutMs ?? 10_000
  return new Promise((resolve, reject) => {
    const req = mod.request(target, {
      method: options.method ?? 'GET',
      headers: options.headers,
      agent: options.agent ?? false,
      ca: options.ca,
      rejectUnauthorized: options.rejectUnauthorized
    }, res => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('error', reject)
      // 'aborted' responses end without 'end' in some Node versions: 'close' covers both.
      res.on('close', () => {
        if (!res.complete) reject(new Error('response aborted'))
        else resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
      })
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${options.method ?? 'GET'} ${url}`)))
    req.on('error', reject)
    req.end(options.body)
  })
}

export const TUS_HEADERS = { 'Tus-Resumable': '1.0.0' } as const

/** Resolves a (possibly relative) Location against the URL the request was sent to. */
export function resolveLocation(requestUrl: string, location: string | undefined): string {
  if (!location) throw new Error(`no Location header in the answer to ${requestUrl}`)
  return new URL(location, requestUrl).href
}

/** POST creation request. `length` undefined means Upload-Defer-Length: 1. */
export async function tusCreate(endpoint: string, length: number | undefined, options: RawRequestOptions = {}): Promise<RawResponse & { location: string }> {
  const headers: Record<string, string | number> = { ...TUS_HEADERS, ...options.headers }
  if (length === undefined) headers['Upload-Defer-Length'] = '1'
  else headers['Upload-Length'] = String(length)
  if (options.body !== undefined) headers['Content-Type'] = 'application/offset+octet-stream'
  const res = await rawRequest(endpoint, { ...options, method: 'POST', headers })
  if (res.status !== 201) throw new Error(`tusCreate: expected 201, got ${res.status}: ${res.body.toString()}`)
  return { ...res, location: resolveLocation(endpoint, res.headers.location) }
}

/** PATCH `body` at `offset`. Extra headers (e.g. Upload-Length) via options.headers. */
export function tusPatch(uploadUrl: string, offset: number, body: Buffer | Uint8Array, options: RawRequestOptions = {}): Promise<RawResponse> {
  const headers = {
    ...TUS_HEADERS,
    'Content-Type': 'application/offset+octet-stream',
    'Upload-Offset': String(offset),
    ...options.headers
  }
  return rawRequest(uploadUrl, { ...options, method: 'PATCH', headers, body })
}

/** HEAD; `offset`/`length` parsed from the answer (undefined when absent). */
export async function tusHead(uploadUrl: string, options: RawRequestOptions = {}): Promise<RawResponse & { offset?: number, length?: number }> {
  const res = await rawRequest(uploadUrl, { ...options, method: 'HEAD', headers: { ...TUS_HEADERS, ...options.headers } })
  const num = (v: string | string[] | undefined): number | undefined => (typeof v === 'string' ? Number(v) : undefined)
  return { ...res, offset: num(res.headers['upload-offset']), length: num(res.headers['upload-length']) }
}
