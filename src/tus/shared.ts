/**
 * What the uploads on one HTTP client share: the server's OPTIONS answer, and what one upload
 * learned of an outage, so that a batch against a server that is down or broken fails within a
 * minute instead of paying the whole retry budget again for every few files.
 */
import type { HttpClient } from '@actions/http-client'
import { readConfiguration, type ServerConfiguration } from './core.js'
import { TusError, abortedError, copyError, detailsOf } from './errors.js'
import { noteRetry, type HttpContext } from './http.js'
import { withRetries, type RetryNotice, type RetryPolicy } from './retry.js'

/** How long a spent retry budget tells the other uploads not to spend theirs. */
const FAILURE_SHARED_MS = 60_000

// One OPTIONS per endpoint, client and request settings (headers, TLS, timeout, retries): a batch
// of small files then costs one request each. A final failure is shared for a minute, an answer
// for ten (a long-lived client sees a changed Tus-Max-Size), and a client keeps the latest 64.
const ANSWER_SHARED_MS = 10 * 60_000
const MAX_CONFIGURATIONS_PER_CLIENT = 64
const configurations = new WeakMap<HttpClient, Map<string, SharedConfiguration>>()

export function cachedConfiguration(ctx: HttpContext, endpoint: string, policy: RetryPolicy): Promise<ServerConfiguration | undefined> {
  let perClient = configurations.get(ctx.client)
  if (!perClient) configurations.set(ctx.client, (perClient = new Map()))
  const key = configurationKey(ctx, endpoint, policy)
  let shared = perClient.get(key)
  if (!shared?.usable()) {
    perClient.delete(key)
    if (perClient.size >= MAX_CONFIGURATIONS_PER_CLIENT) perClient.delete(perClient.keys().next().value as string)
    perClient.set(key, (shared = new SharedConfiguration(ctx, endpoint, policy)))
  }
  return shared.wait(ctx.signal, `OPTIONS ${endpoint}`)
}

/** Everything that can change the OPTIONS answer or how it fails: a call with another CA must ask for itself. */
function configurationKey(ctx: HttpContext, endpoint: string, policy: RetryPolicy): string {
  const ca = [ctx.tls.ca ?? []].flat().map(pem => (typeof pem === 'string' ? pem : Buffer.from(pem).toString('latin1')))
  const cert = ctx.tls.cert === undefined ? '' : Buffer.from(ctx.tls.cert).toString('latin1')
  const tls = `${ctx.tls.insecure === true} ${JSON.stringify(ca)} ${JSON.stringify(cert)}`
  return `${endpoint} ${policy.retries} ${policy.delayMs} ${policy.maxDelayMs} ${ctx.timeoutMs} ${ctx.allowCrossOriginHeaders} ${tls} ${JSON.stringify(ctx.headers)}`
}

/**
 * An OPTIONS request, with its retries, for every upload that waits for it. One upload's abort
 * ends only its own wait; the request stops when no upload waits any more.
 */
class SharedConfiguration {
  private readonly controller = new AbortController()
  private readonly answer: Promise<ServerConfiguration | undefined>
  private waiting = 0
  private pinned = false
  private failedAt: number | undefined
  private readonly startedAt = Date.now()

  constructor(ctx: HttpContext, endpoint: string, policy: RetryPolicy) {
    const signal = this.controller.signal
    const notice: RetryNotice = (...retry) => noteRetry(ctx, ...retry)
    this.answer = withRetries(policy, `OPTIONS ${endpoint}`, notice, signal, () => readConfiguration(ctx, endpoint, signal)).catch(
      (error: unknown) => {
        // A server that does not answer OPTIONS may still do plain creation.
        if (error instanceof TusError && [404, 405, 501].includes(error.status ?? 0)) return undefined
        this.failedAt = Date.now()
        throw error
      }
    )
    this.answer.catch(() => {}) // when nobody waits any more
  }

  usable(): boolean {
    if (this.controller.signal.aborted) return false
    return this.failedAt === undefined ? Date.now() - this.startedAt < ANSWER_SHARED_MS : Date.now() - this.failedAt < FAILURE_SHARED_MS
  }

  wait(signal: AbortSignal | undefined, what: string): Promise<ServerConfiguration | undefined> {
    if (signal === undefined) {
      this.pinned = true // a caller that cannot abort keeps the request going
      return this.answer.catch((error: unknown) => Promise.reject(ownCopy(error)))
    }
    if (signal.aborted) return Promise.reject(abortedError(what))
    this.waiting++
    return new Promise((resolve, reject) => {
      const leave = (): void => {
        signal.removeEventListener('abort', onAbort)
        this.waiting--
      }
      const onAbort = (): void => {
        leave()
        if (this.waiting === 0 && !this.pinned) this.controller.abort()
        reject(abortedError(what))
      }
      signal.addEventListener('abort', onAbort, { once: true })
      this.answer.then(
        value => { leave(); resolve(value) },
        (error: unknown) => { leave(); reject(ownCopy(error)) }
      )
    })
  }
}

function ownCopy(error: unknown): unknown {
  return error instanceof TusError ? copyError(error) : error
}


// The uploads to an endpoint (by client) that gave up after spending their retries on a failure
// that may pass (5xx, network, timeout), since any upload there last made progress. One such
// upload may be its file's own trouble (a server hook refusing it); two are the server's.
const OUTAGE_UPLOADS = 2
const outages = new WeakMap<HttpClient, Map<string, { uploads: number; lastAt: number }>>()

export function noteOutage(client: HttpClient, endpoint: string): void {
  let perClient = outages.get(client)
  if (!perClient) outages.set(client, (perClient = new Map()))
  const outage = perClient.get(endpoint)
  perClient.set(endpoint, { uploads: (outage?.uploads ?? 0) + 1, lastAt: Date.now() })
}

export function clearOutage(client: HttpClient, endpoint: string): void {
  outages.get(client)?.delete(endpoint)
}

/**
 * When other uploads gave up on `endpoint`, the last in the past minute, and none got anywhere
 * since, `error` (a failure that may pass) ends this upload too, unretried, saying why.
 */
export function sharedOutage(client: HttpClient, endpoint: string, error: TusError): TusError | undefined {
  const outage = outages.get(client)?.get(endpoint)
  if (outage === undefined || outage.uploads < OUTAGE_UPLOADS || Date.now() - outage.lastAt >= FAILURE_SHARED_MS) return undefined
  const ago = Math.round((Date.now() - outage.lastAt) / 1000)
  const why = `${outage.uploads} uploads to ${endpoint} spent their retries, the last ${ago} s ago, and none got anywhere since`
  return new TusError(error.code, `${error.message}; not retried: ${why}`, { ...detailsOf(error), retryAfterMs: undefined, cause: error })
}
