/** What a fixed-rate load measured. */
export interface OpenLoopFigures {
  sent: number
  errors: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  /** Requests answered per second over the whole run. */
  achievedRate: number
  /** Status counts of the failures, e.g. { 0: 3, 503: 1 } (0: no answer in time). */
  failures: Record<number, number>
  /** p99 per kind of request. */
  byName: Record<string, number>
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

/**
 * An open-loop load: request i is due at start + i / rate, whether or not
 * earlier ones have answered, for `seconds` (so `rate × seconds` requests at
 * most). Latency counts from when a request was due, not from when it went
 * out, so a server that falls behind cannot hide it (no coordinated
 * omission). In-flight requests get `graceMs` after the end; later answers
 * count as errors.
 */
export async function openLoop(
  options: { rate: number; seconds: number; graceMs?: number },
  fire: (i: number) => { name: string; answer: Promise<number> },
): Promise<OpenLoopFigures> {
  const total = Math.floor(options.rate * options.seconds)
  const latencies: number[] = []
  const byName = new Map<string, number[]>()
  const failures: Record<number, number> = {}
  const inFlight = new Set<Promise<void>>()
  const start = performance.now()
  let next = 0
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now()
      while (next < total && start + (next * 1000) / options.rate <= now) {
        const due = start + (next * 1000) / options.rate
        const { name, answer } = fire(next++)
        const settled = answer.then((status) => {
          const ms = performance.now() - due
          if (status >= 200 && status < 300) {
            latencies.push(ms)
            byName.set(name, [...(byName.get(name) ?? []), ms])
          } else failures[status] = (failures[status] ?? 0) + 1
          inFlight.delete(settled)
        })
        inFlight.add(settled)
      }
      if (next >= total) resolve()
      else setTimeout(tick, 1)
    }
    tick()
  })
  const grace = new Promise((resolve) => setTimeout(resolve, options.graceMs ?? 10_000))
  await Promise.race([Promise.all(inFlight), grace])
  const elapsed = (performance.now() - start) / 1000
  const unanswered = inFlight.size
  if (unanswered > 0) failures[0] = (failures[0] ?? 0) + unanswered
  const sorted = latencies.sort((a, b) => a - b)
  return {
    sent: total,
    errors: Object.values(failures).reduce((a, b) => a + b, 0),
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
    achievedRate: sorted.length / elapsed,
    failures,
    byName: Object.fromEntries(
      [...byName].map(([name, ms]) => [
        name,
        percentile(
          ms.sort((a, b) => a - b),
          99,
        ),
      ]),
    ),
  }
}
