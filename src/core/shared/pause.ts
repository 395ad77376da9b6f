import { setImmediate } from 'node:timers/promises'

/**
 * Lets the event loop answer whatever is waiting (other requests, timers)
 * before going on: long work such as an export calls it between batches, so
 * it never holds the one request loop for long.
 *
 * @example for (const [i, row] of rows.entries()) { write(row); if (i % 500 === 499) await letOthersRun() }
 */
export function letOthersRun(): Promise<void> {
  return setImmediate()
}

/**
 * Everything an async iterable yields, in a list.
 *
 * @example const files = await collect(streamMarkdown(ctx))
 */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = []
  for await (const item of items) list.push(item)
  return list
}
