import {
  closedLoop,
  compare,
  compareCpu,
  compareHeader,
  flag,
  type LoadFigures,
  pairedLoad,
  ratioText,
  startServerProcess,
} from './http-support.ts'
import { dropLocalData, seedLocalData } from './seed.ts'

const fmt = (f: LoadFigures) => `${f.requestsPerSecond.toFixed(0)} req/s, p99 ${f.p99Ms} ms`

/**
 * `GET /api/today` on the local server (SQLite) with the demo plus 100,
 * 10,000 and 100,000 people, each measured right after a bare Hono
 * hello-world on the same machine, with the same connections and duration.
 * Today should cost what it answers: about the same at every size.
 */
export async function benchToday(
  sizes = [100, 10_000, 100_000],
  options = { connections: 10, seconds: 3, rounds: 5 },
): Promise<void> {
  const rows: Array<{ size: number; today: LoadFigures; hello: LoadFigures }> = []
  const hello = await startServerProcess('hello-world')
  try {
    for (const size of sizes) {
      const dataDir = await seedLocalData(size)
      const server = await startServerProcess('coffeechat', ['local', dataDir])
      try {
        // Warm both, as a running server would be.
        await closedLoop(`${server.url}/api/today`, { connections: 2, seconds: 1 })
        const { coffeechat: today, reference } = await pairedLoad(
          `${server.url}/api/today`,
          hello.url,
          options,
          { ours: server, theirs: hello },
        )
        if (today.errors > 0) throw new Error(`GET /api/today answered ${today.errors} errors`)
        rows.push({ size, today, hello: reference })
      } finally {
        await server.stop()
        dropLocalData(dataDir)
      }
    }
  } finally {
    await hello.stop()
  }
  compareHeader(
    `GET /api/today, local SQLite, ${options.connections} connections, median of ${options.rounds} alternating ${options.seconds} s slices`,
  )
  for (const { size, today, hello: reference } of rows) {
    compare(
      `demo + ${size.toLocaleString('en')} people`,
      fmt(today),
      `hello-world ${reference.requestsPerSecond.toFixed(0)} req/s`,
      ratioText(today.requestsPerSecond / reference.requestsPerSecond),
      '≥ 1/40',
    )
    compareCpu(today, reference)
  }
  const smallest = rows[0]
  for (const row of rows.slice(1)) {
    if (!smallest) break
    // Cost per request relative to the hello-world of the same pair, so machine noise cancels.
    const cost = (r: typeof row) => r.hello.requestsPerSecond / r.today.requestsPerSecond
    compare(
      `cost at ${row.size.toLocaleString('en')} vs ${smallest.size.toLocaleString('en')} people`,
      `${cost(row).toFixed(1)} hello-worlds`,
      `${cost(smallest).toFixed(1)} hello-worlds`,
      ratioText(cost(row) / cost(smallest)),
      '≤ 2× (10k)',
    )
  }
}

if (import.meta.main) {
  const sizes = flag('sizes', '100,10000,100000').split(',').map(Number)
  await benchToday(sizes, {
    connections: Number(flag('connections', '10')),
    seconds: Number(flag('seconds', '3')),
    rounds: Number(flag('rounds', '5')),
  })
}
