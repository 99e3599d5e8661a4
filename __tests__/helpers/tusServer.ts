/**
 * A real tus server for tests: @tus/server + @tus/file-store in a fresh temporary directory,
 * served by node:http (or node:https) on 127.0.0.1 and a free port.
 *
 * Every request is logged (method, path, interesting headers, all headers, response status and
 * headers) so tests can assert on what the client actually sent.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import http from 'node:http'
import https from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FileStore } from '@tus/file-store'
import { Server, type ServerOptions } from '@tus/server'
import { closeOnce, listenOnLoopback } from './listen.js'

export { makeFile, makeTempDir, pseudoRandomBytes, sha256, sha256Buffer, type MadeFile, type TempDir } from './files.js'

export interface TusServerOptions {
  /** Mount path of the tus endpoint, without trailing slash. Default '/files'. */
  path?: string
  /** Tus-Max-Size (bytes); larger Upload-Length gets 413. Default: no limit. */
  maxSize?: number
  /** Answer POST with a relative Location (`/files/<id>`) instead of an absolute URL. */
  relativeLocation?: boolean
  /** Upload id generator (default: 32 random hex chars). */
  namingFunction?: ServerOptions['namingFunction']
  /** Serve https with this key/cert (PEM); `requestCert` with `ca`: clients must show a certificate that CA signed. */
  tls?: { key: string | Buffer, cert: string | Buffer, requestCert?: boolean, ca?: string | Buffer }
  /**
   * How long a request holding an upload's lock is given to finish when another request wants
   * the lock (e.g. a HEAD while a stalled PATCH is still open). @tus/server default: 3000 ms;
   * default here 1000 ms to keep tests quick.
   */
  lockDrainTimeout?: number
  /**
   * FileStore expiration: uploads then carry Upload-Expires (creation + this) on POST, and on
   * PATCH while unfinished. Default 0: the `expiration` extension is still listed, but no
   * Upload-Expires is ever sent.
   */
  expirationMs?: number
  /** Any other @tus/server option (onUploadCreate, onUploadFinish, onIncomingRequest, ...). */
  serverOptions?: Partial<Omit<ServerOptions, 'path'>>
  /**
   * Sees every request first; return true when it has answered the request itself
   * (the request is still logged, with the status it sent).
   */
  onRequest?: (req: http.IncomingMessage, res: http.ServerResponse) => boolean | undefined | void
}

export interface LoggedRequest {
  method: string
  /** Path and query, as sent (`/files/abc`). */
  path: string
  uploadOffset?: string
  uploadLength?: string
  uploadDeferLength?: string
  uploadMetadata?: string
  contentLength?: string
  contentType?: string
  tusResumable?: string
  userAgent?: string
  authorization?: string
  /** All request headers (lower-case names). */
  headers: http.IncomingHttpHeaders
  /** Response status; undefined until the response head is written (or never, if the client went away). */
  status?: number
  /** Response headers (lower-case names) as written by the server. */
  responseHeaders: Record<string, string>
  /** True once the response was completely handed to the socket. */
  finished: boolean
}

/** What @tus/file-store keeps in `<dir>/<id>.json`. The offset there is stale: use storedOffset(). */
export interface StoredInfo {
  id: string
  size?: number
  offset: number
  metadata?: Record<string, string | null>
  creation_date?: string
  [key: string]: unknown
}

export interface TusServer {
  /** Origin, e.g. http://127.0.0.1:41234 */
  url: string
  /** Creation URL, e.g. http://127.0.0.1:41234/files/ */
  endpoint: string
  /** The FileStore directory. */
  dir: string
  requests: LoggedRequest[]
  resetRequests: () => void
  /** Stored bytes of an upload, by id or upload URL. */
  storedBytes: (uploadUrlOrId: string) => Promise<Buffer>
  storedPath: (uploadUrlOrId: string) => string
  storedInfo: (uploadUrlOrId: string) => StoredInfo
  /** Bytes received so far (the size of the data file) — what HEAD reports as Upload-Offset. */
  storedOffset: (uploadUrlOrId: string) => number
  /** Ids of the uploads in the store, sorted. */
  uploadIds: () => string[]
  /** The @tus/server instance (to listen to its events). */
  tus: Server
  httpServer: http.Server
  /** Closes the server, destroys open sockets, removes the directory. Idempotent. */
  close: () => Promise<void>
}

/** The upload id in an upload URL (its last path segment); an id is returned unchanged. */
export function uploadIdFromUrl(uploadUrlOrId: string): string {
  if (!uploadUrlOrId.includes('/')) return uploadUrlOrId
  const segments = new URL(uploadUrlOrId, 'http://x').pathname.split('/').filter(Boolean)
  const last = segments.at(-1)
  if (!last) throw new Error(`no upload id in ${uploadUrlOrId}`)
  return decodeURIComponent(last)
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

/** Records status and headers by wrapping writeHead (srvx passes headers to it directly). */
function recordResponse(res: http.ServerResponse, entry: LoggedRequest): void {
  const writeHead = res.writeHead
  res.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
    entry.status = args[0] as number
    const given = args.slice(1).find(a => typeof a === 'object' && a !== null)
    const headers: Record<string, string> = {}
    for (const [k, v] of Object.entries(this.getHeaders())) headers[k] = String(v)
    if (Array.isArray(given)) {
      // Either flat [k, v, k, v] or [[k, v], ...].
      const flat = given.flat() as unknown[]
      for (let i = 0; i + 1 < flat.length; i += 2) headers[String(flat[i]).toLowerCase()] = String(flat[i + 1])
    } else if (given) {
      for (const [k, v] of Object.entries(given)) headers[k.toLowerCase()] = String(v)
    }
    entry.responseHeaders = headers
    return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args)
  } as typeof res.writeHead
  res.on('finish', () => {
    entry.finished = true
    entry.status ??= res.statusCode
  })
}

function tusServerOptions(opts: TusServerOptions, path: string, dir: string): ConstructorParameters<typeof Server>[0] {
  const serverOptions: ConstructorParameters<typeof Server>[0] = {
    lockDrainTimeout: opts.lockDrainTimeout ?? 1000,
    ...opts.serverOptions,
    path: path === '' ? '/' : path,
    datastore: new FileStore({ directory: dir, expirationPeriodInMilliseconds: opts.expirationMs }),
    maxSize: opts.maxSize ?? opts.serverOptions?.maxSize,
    relativeLocation: opts.relativeLocation ?? opts.serverOptions?.relativeLocation,
    namingFunction: opts.namingFunction ?? opts.serverOptions?.namingFunction
  }
  // @tus/server builds absolute Locations as http:// unless it trusts X-Forwarded-Proto,
  // so behind our https server it needs to be told.
  if (opts.tls !== undefined && !serverOptions.relativeLocation && !serverOptions.generateUrl) {
    serverOptions.generateUrl = (_req, { host, path: p, id }) => `https://${host}${p}/${id}`
  }
  return serverOptions
}

function logEntry(req: http.IncomingMessage): LoggedRequest {
  return {
    method: req.method ?? '',
    path: req.url ?? '',
    uploadOffset: header(req, 'upload-offset'),
    uploadLength: header(req, 'upload-length'),
    uploadDeferLength: header(req, 'upload-defer-length'),
    uploadMetadata: header(req, 'upload-metadata'),
    contentLength: header(req, 'content-length'),
    contentType: header(req, 'content-type'),
    tusResumable: header(req, 'tus-resumable'),
    userAgent: header(req, 'user-agent'),
    authorization: header(req, 'authorization'),
    headers: { ...req.headers },
    responseHeaders: {},
    finished: false
  }
}

export async function startTusServer(opts: TusServerOptions = {}): Promise<TusServer> {
  const path = (opts.path ?? '/files').replace(/\/+$/, '')
  const dir = await mkdtemp(join(tmpdir(), 'tus-test-store-'))
  const tus = new Server(tusServerOptions(opts, path, dir))
  const requests: LoggedRequest[] = []

  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const entry = logEntry(req)
    requests.push(entry)
    recordResponse(res, entry)
    if (opts.onRequest?.(req, res) === true) return
    // @tus/server itself answers any path (it only looks at the last segment): a real
    // deployment would 404 outside the mount point, so do that.
    const pathname = new URL(req.url ?? '/', 'http://x').pathname
    if (path !== '' && pathname !== path && !pathname.startsWith(`${path}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not a tus endpoint\n')
      return
    }
    tus.handle(req, res).catch(() => {
      // The client went away mid-request, or close() removed the directory: nothing to answer.
      if (!res.headersSent) res.writeHead(500).end()
      else res.destroy()
    })
  }

  const httpServer = opts.tls
    ? https.createServer({ key: opts.tls.key, cert: opts.tls.cert, requestCert: opts.tls.requestCert, ca: opts.tls.ca }, onRequest)
    : http.createServer(onRequest)
  // Longer than any test pause, so an idle keep-alive socket is not closed under the client.
  httpServer.keepAliveTimeout = 30_000
  const url = await listenOnLoopback(httpServer)
  const storedPath = (idOrUrl: string): string => join(dir, uploadIdFromUrl(idOrUrl))
  const closeServer = closeOnce(httpServer)
  return {
    url,
    endpoint: `${url}${path}/`,
    dir,
    requests,
    resetRequests: () => { requests.length = 0 },
    storedPath,
    storedBytes: idOrUrl => readFile(storedPath(idOrUrl)),
    storedInfo: idOrUrl => JSON.parse(readFileSync(`${storedPath(idOrUrl)}.json`, 'utf8')) as StoredInfo,
    storedOffset: idOrUrl => statSync(storedPath(idOrUrl)).size,
    uploadIds: () => readdirSync(dir).filter(f => !f.endsWith('.json')).sort(),
    tus,
    httpServer,
    close: async () => {
      if (await closeServer()) await rm(dir, { recursive: true, force: true })
    }
  }
}
