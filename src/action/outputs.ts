import * as core from '@actions/core'
import type { FoundFile } from './files.js'

/** A file uploaded and its metadata read back. */
export interface UploadedFile {
  file: FoundFile
  location: string
  size: number
  sha256: string
  /** As read back from the server; a key without a value is null. */
  metadata: Record<string, string | null>
  retries: number
  requests: number
  elapsedMs: number
  /** Resumed from an earlier run's upload: this run sent only the rest, so no rate is shown. */
  resumed?: boolean
}

/** A file that failed or did not finish. */
export interface FailedFile {
  file: FoundFile
  error: unknown
  /** One line for the log and the annotation. */
  message: string
  /** The run was cancelled (SIGINT/SIGTERM) before this file finished. */
  cancelled: boolean
  /** The upload URL, when the upload had been created: it holds `offset` bytes. */
  uploadUrl?: string
  offset?: number
  /** Retries spent before it failed. */
  retries?: number
}

export type FileOutcome = { ok: true; upload: UploadedFile } | { ok: false; failure: FailedFile }

/** One element of the `uploads` output. */
export interface UploadOutput {
  path: string
  location: string
  size: number
  sha256: string
  metadata: Record<string, string | null>
}

/** One element of the `failed` output: what a later step needs to resume, delete or report it. */
export interface FailedOutput {
  path: string
  size: number
  /** The upload URL when the upload had been created (resume it with tus-upload --upload-url), else null. */
  location: string | null
  /** Bytes the server held when last known, else null. */
  offset: number | null
  cancelled: boolean
  error: string
}

export interface ActionOutputs {
  location: string
  locations: string[]
  metadata: Record<string, Record<string, string | null>>
  uploads: UploadOutput[]
  failed: FailedOutput[]
}

/** The outputs from the successful uploads and the failed ones, each given in sorted path order. */
export function buildOutputs(uploads: readonly UploadedFile[], failures: readonly FailedFile[] = []): ActionOutputs {
  const metadata: ActionOutputs['metadata'] = {}
  for (const upload of uploads) metadata[upload.location] = upload.metadata
  return {
    location: uploads[0]?.location ?? '',
    locations: uploads.map((upload) => upload.location),
    metadata,
    uploads: uploads.map((upload) => ({
      path: upload.file.path,
      location: upload.location,
      size: upload.size,
      sha256: upload.sha256,
      metadata: upload.metadata
    })),
    failed: failures.map((failure) => ({
      path: failure.file.path,
      size: failure.file.size,
      location: failure.uploadUrl ?? null,
      offset: failure.offset ?? null,
      cancelled: failure.cancelled,
      error: failure.message
    }))
  }
}

/** Sets the outputs; the JSON ones read back with fromJSON() in a later step. */
export function setOutputs(outputs: ActionOutputs): void {
  core.setOutput('location', outputs.location)
  core.setOutput('locations', JSON.stringify(outputs.locations))
  core.setOutput('metadata', JSON.stringify(outputs.metadata))
  core.setOutput('uploads', JSON.stringify(outputs.uploads))
  core.setOutput('failed', JSON.stringify(outputs.failed))
}
