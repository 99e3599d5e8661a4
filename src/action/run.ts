import * as core from '@actions/core'
import { UsageError } from '../common/errors.js'
import { runPool } from '../common/pool.js'
import { ResumeStore, storeChange } from '../common/resumeStore.js'
import { countOf, formatBytes } from '../common/units.js'
import { createHttpClient, describeError, publicUrl } from '../tus/index.js'
import { error, info, warning } from './log.js'
import { findFiles, handleNoFiles, noFilesMessage, NoFilesFoundError, type FoundFile } from './files.js'
import { countHiddenMatches } from './globMatches.js'
import { maskSecrets, readInputs, type ActionInputs, type GetInput } from './inputs.js'
import { buildOutputs, setOutputs, type FailedFile, type FileOutcome, type UploadedFile } from './outputs.js'
import { totalLine, totalsOf, writeSummary } from './summary.js'
import { FileUploadError, uploadFile } from './upload.js'

export interface RunOptions {
  getInput?: GetInput
  /** Paths are reported relative to it. Default: GITHUB_WORKSPACE, else the cwd. */
  workspace?: string
}

/**
 * The Action: masks the secrets, reads the inputs, finds the files, uploads them (`concurrency`
 * at a time), reads their metadata back, sets the outputs, writes the job summary, and fails the
 * step with one error annotation per failed file. Never rejects: every failure fails the step.
 */
export async function runAction(options: RunOptions = {}): Promise<void> {
  const getInput = options.getInput ?? ((name: string) => core.getInput(name))
  try {
    maskSecrets(getInput)
    const inputs = readInputs(getInput)
    if (inputs.insecureSsl) {
      warning('TLS certificates are not verified (insecure-ssl: true); use ca-file to trust a private CA instead', {
        title: 'insecure-ssl is on'
      })
    }
    const found = { workspace: options.workspace, includeHiddenFiles: inputs.includeHiddenFiles }
    const files = await findFiles(inputs.glob, found)
    if (files.length === 0) {
      // Looked for again only to say why: hidden files the glob would have taken.
      const hidden = inputs.includeHiddenFiles ? 0 : await countHiddenMatches(inputs.glob)
      handleNoFiles(inputs.ifNoFilesFound, inputs.glob, hidden)
      setOutputs(buildOutputs([]))
      // warn or ignore: the step passes, and its summary says why nothing was uploaded.
      await writeSummary(publicUrl(inputs.endpoint), { note: noFilesMessage(inputs.glob, hidden) })
      return
    }
    // Opened before any upload: a resume file that cannot be used is bad input.
    const store = inputs.resumeFile === undefined ? undefined : await ResumeStore.open(inputs.resumeFile, "Input 'resume-file'")
    await uploadAll(inputs, files, store)
  } catch (error) {
    failStep(error)
  }
}

async function uploadAll(inputs: ActionInputs, files: FoundFile[], store: ResumeStore | undefined): Promise<void> {
  const endpoint = publicUrl(inputs.endpoint)
  const bytes = files.reduce((sum, file) => sum + file.size, 0)
  const count = countOf(files.length, 'file', 'files')
  const parallel = Math.min(inputs.concurrency, files.length)
  info(`Uploading ${count} (${formatBytes(bytes)}) to ${endpoint}${parallel > 1 ? `, ${parallel} at a time` : ''}`)
  const controller = new AbortController()
  const stopWatching = watchSignals(controller)
  const httpClient = createHttpClient()
  const started = Date.now()
  let outcomes: FileOutcome[]
  try {
    const context = { inputs, httpClient, signal: controller.signal, store }
    const settled = await runPool(files, inputs.concurrency, (file) => uploadFile(file, context))
    outcomes = settled.map((result, index) => toOutcome(result, files[index]))
  } finally {
    httpClient.dispose()
    stopWatching()
    if (store) await storeChange(store.flush(), `saving ${store.filePath}`, (message) => warning(message))
  }
  await report(endpoint, outcomes, Date.now() - started)
}

function toOutcome(result: PromiseSettledResult<UploadedFile>, file: FoundFile): FileOutcome {
  if (result.status === 'fulfilled') return { ok: true, upload: result.value }
  const error: unknown = result.reason
  if (error instanceof FileUploadError) return { ok: false, failure: error.failure }
  return { ok: false, failure: { file, error, message: describeError(error), cancelled: false } }
}

/** Outputs, the total line, the job summary, then the failures. */
async function report(endpoint: string, outcomes: FileOutcome[], elapsedMs: number): Promise<void> {
  const uploads = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.upload] : []))
  const failures = outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.failure]))
  setOutputs(buildOutputs(uploads, failures))
  const totals = totalsOf(outcomes, elapsedMs)
  info(totalLine(totals))
  await writeSummary(endpoint, { outcomes, totals })
  const cancelled = failures.filter((failure) => failure.cancelled)
  if (cancelled.length > 0) {
    reportCancelled(cancelled)
    core.setFailed(`Cancelled: ${cancelled.length} of ${outcomes.length} uploads did not finish`)
  }
  for (const failure of failures.filter((failure) => !failure.cancelled)) {
    error(`${failure.file.path}: ${failure.message}`, { title: `Upload failed for ${failure.file.path}` })
    debugStack(failure.error)
  }
  // One annotation per failed file above; no extra one from setFailed.
  if (failures.length > 0) process.exitCode = core.ExitCode.Failure
}

function reportCancelled(cancelled: FailedFile[]): void {
  info('Unfinished uploads (the server keeps the bytes it received, up to the offset):')
  for (const failure of cancelled) {
    if (failure.uploadUrl === undefined) info(`  ${failure.file.path}: not started`)
    else info(`  ${failure.file.path}: ${failure.uploadUrl} at offset ${failure.offset ?? 'unknown'}`)
  }
}

/** SIGINT then SIGTERM (the runner cancelling the job) abort the uploads; returns the unwatcher. */
export function watchSignals(controller: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      info(`Received ${signal}; the uploads are already stopping`)
      return
    }
    info(`Received ${signal}: stopping the uploads`)
    controller.abort()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}

/**
 * Bad input: its message only (it names the input and the fix). Anything else is said to be
 * unexpected, with the way to its stack trace (shown only with debug logging on).
 */
function failStep(error: unknown): void {
  const expected = error instanceof UsageError || error instanceof NoFilesFoundError
  const debugHint = core.isDebug() ? '' : ' (rerun with debug logging for the stack trace)'
  core.setFailed(expected ? (error as Error).message : `unexpected error: ${describeError(error)}${debugHint}`)
  debugStack(error)
}

function debugStack(error: unknown): void {
  if (core.isDebug() && error instanceof Error && error.stack !== undefined) core.debug(error.stack)
}
