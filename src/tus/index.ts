/**
 * tus-upload-action's client: resumable uploads to any tus 1.0 server.
 * High level (with retries): upload, uploadDetailed, metadata.
 * Low level (one request each): configuration, create, offset, patch, terminate.
 */
export { upload, uploadDetailed, metadata, type UploadResult } from './upload.js'
export { configuration, offset, patch, terminate, type ServerConfiguration, type UploadState, type PatchOptions } from './core.js'
export { create, type CreateOptions, type CreateResult } from './creation.js'
export { createHttpClient } from './http.js'
export { publicUrl } from './url.js'
export { encodeMetadata, decodeMetadata, metadataToStrings, validateMetadataKey, bytesToText } from './metadata.js'
export { TusError, describeError, type TusErrorCode } from './errors.js'
export { retryPolicy, type RetryPolicy } from './retry.js'
export { DEFAULTS, silentLogger } from './options.js'
export type { Logger, RetryOptions, TlsOptions, MetadataInput, Metadata, RequestOptions, UploadOptions, UploadSource } from './options.js'
export { VERSION, USER_AGENT } from './version.js'
