/**
 * A cache of a pure computation's results by key, keeping the `capacity`
 * most recently computed. Today recomputes the same deadlines, dates and
 * words from the same records on every load; the zone arithmetic and the
 * Intl formatting behind them were most of its time. A computation that
 * throws is not remembered. Bounded, so a long-running server's memory
 * stays flat.
 *
 * @example const squares = memo<number>(100); squares('3', () => 9) // 9
 */
export function memo<T, K = string>(capacity: number): (key: K, compute: () => T) => T {
  const remembered = new Map<K, T>()
  return (key, compute) => {
    const hit = remembered.get(key)
    if (hit !== undefined) return hit
    const value = compute()
    if (remembered.size >= capacity) {
      const oldest = remembered.keys().next().value
      if (oldest !== undefined) remembered.delete(oldest)
    }
    remembered.set(key, value)
    return value
  }
}
