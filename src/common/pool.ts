/** Files uploaded at once by the tools and the Action, at most: beyond it one server gains nothing and its connection limits are at risk. */
export const MAX_CONCURRENCY = 64

/**
 * Runs `fn` over `items` with at most `concurrency` calls in flight. Results come back in item
 * order, whatever the order of completion; a failure does not stop the other items.
 */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<PromiseSettledResult<R>[]> {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`)
  }
  const results: PromiseSettledResult<R>[] = new Array(items.length)
  let next = 0
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      try {
        results[index] = { status: 'fulfilled', value: await fn(items[index], index) }
      } catch (reason) {
        results[index] = { status: 'rejected', reason }
      }
    }
  }
  const workers: Promise<void>[] = []
  for (let i = 0; i < Math.min(concurrency, items.length); i++) workers.push(worker())
  await Promise.all(workers)
  return results
}
