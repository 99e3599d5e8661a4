/**
 * Seeded fault fuzzing (`npm run fuzz`, not part of `npm test`: random and minutes long).
 *
 * Each iteration generates a plan: one upload, or several on one shared HTTP client (sizes
 * around the creation-with-upload limit, file / buffer / stream sources, chunking, resumption of
 * uploads prepared on the server or left by an earlier failure), and faults queued on the proxy
 * between the client and a real @tus/server. After the uploads end, invariants are checked
 * against what the server stored. A plan that breaks one is printed as JSON.
 *
 *   FUZZ_SEED=n        the generator's seed (default: from the clock; printed at the start)
 *   FUZZ_ITERS=n       iterations (default 60)
 *   FUZZ_MINUTES=n     no new iteration after this long (default 8)
 *   FUZZ_REPLAY=json   run only this plan (a PLAN line printed with a problem)
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs'
import type { Socket } from 'node:net'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import * as tus from '../../src/tus/index.js'
import {
  makeTempDir, pseudoRandomBytes, sha256Buffer, startFaultProxy, startTusServer, tusCreate, tusPatch, uploadIdFromUrl,
  type FaultKind, type FaultProxy, type ProxyLogEntry, type TempDir, type TusServer
} from '../helpers/index.js'

const MiB = 1024 * 1024
const HANG_MS = 120_000
// Loopback, at most 30 MiB and a handful of faults of a few seconds each: far less than this.
const SLOW_UPLOAD_MS = 40_000
const MAX_RESUMABLES = 4

type Method = 'POST' | 'PATCH' | 'HEAD' | 'OPTIONS'
type Fault = { method: Method, times?: number } & (
  | { kind: 'cut', bytes: number }
  | { kind: 'stall', seconds: number, afterBytes: number }
  | { kind: 'respond', status: number, retryAfter0?: boolean }
  | { kind: 'swallow' }
  | { kind: 'delay', ms: number }
  | { kind: 'closeMid', mode: 'partial-headers' | 'short-body' }
  | { kind: 'throttle', bps: number }
  | { kind: 'rewrite', mode: OffsetRewrite, delta: number }
)
type OffsetRewrite = 'drop' | 'lower' | 'garbage' | 'beyond' | 'zero'

interface UploadPlan {
  source: 'file' | 'buffer' | 'stream'
  size: number
  /** Seed of the upload's bytes (pseudoRandomBytes). */
  dataSeed: string
  chunkSize?: number
  retries: number
  timeout: number
  withSignal: boolean
  /** Continue an upload holding the first `bytes` on the server (created with a deferred length or not). */
  resume?: { bytes: number, deferred: boolean }
  /** Size of the pieces a stream source yields. */
  streamPiece?: number
}

interface Plan {
  iter: string
  shared: boolean
  uploads: UploadPlan[]
  faults: Fault[]
}

/** A failed upload kept on the server for a later plan to resume. */
interface ResumableUpload { uploadUrl: string, size: number, dataSeed: string, deferred: boolean }

/** Which upload of a plan continues which kept upload. */
interface Reuse { index: number, upload: ResumableUpload }

let server: TusServer
let proxy: FaultProxy
let temp: TempDir
let endpoint: string
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown): void => { unhandled.push(reason) }

beforeAll(async () => {
  server = await startTusServer()
  proxy = await startFaultProxy(server.url)
  temp = await makeTempDir('tus-fuzz-')
  endpoint = `${proxy.url}/files/`
  process.on('unhandledRejection', onUnhandled)
  subscribe('net.client.socket', onClientSocket)
})
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  unsubscribe('net.client.socket', onClientSocket)
  await proxy.close()
  await server.close()
  await temp.cleanup()
})

// ---- Settings and the seeded generator

interface Settings { seed: number, iterations: number, minutes: number, replay?: Plan }

function readSettings(): Settings {
  const env = process.env
  const replay = env.FUZZ_REPLAY ? JSON.parse(env.FUZZ_REPLAY) as Plan : undefined
  return {
    seed: Number(env.FUZZ_SEED ?? Date.now() % 1e9),
    iterations: replay ? 1 : Number(env.FUZZ_ITERS ?? 60),
    minutes: Number(env.FUZZ_MINUTES ?? 8),
    replay
  }
}

interface Random {
  next: () => number
  below: (n: number) => number
  chance: (p: number) => boolean
  pick: <T>(items: readonly T[]) => T
}

/** mulberry32: small and seedable, so that a seed reproduces its plans. */
function seededRandom(seed: number): Random {
  let state = seed
  const next = (): number => {
    state |= 0; state = (state + 0x6D2B79F5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const below = (n: number): number => Math.floor(next() * n)
  return { next, below, chance: p => next() < p, pick: items => items[below(items.length)] }
}

// ---- Plan generation

function generatePlan(random: Random, iter: string, resumables: ResumableUpload[]): { plan: Plan, reuse?: Reuse } {
  const shared = random.chance(0.3)
  const count = shared ? 2 + random.below(3) : 1
  const uploads: UploadPlan[] = []
  let reuse: Reuse | undefined
  for (let k = 0; k < count; k++) {
    const { upload, reused } = generateUpload(random, `${iter}-${k}`, reuse === undefined ? resumables : [])
    if (reused) reuse = { index: k, upload: reused }
    uploads.push(upload)
  }
  return { plan: { iter, shared, uploads, faults: generateFaults(random, uploads) }, reuse }
}

/** `resumables`: the kept uploads it may continue. The order of the draws is what a seed means: keep it. */
function generateUpload(random: Random, dataSeed: string, resumables: ResumableUpload[]): { upload: UploadPlan, reused?: ResumableUpload } {
  const source = random.pick(['file', 'buffer', 'stream'] as const)
  let size = generateSize(random)
  let resume: UploadPlan['resume']
  let reused: ResumableUpload | undefined
  if (random.chance(0.15)) {
    if (resumables.length > 0 && random.chance(0.5)) {
      // Its resume (the offset the server holds) is filled in just before the run.
      reused = resumables[random.below(resumables.length)]
      size = reused.size
      dataSeed = reused.dataSeed
    } else if (size > 0) {
      resume = { bytes: random.below(size), deferred: random.chance(source === 'stream' ? 0.8 : 0.2) }
    }
  }
  const chunkSize = random.chance(0.5) ? undefined : 64 * 1024 + random.below(8 * MiB - 64 * 1024)
  const upload: UploadPlan = {
    source, size, dataSeed, chunkSize,
    retries: 3 + random.below(4),
    timeout: 1 + Math.round(random.next() * 10) / 10,
    withSignal: random.chance(0.5),
    resume,
    streamPiece: source === 'stream' ? random.pick([1000, 16384, 65536, 1 << 20, 3 << 20]) : undefined
  }
  return { upload, reused }
}

/** Empty, one byte, around the creation-with-upload limit, small, a few MiB, or larger than a stream chunk. */
function generateSize(random: Random): number {
  const c = random.next()
  if (c < 0.12) return 0
  if (c < 0.2) return 1
  if (c < 0.4) return tus.DEFAULTS.creationWithUploadLimit + random.pick([-1, 0, 1])
  if (c < 0.55) return random.below(3000) + 2
  if (c < 0.85) return MiB + random.below(7 * MiB)
  return 8 * MiB + random.below(22 * MiB)
}

/** A quarter of the plans put the retries under pressure (several failures that may pass); the rest mix any faults. */
function generateFaults(random: Random, uploads: UploadPlan[]): Fault[] {
  const largestBody = Math.max(1, ...uploads.map(u => Math.min(u.size, u.chunkSize ?? u.size)))
  const pressure = random.chance(0.25)
  const count = pressure ? 3 + random.below(4) : random.below(5)
  const faults: Fault[] = []
  for (let i = 0; i < count; i++) faults.push(pressure ? pressureFault(random, largestBody) : anyFault(random, largestBody))
  return faults
}

function pressureFault(random: Random, largestBody: number): Fault {
  const c = random.next()
  const method: Method = c < 0.5 ? 'PATCH' : c < 0.75 ? 'HEAD' : c < 0.95 ? 'POST' : 'OPTIONS'
  const times = 1 + random.below(4)
  const k = random.next()
  if (k < 0.5) return { kind: 'respond', method, status: random.pick([500, 502, 503, 423, 429, 409]), retryAfter0: random.chance(0.5), times }
  if (k < 0.7) return { kind: 'closeMid', method, mode: random.chance(0.5) ? 'partial-headers' : 'short-body', times }
  if (k < 0.85 && (method === 'PATCH' || method === 'POST')) return { kind: 'cut', method, bytes: random.below(largestBody), times }
  return { kind: 'swallow', method, times }
}

const BODY_FAULTS = ['cut', 'stall', 'respond', 'swallow', 'delay', 'closeMid', 'throttle', 'rewrite'] as const
const BODILESS_FAULTS = ['stall', 'respond', 'swallow', 'delay', 'closeMid', 'rewrite'] as const

function anyFault(random: Random, largestBody: number): Fault {
  const c = random.next()
  const method: Method = c < 0.45 ? 'PATCH' : c < 0.7 ? 'POST' : c < 0.92 ? 'HEAD' : 'OPTIONS'
  const times = random.chance(0.15) ? 2 : undefined
  const kind = random.pick(method === 'POST' || method === 'PATCH' ? BODY_FAULTS : BODILESS_FAULTS)
  switch (kind) {
    case 'cut': return { kind, method, times, bytes: Math.floor(random.next() * largestBody * 1.05) }
    case 'stall': return { kind, method, times, seconds: 0.5 + Math.round(random.next() * 25) / 10, afterBytes: random.chance(0.3) ? 0 : random.below(largestBody) }
    case 'respond': return { kind, method, times, status: random.pick([500, 502, 503, 409, 423, 429]), retryAfter0: random.chance(0.5) }
    case 'swallow': return { kind, method, times }
    case 'delay': return { kind, method, times, ms: 100 + random.below(2400) }
    case 'closeMid': return { kind, method, times, mode: random.chance(0.5) ? 'partial-headers' : 'short-body' }
    case 'throttle': return { kind, method, times, bps: random.pick([256 * 1024, MiB, 4 * MiB, 16 * MiB]) }
    case 'rewrite': return { kind, method, times, mode: random.pick(['drop', 'lower', 'garbage', 'beyond', 'zero'] as const), delta: 1 + random.below(3 * MiB) }
  }
}

// ---- Running a plan

interface Outcome {
  ok: boolean
  result?: tus.UploadResult
  error?: unknown
  /** Upload URLs the client announced (onUploadUrl). */
  uploadUrlsSeen: string[]
  progressError?: string
  hung?: boolean
  ms: number
}

interface PlanRun {
  datas: Buffer[]
  resumeUrls: (string | undefined)[]
  outcomes: Outcome[]
  /** Uploads on the server before the uploads started (earlier plans' and this plan's prepared ones). */
  idsBefore: Set<string>
  /** Proxy log entries that a fault was applied to. */
  faulted: ProxyLogEntry[]
}

async function runPlan(plan: Plan, reuse: Reuse | undefined): Promise<PlanRun> {
  proxy.clear(); proxy.resetRequests(); server.resetRequests()
  const datas = plan.uploads.map(u => pseudoRandomBytes(u.size, u.dataSeed))
  const resumeUrls = await prepareResumes(plan, datas, reuse)
  const idsBefore = new Set(server.uploadIds())
  queueFaults(plan.faults)
  const client = plan.shared ? tus.createHttpClient() : undefined
  const outcomes = await Promise.all(plan.uploads.map((u, k) => runUpload(u, datas[k], resumeUrls[k], client)))
  client?.dispose()
  proxy.clear()
  return { datas, resumeUrls, outcomes, idsBefore, faulted: proxy.requests.filter(e => e.fault) }
}

/** Upload URLs (through the proxy) to continue; a reused upload's plan gets the offset the server holds, so that the printed plan replays. */
async function prepareResumes(plan: Plan, datas: Buffer[], reuse: Reuse | undefined): Promise<(string | undefined)[]> {
  const urls: (string | undefined)[] = []
  for (const [k, u] of plan.uploads.entries()) {
    if (reuse?.index === k) {
      const kept = reuse.upload
      u.resume = { bytes: server.storedOffset(kept.uploadUrl), deferred: kept.deferred && server.storedInfo(kept.uploadUrl).size === undefined }
      urls[k] = kept.uploadUrl
    } else if (u.resume) {
      urls[k] = await createPartialUpload(u.resume, datas[k])
    }
  }
  return urls
}

/** Straight to the server with the test helpers, so that the client under test plays no part in the setup. */
async function createPartialUpload(resume: NonNullable<UploadPlan['resume']>, data: Buffer): Promise<string> {
  const { location } = await tusCreate(server.endpoint, resume.deferred ? undefined : data.length)
  if (resume.bytes > 0) {
    const res = await tusPatch(location, 0, data.subarray(0, resume.bytes))
    if (res.status !== 204) throw new Error(`preparing a resumed upload: PATCH answered ${res.status}`)
  }
  return proxy.proxied(location)
}

function queueFaults(faults: Fault[]): void {
  for (const f of faults) {
    const filter = { method: f.method, times: f.times }
    switch (f.kind) {
      case 'cut': proxy.cutAfter(f.bytes, filter); break
      case 'stall': proxy.stall(f.seconds, { ...filter, afterBytes: f.afterBytes }); break
      case 'respond': proxy.respondWith(f.status, { ...filter, headers: f.retryAfter0 ? { 'Retry-After': '0' } : {} }); break
      case 'swallow': proxy.swallowResponse(filter); break
      case 'delay': proxy.delay(f.ms, filter); break
      case 'closeMid': proxy.closeMidResponse({ ...filter, mode: f.mode }); break
      case 'throttle': proxy.throttle(f.bps, filter); break
      case 'rewrite': proxy.rewriteResponseHeaders(headers => rewriteUploadOffset(headers, f.mode, f.delta), filter); break
    }
  }
}

/** A server that lies about its offset: the client may fail, but must fail cleanly. */
function rewriteUploadOffset(headers: Record<string, string>, mode: OffsetRewrite, delta: number): Record<string, string> {
  const current = headers['upload-offset']
  if (current === undefined) return headers
  const offset = Number(current)
  if (mode === 'drop') delete headers['upload-offset']
  else if (mode === 'lower') headers['upload-offset'] = String(Math.max(0, offset - delta))
  else if (mode === 'zero') headers['upload-offset'] = '0'
  else if (mode === 'garbage') headers['upload-offset'] = `${offset}x`
  else headers['upload-offset'] = String(offset + delta + 100 * MiB)
  return headers
}

async function runUpload(u: UploadPlan, data: Buffer, resumeUrl: string | undefined, client: ReturnType<typeof tus.createHttpClient> | undefined): Promise<Outcome> {
  const seen: string[] = []
  const controller = new AbortController()
  let progressError: string | undefined
  const options: tus.UploadOptions = {
    retry: { retries: u.retries, delay: 0.01 },
    timeout: u.timeout,
    chunkSize: u.chunkSize,
    httpClient: client,
    uploadUrl: resumeUrl,
    signal: u.withSignal ? controller.signal : undefined,
    onUploadUrl: url => { seen.push(url) },
    onProgress: (sent, total) => { if (total !== undefined && sent > total) progressError ??= `progress ${sent} > total ${total}` }
  }
  const started = Date.now()
  let hangTimer: NodeJS.Timeout | undefined
  const hang = new Promise<'hang'>(resolve => { hangTimer = setTimeout(() => resolve('hang'), HANG_MS) })
  try {
    const result = await Promise.race([tus.uploadDetailed(endpoint, sourceOf(u, data), options), hang])
    if (result === 'hang') { controller.abort(); return { ok: false, hung: true, uploadUrlsSeen: seen, ms: Date.now() - started } }
    return { ok: true, result, uploadUrlsSeen: seen, progressError, ms: Date.now() - started }
  } catch (error) {
    return { ok: false, error, uploadUrlsSeen: seen, progressError, ms: Date.now() - started }
  } finally { clearTimeout(hangTimer) }
}

function sourceOf(u: UploadPlan, data: Buffer): tus.UploadSource {
  if (u.source === 'buffer') return data
  if (u.source === 'file') {
    const path = join(temp.dir, `${u.dataSeed}.bin`)
    if (!existsSync(path) || statSync(path).size !== data.length) writeFileSync(path, data)
    return path
  }
  const piece = u.streamPiece ?? 65536
  function * pieces(): Generator<Buffer> { for (let i = 0; i < data.length; i += piece) yield data.subarray(i, i + piece) }
  return Readable.from(pieces())
}

// ---- Invariants

/** What the checks of one plan share; `known` collects the uploads the client told about. */
interface CheckContext { plan: Plan, run: PlanRun, known: Set<string>, problems: string[] }

async function checkPlan(plan: Plan, run: PlanRun): Promise<string[]> {
  const context: CheckContext = { plan, run, known: new Set(), problems: [] }
  for (const [k, outcome] of run.outcomes.entries()) {
    const tag = describeUpload(k, plan.uploads[k])
    if (outcome.progressError) context.problems.push(`${tag}: ${outcome.progressError}`)
    if (outcome.hung) { context.problems.push(`${tag}: HANG (> ${HANG_MS / 1000} s)`); continue }
    if (outcome.ms > SLOW_UPLOAD_MS) context.problems.push(`${tag}: took ${outcome.ms} ms`)
    if (outcome.ok) await checkSuccess(context, k, outcome.result!, tag)
    else checkFailure(context, k, outcome, tag)
  }
  checkOrphans(context)
  checkConflicts(context)
  if (unhandled.length) context.problems.push(`unhandled rejection(s): ${unhandled.splice(0).map(String).join('; ')}`)
  return context.problems
}

function describeUpload(k: number, u: UploadPlan): string {
  return `upload ${k} (${u.source} ${u.size}${u.chunkSize ? ` chunk ${u.chunkSize}` : ''}${u.resume ? ` resume ${JSON.stringify(u.resume)}` : ''})`
}

/** The server stores exactly the source, at the URL the client reports, reached through the proxy. */
async function checkSuccess({ run, known, problems }: CheckContext, k: number, result: tus.UploadResult, tag: string): Promise<void> {
  const size = run.datas[k].length
  known.add(uploadIdFromUrl(result.location))
  // Every retry needs a fault to have caused it.
  if (result.retries > run.faulted.length) problems.push(`${tag}: ${result.retries} retries but only ${run.faulted.length} fault uses`)
  if (result.size !== size) problems.push(`${tag}: result.size ${result.size} != ${size}`)
  if (!result.location.startsWith(proxy.url)) problems.push(`${tag}: location not via proxy ${result.location}`)
  const resumeUrl = run.resumeUrls[k]
  if (resumeUrl && result.location !== resumeUrl && !run.outcomes[k].uploadUrlsSeen.includes(result.location)) {
    problems.push(`${tag}: resumed ${resumeUrl} but location ${result.location}`)
  }
  const stored = await server.storedBytes(result.location).catch(() => undefined)
  if (stored === undefined) { problems.push(`${tag}: location ${result.location} has no stored file`); return }
  if (sha256Buffer(stored) !== sha256Buffer(run.datas[k])) problems.push(`${tag}: stored bytes differ (stored ${stored.length}, source ${size})`)
  const storedLength = server.storedInfo(result.location).size
  if (storedLength !== size) problems.push(`${tag}: stored Upload-Length ${storedLength} != ${size}`)
}

/** A clear TusError, naming any upload created (so it can be resumed) with an offset the server really holds. */
function checkFailure(context: CheckContext, k: number, outcome: Outcome, tag: string): void {
  const { run, known, problems } = context
  const error = outcome.error
  if (!(error instanceof tus.TusError)) { problems.push(`${tag}: non-TusError failure: ${(error as Error)?.stack ?? String(error)}`); return }
  if (!error.message || /undefined|\[object|NaN/.test(error.message)) problems.push(`${tag}: unclear message: ${error.message}`)
  for (const url of outcome.uploadUrlsSeen) known.add(uploadIdFromUrl(url))
  const created = outcome.uploadUrlsSeen.length > 0 || run.resumeUrls[k] !== undefined
  if (created && !error.uploadUrl) problems.push(`${tag}: upload created (${outcome.uploadUrlsSeen.join(',') || run.resumeUrls[k]}) but error.uploadUrl unset: ${error.code} ${error.message}`)
  if (error.uploadUrl) checkFailedUpload(context, error, tag)
  // A shared client ends the uploads of an endpoint in an outage without retrying them.
  const notRetriedShared = /not retried:/.test(error.message)
  if (error.retryable && !notRetriedShared && error.code !== 'ABORTED') checkRetriesSpent(problems, error, context.plan.uploads[k].retries, tag)
  if (!notRetriedShared && onlyRetryableFaults(context)) {
    problems.push(`${tag}: FAILED with only ${run.faulted.length} fault uses that may pass <= retries ${context.plan.uploads[k].retries}: ${error.code} ${error.message}`)
  }
}

function checkFailedUpload({ known, problems }: CheckContext, error: tus.TusError, tag: string): void {
  const uploadUrl = error.uploadUrl!
  known.add(uploadIdFromUrl(uploadUrl))
  if (error.offset === undefined) problems.push(`${tag}: error.offset unset`)
  let held: number
  try { held = server.storedOffset(uploadUrl) } catch { problems.push(`${tag}: error.uploadUrl ${uploadUrl} not on server`); return }
  if ((error.offset ?? 0) > held) problems.push(`${tag}: error.offset ${error.offset} > server holds ${held}`)
}

/** A failure that may pass ends only after all retries, and says so. */
function checkRetriesSpent(problems: string[], error: tus.TusError, retries: number, tag: string): void {
  const gaveUp = /^gave up after (\d+) attempts; last error: (.*)$/s.exec(error.message)
  if (!gaveUp) { problems.push(`${tag}: retryable final error without 'gave up': ${error.message}`); return }
  // OPTIONS is asked once per client and endpoint, outside an upload's own retry budget.
  if (Number(gaveUp[1]) !== retries + 1 && !gaveUp[2].startsWith('OPTIONS')) problems.push(`${tag}: gave up after ${gaveUp[1]} attempts, retries ${retries}`)
}

/** No rewritten offset (a lying server) and no more fault uses than any upload's retries: every upload must succeed. */
function onlyRetryableFaults({ plan, run }: CheckContext): boolean {
  const fewestRetries = Math.min(...plan.uploads.map(u => u.retries))
  return run.faulted.every(e => e.fault !== 'rewrite') && run.faulted.length <= fewestRetries
}

// Faults after which a POST's answer may never reach the client: each may leave one orphan upload.
const LOST_ANSWER_FAULTS = new Set<FaultKind | undefined>(['cut', 'stall', 'swallow', 'closeMidResponse', 'delay'])

function checkOrphans({ run, known, problems }: CheckContext): void {
  for (const url of run.resumeUrls) if (url) known.add(uploadIdFromUrl(url))
  const orphans = server.uploadIds().filter(id => !run.idsBefore.has(id) && !known.has(id))
  const lostPosts = proxy.requests.filter(e => e.method === 'POST' && (LOST_ANSWER_FAULTS.has(e.fault) || e.status === undefined)).length
  if (orphans.length > lostPosts) problems.push(`orphans: ${orphans.length} uploads unknown to the client, only ${lostPosts} POST responses lost`)
}

/** The server answers 409 to a PATCH at the wrong offset: only a rewritten offset may lead the client there. */
function checkConflicts({ run, problems }: CheckContext): void {
  if (run.faulted.some(e => e.fault === 'rewrite')) return
  const conflicts = server.requests.filter(q => q.method === 'PATCH' && q.status === 409)
  if (conflicts.length) problems.push(`server answered 409 to ${conflicts.length} PATCH(es) without any rewrite fault: ${conflicts.map(q => `${q.path}@${q.uploadOffset}`).join(',')}`)
}

// ---- Between iterations

// The client's connections, seen as they are made: the servers' and the proxy's own sockets say
// nothing about the client (the proxy may keep a paused one open for its keep-alive time).
const clientSockets = new Set<Socket>()
const onClientSocket = (message: unknown): void => { clientSockets.add((message as { socket: Socket }).socket) }

interface Resources { timers: number, sockets: number }

function activeResources(): Resources {
  for (const socket of clientSockets) if (socket.destroyed) clientSockets.delete(socket)
  const proxyPort = Number(new URL(proxy.url).port)
  return {
    timers: process.getActiveResourcesInfo().filter(kind => kind === 'Timeout').length,
    sockets: [...clientSockets].filter(socket => socket.remotePort === proxyPort).length
  }
}

/** The client's sockets close and its timers end shortly after the uploads; whatever stays past 4 s has leaked. */
async function checkResourcesSettle(baseTimers: number): Promise<{ resources: Resources, problem?: string }> {
  // One timer of slack: the servers' own housekeeping comes and goes.
  const leaking = (r: Resources): boolean => r.timers > baseTimers + 1 || r.sockets > 0
  let resources = activeResources()
  for (let wait = 0; wait < 40 && leaking(resources); wait++) {
    await new Promise(resolve => setTimeout(resolve, 100))
    resources = activeResources()
  }
  if (!leaking(resources)) return { resources }
  return { resources, problem: `leaked: ${resources.timers} timers (${baseTimers} at the start), ${resources.sockets} client sockets to the proxy` }
}

/** Failed uploads the server still holds, for later plans to resume (keeps at most MAX_RESUMABLES). */
function keepResumables(plan: Plan, outcomes: Outcome[], resumables: ResumableUpload[]): void {
  for (const [k, outcome] of outcomes.entries()) {
    const u = plan.uploads[k]
    const uploadUrl = outcome.error instanceof tus.TusError ? outcome.error.uploadUrl : undefined
    if (uploadUrl === undefined || u.size === 0 || resumables.length >= MAX_RESUMABLES) continue
    if (existsSync(server.storedPath(uploadUrl))) resumables.push({ uploadUrl, size: u.size, dataSeed: u.dataSeed, deferred: u.source === 'stream' })
  }
}

function removeUploadsExcept(resumables: ResumableUpload[]): void {
  const keep = new Set(resumables.map(r => uploadIdFromUrl(r.uploadUrl)))
  for (const id of server.uploadIds()) {
    if (keep.has(id)) continue
    rmSync(server.storedPath(id), { force: true })
    rmSync(`${server.storedPath(id)}.json`, { force: true })
  }
}

// ---- Output

function describeOutcome(o: Outcome): string {
  if (o.hung) return 'HANG'
  if (o.ok) return `ok r${o.result!.retries}`
  const error = o.error as { code?: string, message?: string } | undefined
  return `FAIL ${error?.code}: ${String(error?.message).slice(0, 160)}`
}

function describeFault(f: Fault): string {
  return `${f.method}:${f.kind}${f.kind === 'respond' ? f.status : ''}${f.kind === 'rewrite' ? f.mode : ''}`
}

function describeIteration(i: number, ms: number, plan: Plan, run: PlanRun, resources: Resources): string {
  const faults = plan.faults.map(describeFault).join(',') || '-'
  const applied = run.faulted.map(e => `${e.method}:${e.fault}`).join(',') || '-'
  const uploads = plan.uploads.map((u, k) => `${u.source}/${u.size}/${u.chunkSize ?? '-'}${u.resume ? '/R' : ''}: ${describeOutcome(run.outcomes[k])}`).join(' ; ')
  return `#${i} ${ms}ms shared=${plan.shared} faults=${faults} applied=${applied} | ${uploads} | timers ${resources.timers} sockets ${resources.sockets}`
}

// Straight to stdout: one line per iteration as it ends, without console.log's source locations.
const say = (line: string): void => { process.stdout.write(`${line}\n`) }

// ---- The run

interface FuzzState { resumables: ResumableUpload[], baseTimers: number, findings: string[], uploads: number, applied: Record<string, number> }

async function runIteration(i: number, plan: Plan, reuse: Reuse | undefined, state: FuzzState): Promise<void> {
  const started = Date.now()
  const run = await runPlan(plan, reuse)
  const problems = await checkPlan(plan, run)
  if (reuse) state.resumables.splice(state.resumables.indexOf(reuse.upload), 1)
  keepResumables(plan, run.outcomes, state.resumables)
  const { resources, problem } = await checkResourcesSettle(state.baseTimers)
  if (problem) problems.push(problem)
  say(describeIteration(i, Date.now() - started, plan, run, resources))
  if (problems.length) {
    say(`PROBLEM #${i}: ${problems.join(' | ')}\nPLAN ${JSON.stringify(plan)}`)
    state.findings.push(`#${i}: ${problems.join(' | ')}`)
  }
  removeUploadsExcept(state.resumables)
  state.uploads += plan.uploads.length
  for (const { method, fault } of run.faulted) state.applied[`${method}:${fault}`] = (state.applied[`${method}:${fault}`] ?? 0) + 1
}

const settings = readSettings()

test('random uploads through random faults keep the invariants', async () => {
  const random = seededRandom(settings.seed)
  const deadline = Date.now() + settings.minutes * 60_000
  const state: FuzzState = { resumables: [], baseTimers: activeResources().timers, findings: [], uploads: 0, applied: {} }
  say(`FUZZ seed=${settings.seed} iterations=${settings.iterations} minutes=${settings.minutes}${settings.replay ? ' (replay)' : ''}`)
  let done = 0
  for (; done < settings.iterations && Date.now() < deadline; done++) {
    const { plan, reuse } = settings.replay ? { plan: settings.replay, reuse: undefined } : generatePlan(random, `${settings.seed}-${done}`, state.resumables)
    await runIteration(done, plan, reuse, state)
  }
  say(`FUZZ DONE seed=${settings.seed} iterations=${done} uploads=${state.uploads} findings=${state.findings.length} faults applied ${JSON.stringify(state.applied)}`)
  expect(state.findings).toEqual([])
}, (settings.minutes + 5) * 60_000)
