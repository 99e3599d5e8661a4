/**
 * tus-upload's setup: the options and every file argument checked before anything is uploaded
 * (one bad argument and nothing is sent).
 */
import { accessSync, fstatSync, constants as fsConstants, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { UsageError, describeFsError } from '../common/errors.js'
import { defaultMetadata, parseMetadataEntries, pathUnder } from '../common/metadataLines.js'
import { MAX_CONCURRENCY } from '../common/pool.js'
import { ResumeStore } from '../common/resumeStore.js'
import { parseCount, parseSize } from '../common/units.js'
import { readHttpUrl } from '../common/urls.js'
import { DEFAULTS, type MetadataInput, type UploadOptions } from '../tus/index.js'
import { resolveCommonOptions, type CommonOptionValues } from './args.js'
import type { Io } from './io.js'
import { CliLogger } from './logger.js'

export const PROG = 'tus-upload'
// Other names of standard input: given with -, it would be read twice (and the second read is empty).
const STDIN_PATHS = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0'])
// Where standard input redirected from a regular file can be opened again, to be read by range.
const STDIN_FILE = '/dev/stdin'

export interface UploadOptionValues extends CommonOptionValues {
  metadata?: string[]
  defaultMetadata: boolean
  chunkSize?: string
  concurrency?: string
  resumeFile?: string
  uploadUrl?: string
  json?: boolean
  methodOverride?: boolean
  size?: string
}

/** One file argument, checked before anything is uploaded. */
export interface Job {
  /** As given on the command line ("-" for standard input). */
  arg: string
  index: number
  kind: 'file' | 'stream' | 'stdin'
  absolutePath?: string
  size?: number
  mtimeMs?: number
  metadata: MetadataInput
  /** Updated as the upload goes, for the report of an interruption. */
  uploadUrl?: string
  /** The upload URL taken from --resume-file, when resuming. */
  resumedFrom?: string
  sent: number
  total?: number
  started: boolean
  /** Its failure was reported already (before an interruption). */
  reported?: boolean
}

export interface Setup {
  endpoint: string
  jobs: Job[]
  fileErrors: string[]
  concurrency: number
  chunkSize?: number
  /** --size: the length of the one stream argument (standard input, a pipe). */
  streamLength?: number
  store?: ResumeStore
  /** --upload-url: the one file's upload to resume. */
  uploadUrl?: string
  json: boolean
  logger: CliLogger
  verbose: boolean
  options: Pick<UploadOptions, 'headers' | 'tls' | 'timeout' | 'retry' | 'allowCrossOriginHeaders' | 'methodOverride'>
  quiet: boolean
}

export async function prepare(endpointArg: string, fileArgs: string[], values: UploadOptionValues, io: Io): Promise<Setup> {
  const endpoint = readHttpUrl(endpointArg, 'creation URL')
  const common = await resolveCommonOptions(values, io.cwd)
  const concurrency =
    values.concurrency === undefined
      ? DEFAULTS.concurrency
      : parseCount(values.concurrency, '--concurrency', { min: 1, max: MAX_CONCURRENCY })
  const chunkSize = values.chunkSize === undefined ? undefined : parseSize(values.chunkSize, '--chunk-size')
  const explicit = parseMetadataEntries(values.metadata ?? [], '--metadata')
  const stdinArgs = fileArgs.filter(arg => arg === '-' || STDIN_PATHS.has(path.resolve(io.cwd, arg)))
  if (stdinArgs.length > 1) {
    throw new UsageError(`${stdinArgs[1]}: standard input can be read only once; give - at most once`)
  }
  const logger = new CliLogger(PROG, common.level, line => void io.stderr.write(`${line}\n`))
  const stdinFile = fileArgs.includes('-') ? stdinAsFile(io) : undefined
  const { jobs, errors } = checkFiles(fileArgs, io.cwd, explicit, values.defaultMetadata, stdinFile)
  const uploadUrl = checkUploadUrl(values, fileArgs)
  const streamLength = checkStreamSize(values, jobs, errors)
  const store = values.resumeFile === undefined ? undefined : await ResumeStore.open(path.resolve(io.cwd, values.resumeFile))
  return {
    endpoint,
    jobs,
    fileErrors: errors,
    concurrency,
    chunkSize,
    streamLength,
    store,
    uploadUrl,
    json: values.json ?? false,
    logger,
    verbose: common.verbose,
    quiet: common.level === 'error',
    options: {
      headers: common.headers,
      tls: common.tls,
      timeout: common.timeout,
      retry: common.retry,
      allowCrossOriginHeaders: common.allowCrossOriginHeaders,
      methodOverride: values.methodOverride ?? false
    }
  }
}

/** --size gives the length of one stream: one argument, read as a stream (not a file, whose length is known). */
function checkStreamSize(values: UploadOptionValues, jobs: Job[], errors: string[]): number | undefined {
  if (values.size === undefined) return undefined
  const size = parseSize(values.size, '--size', 0)
  if (jobs.length + errors.length !== 1) throw new UsageError(`--size: it gives the length of one stream, but ${jobs.length + errors.length} files were given; give one`)
  const job = jobs[0]
  if (job !== undefined && job.kind === 'file') throw new UsageError(`--size: ${job.arg} is a file, whose length is known; leave --size out`)
  return size
}

/** --upload-url names one upload: one file, and not with --resume-file (which names its own). */
function checkUploadUrl(values: UploadOptionValues, fileArgs: string[]): string | undefined {
  if (values.uploadUrl === undefined) return undefined
  const url = readHttpUrl(values.uploadUrl, '--upload-url')
  if (fileArgs.length !== 1) throw new UsageError(`--upload-url: it names one upload, but ${fileArgs.length} files were given; give one file with it`)
  if (values.resumeFile !== undefined) throw new UsageError('--upload-url: give it or --resume-file, not both')
  return url
}

/** Every file is checked first: one bad argument and nothing is uploaded. */
function checkFiles(
  args: string[],
  cwd: string,
  explicit: MetadataInput,
  withDefaults: boolean,
  stdinFile: Stats | undefined
): { jobs: Job[]; errors: string[] } {
  const errors: string[] = []
  const seen = new Map<string, string>()
  const checkOne = (arg: string, index: number): Job | undefined => {
    const job: Job = { arg, index, kind: 'file', metadata: {}, sent: 0, started: false }
    if (arg === '-') {
      job.kind = 'stdin'
      if (stdinFile) describeFile(job, STDIN_FILE, stdinFile, explicit, false)
      job.metadata = { ...explicit }
      return job
    }
    if (arg === '') {
      errors.push(`"": empty file name; give a file path`)
      return undefined
    }
    const absolute = path.resolve(cwd, arg)
    const info = statReadable(arg, absolute)
    if (typeof info === 'string') {
      errors.push(info)
      return undefined
    }
    const other = seen.get(absolute)
    if (other !== undefined) {
      errors.push(`${arg}: given twice (also as ${other}); give each file once`)
      return undefined
    }
    seen.set(absolute, arg)
    describeFile(job, absolute, info, explicit, withDefaults, cwd)
    return job
  }
  const jobs = args.map(checkOne)
  return { jobs: jobs.filter((job): job is Job => job !== undefined), errors }
}

/**
 * Standard input redirected from a regular file (`- < file`): its stats, so that it is uploaded as
 * that file (known length, read by range, resumable with --upload-url) instead of as a stream.
 */
function stdinAsFile(io: Io): Stats | undefined {
  if (process.platform === 'win32' || (io.stdin as { fd?: unknown }).fd !== 0) return undefined
  try {
    const info = fstatSync(0)
    if (!info.isFile()) return undefined
    // Opened again by path: a file the shell could open but this process may not (sudo) stays a stream.
    accessSync(STDIN_FILE, fsConstants.R_OK)
    return info
  } catch {
    return undefined
  }
}

/**
 * The file's stats, or why it cannot be uploaded. Synchronous: two local system calls per file
 * cost less than two thread-pool round trips, which add up over a batch of thousands.
 */
function statReadable(arg: string, absolute: string): Stats | string {
  try {
    const info = statSync(absolute)
    if (info.isDirectory()) return `${arg}: is a directory; give the files in it (e.g. ${path.join(arg, '*')})`
    accessSync(absolute, fsConstants.R_OK)
    return info
  } catch (error) {
    return `${arg}: ${describeFsError(error)}`
  }
}

function describeFile(job: Job, absolute: string, info: Stats, explicit: MetadataInput, withDefaults: boolean, cwd?: string): void {
  // A pipe or a device (e.g. <(command), /dev/stdin) is read as a stream of unknown length.
  job.kind = info.isFile() ? 'file' : 'stream'
  job.absolutePath = absolute
  if (info.isFile()) {
    job.size = info.size
    job.total = info.size
    job.mtimeMs = info.mtimeMs
  }
  // /dev/fd/63 (a <(command)) has no name worth sending.
  const named = info.isFile() || !/^\/(dev|proc)\//.test(absolute)
  const relativePath = cwd === undefined ? undefined : pathUnder(absolute, cwd)
  job.metadata = withDefaults && named ? { ...defaultMetadata(job.arg, relativePath), ...explicit } : { ...explicit }
}
