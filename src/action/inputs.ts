import * as core from '@actions/core'
import path from 'node:path'
import { readCaFile, readClientCertificate } from '../common/pem.js'
import { UsageError } from '../common/errors.js'
import { parseHeaderLines } from '../common/headerLines.js'
import { MAX_CONCURRENCY } from '../common/pool.js'
import { parseMetadataEntries } from '../common/metadataLines.js'
import { parseCount, parseSeconds, parseSize } from '../common/units.js'
import { readHttpUrl } from '../common/urls.js'
import { DEFAULTS } from '../tus/options.js'
import { textCredentials } from '../tus/url.js'
import { CLIENT_HEADERS } from '../tus/protocol.js'
import type { MetadataInput } from '../tus/options.js'
import { IF_NO_FILES_FOUND_VALUES, type IfNoFilesFound } from './files.js'
import { patternLines } from './globMatches.js'

/** Reads one input by its action.yml name, trimmed, '' when unset (as core.getInput). */
export type GetInput = (name: string) => string

export interface ActionInputs {
  /** The tus creation URL (http or https), as given, credentials included. */
  endpoint: string
  /** Newline-separated @actions/glob patterns. */
  glob: string
  /** The `metadata` lines, added to every upload. */
  metadata: MetadataInput
  /** Add `filename` and `filetype` of each file (the `metadata` input wins on the same key). */
  defaultMetadata: boolean
  headers: Record<string, string>
  allowCrossOriginHeaders: boolean
  retries: number
  /** Seconds. */
  retryDelay: number
  /** Seconds without progress. */
  timeout: number
  /** Bytes per PATCH; undefined: the whole file in one PATCH. */
  chunkSize?: number
  concurrency: number
  insecureSsl: boolean
  /** Path of the `ca-file` input, and its PEM text. */
  ca?: string
  /** The `cert-file` (and `key-file`) client certificate and key, PEM. */
  clientCertificate?: { cert: string; key: string }
  ifNoFilesFound: IfNoFilesFound
  /** Also upload files and directories whose name starts with `.`. */
  includeHiddenFiles: boolean
  /** Send PATCH as POST with X-HTTP-Method-Override. */
  methodOverride: boolean
  /** Path of the `resume-file` input, absolute; undefined: no resuming across runs. */
  resumeFile?: string
}

/** The input names, exactly as in action.yml. */
export const INPUT_NAMES = [
  'endpoint',
  'glob',
  'metadata',
  'default-metadata',
  'headers',
  'allow-cross-origin-headers',
  'retries',
  'retry-delay',
  'timeout',
  'chunk-size',
  'concurrency',
  'insecure-ssl',
  'ca-file',
  'cert-file',
  'key-file',
  'method-override',
  'resume-file',
  'if-no-files-found',
  'include-hidden-files'
] as const


const coreGetInput: GetInput = (name) => core.getInput(name)

function what(name: string): string {
  return `Input '${name}'`
}

/** Reads and checks every input; throws a UsageError naming the input and the fix. */
export function readInputs(getInput: GetInput = coreGetInput): ActionInputs {
  const text = (name: string): string => getInput(name).trim()
  const caFile = text('ca-file') || undefined
  const chunkSize = text('chunk-size')
  return {
    endpoint: readEndpoint(text('endpoint')),
    glob: readGlob(getInput('glob')),
    metadata: parseMetadataEntries(lines(getInput('metadata')), what('metadata')),
    defaultMetadata: readBoolean(text('default-metadata'), 'default-metadata', true),
    headers: parseHeaderLines(lines(getInput('headers')), what('headers')),
    allowCrossOriginHeaders: readBoolean(text('allow-cross-origin-headers'), 'allow-cross-origin-headers', false),
    retries: readOr(text('retries'), DEFAULTS.retries, (t) => parseCount(t, what('retries'), { min: 0 })),
    retryDelay: readOr(text('retry-delay'), DEFAULTS.retryDelay, (t) => parseSeconds(t, what('retry-delay'))),
    timeout: readOr(text('timeout'), DEFAULTS.timeout, (t) => parseSeconds(t, what('timeout'), { positive: true })),
    chunkSize: chunkSize === '' ? undefined : parseSize(chunkSize, what('chunk-size')),
    concurrency: readOr(text('concurrency'), DEFAULTS.concurrency, (t) =>
      parseCount(t, what('concurrency'), { min: 1, max: MAX_CONCURRENCY })
    ),
    insecureSsl: readBoolean(text('insecure-ssl'), 'insecure-ssl', false),
    ca: caFile === undefined ? undefined : readCaFile(caFile, path.resolve(caFile), what('ca-file')),
    clientCertificate: readClientCertificateInputs(text('cert-file'), text('key-file')),
    ifNoFilesFound: readIfNoFilesFound(text('if-no-files-found')),
    includeHiddenFiles: readBoolean(text('include-hidden-files'), 'include-hidden-files', false),
    methodOverride: readBoolean(text('method-override'), 'method-override', false),
    resumeFile: text('resume-file') === '' ? undefined : path.resolve(text('resume-file'))
  }
}

/** Non-blank lines, trimmed, of a multi-line input. */
function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

function readOr<T>(value: string, fallback: T, parse: (value: string) => T): T {
  return value === '' ? fallback : parse(value)
}

function readEndpoint(value: string): string {
  if (value === '') throw new UsageError(`${what('endpoint')} is required; give the tus creation URL, like https://tus.example.com/files/`)
  return readHttpUrl(value, what('endpoint'))
}

function readGlob(value: string): string {
  if (patternLines(value).length === 0) {
    throw new UsageError(`${what('glob')} is required; give one or more file patterns, one per line, like dist/*.zip`)
  }
  return value
}

function readClientCertificateInputs(certFile: string, keyFile: string): { cert: string; key: string } | undefined {
  if (certFile === '') {
    if (keyFile !== '') throw new UsageError(`${what('key-file')} is the key of a client certificate; give the 'cert-file' input too`)
    return undefined
  }
  return readClientCertificate({
    cert: certFile,
    certWhat: what('cert-file'),
    key: keyFile === '' ? undefined : keyFile,
    keyWhat: what('key-file'),
    base: process.cwd(),
    keyOption: "the 'key-file' input"
  })
}

function readBoolean(value: string, name: string, fallback: boolean): boolean {
  if (value === '') return fallback
  const lower = value.toLowerCase()
  if (lower === 'true') return true
  if (lower === 'false') return false
  throw new UsageError(`${what(name)}: ${JSON.stringify(value)} is not a boolean; use true or false`)
}

function readIfNoFilesFound(value: string): IfNoFilesFound {
  if (value === '') return 'error'
  const mode = value.toLowerCase() as IfNoFilesFound
  if (IF_NO_FILES_FOUND_VALUES.includes(mode)) return mode
  throw new UsageError(
    `${what('if-no-files-found')}: ${JSON.stringify(value)} is not a valid value; use error, warn or ignore`
  )
}


export const MIN_MASKED_LENGTH = 4

/** A user without a password in the endpoint, this long or longer, is masked as a token. */
export const MIN_TOKEN_LENGTH = 16

/**
 * Registers with core.setSecret, before anything is logged: the password of the endpoint URL
 * (as written, decoded, and as the Basic credentials the client derives), and every header value
 * of at least MIN_MASKED_LENGTH characters (a shorter one, say `X-Debug: 1`, is no credential and
 * would hide every 1 in the log) but Host's (a server name, not a secret: masking it would hide
 * every URL on that host). Works on the raw inputs, so that even an input that fails
 * validation is masked.
 */
export function maskSecrets(getInput: GetInput = coreGetInput, setSecret: (secret: string) => void = core.setSecret): void {
  const mask = (secret: string): void => {
    if (secret.trim() !== '') setSecret(secret)
  }
  for (const secret of endpointSecrets(getInput('endpoint').trim())) mask(secret)
  for (const line of lines(getInput('headers'))) {
    const colon = line.indexOf(':')
    const value = colon === -1 ? line : line.slice(colon + 1).trim()
    const name = colon === -1 ? '' : line.slice(0, colon).trim().toLowerCase()
    // A header the client sets is refused below, and its value (say PATCH) is no credential.
    if (value.length >= MIN_MASKED_LENGTH && name !== 'host' && !CLIENT_HEADERS.has(name)) mask(value)
  }
}

function endpointSecrets(endpoint: string): string[] {
  let url: URL | undefined
  try {
    url = new URL(endpoint)
  } catch {
    // Not a URL: still mask what looks like user:password@, or a lone user long enough to be a token.
    const credentials = textCredentials(endpoint)
    if (credentials === undefined) return []
    const secret = credentials.password ?? (credentials.user.length >= MIN_TOKEN_LENGTH ? credentials.user : '')
    return secret === '' ? [] : [secret]
  }
  if (url.password === '') {
    // A lone user of token length (https://ghp_...@host/) is a token; a short one is a name.
    if (url.username.length < MIN_TOKEN_LENGTH) return []
    const user = safeDecode(url.username)
    return [url.username, user, Buffer.from(`${user}:`).toString('base64')]
  }
  const password = safeDecode(url.password)
  const basic = Buffer.from(`${safeDecode(url.username)}:${password}`).toString('base64')
  return [url.password, password, basic]
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
