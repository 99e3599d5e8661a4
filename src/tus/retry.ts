/** When and how long to wait before trying again. */
import { TusError, detailsOf } from './errors.js'
import { DEFAULTS, MAX_WAIT_SECONDS, type RetryOptions } from './options.js'

/** A Retry-After longer than this is not waited for in full. */
export const MAX_RETRY_AFTER_MS = 10 * 60 * 1000

export interface RetryPolicy {
  retries: number
  delayMs: number
  maxDelayMs: number
}

export function retryPolicy(options: RetryOptions = {}): RetryPolicy {
  const retries = options.retries ?? DEFAULTS.retries
  const delay = options.delay ?? DEFAULTS.retryDelay
  const maxDelay = options.maxDelay ?? Math.max(DEFAULTS.retryMaxDelay, delay)
  if (!Number.isInteger(retries) || retries < 0) throw new TusError('INVALID_INPUT', `retries must be a whole number >= 0, got ${retries}`)
  if (!(delay >= 0 && delay <= MAX_WAIT_SECONDS)) throw new TusError('INVALID_INPUT', `retry delay must be 0 to ${MAX_WAIT_SECONDS} seconds, got ${delay}`)
  if (!(maxDelay >= 0 && maxDelay <= MAX_WAIT_SECONDS)) {
    throw new TusError('INVALID_INPUT', `maximum retry delay must be 0 to ${MAX_WAIT_SECONDS} seconds, got ${maxDelay}`)
  }
  return { retries, delayMs: delay * 1000, maxDelayMs: maxDelay * 1000 }
}

export function isRetryable(error: unknown): boolean {
  return error instanceof TusError && error.retryable
}

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so that many
 * clients cut by one outage do not come back in step. A server's Retry-After is a floor.
 */
export function backoffMs(policy: RetryPolicy, attempt: number, error: unknown): number {
  const step = Math.min(policy.maxDelayMs, policy.delayMs * 2 ** Math.max(0, attempt - 1))
  const delay = step / 2 + Math.random() * (step / 2)
  const retryAfter = error instanceof TusError ? error.retryAfterMs : undefined
  return retryAfter === undefined ? delay : Math.max(delay, Math.min(retryAfter, MAX_RETRY_AFTER_MS))
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new TusError('ABORTED', 'aborted'))
    const onAbort = () => {
      clearTimeout(timer)
      reject(new TusError('ABORTED', 'aborted while waiting to retry'))
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Told of each retry: the warning to log, the failure, the attempt that failed (1 = the first) and the wait. */
export type RetryNotice = (message: string, error: unknown, attempt: number, waitMs: number) => void

/** Runs a stateless operation (OPTIONS, HEAD) with the retry policy. */
export async function withRetries<T>(
  policy: RetryPolicy,
  what: string,
  onRetry: RetryNotice,
  signal: AbortSignal | undefined,
  operation: () => Promise<T>
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation()
    } catch (error) {
      if (!isRetryable(error) || attempt > policy.retries) throw finalError(error, attempt)
      const wait = backoffMs(policy, attempt, error)
      onRetry(`${what} failed (${(error as Error).message}); retry ${attempt} of ${policy.retries} in ${(wait / 1000).toFixed(1)} s`, error, attempt, wait)
      await sleep(wait, signal)
    }
  }
}

/** After a spent budget, the error says so and keeps its cause's details. */
export function finalError(error: unknown, attempts: number): unknown {
  if (!(error instanceof TusError) || !error.retryable || attempts <= 1) return error
  // Still a failure of a kind that may pass (retryable): a caller may try again later.
  return new TusError(error.code, `gave up after ${attempts} attempts; last error: ${error.message}`, {
    ...detailsOf(error),
    retryAfterMs: undefined,
    cause: error
  })
}
