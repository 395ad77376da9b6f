import {
  closedLoop,
  compare,
  compareCpu,
  compareHeader,
  flag,
  pairedLoad,
  ratioText,
  startServerProcess,
} from './http-support.ts'
import { dropLocalData, seedLocalData } from './seed.ts'

/**
 * The reads behind the people page, a career board and the search box, on
 * the local server (SQLite) with the demo plus 10,000 people, each right
 * after a bare Hono hello-world with the same connections and duration.
 * Each read twice: as a user meets it again while nothing has changed (the
 * answer remembered until the data changes), and made anew as after every
 * write (a server that remembers nothing).
 */
export async function benchApiReads(
  people = 10_000,
  options = { connections: 10, seconds: 3, rounds: 5 },
): Promise<void> {
  const dataDir = await seedLocalData(people)
  const hello = await startServerProcess('hello-world')
  const server = await startServerProcess('coffeechat', ['local', dataDir])
  const anew = await startServerProcess('coffeechat', ['local', dataDir, 'anew'])
  try {
    const careers = (await (await fetch(`${server.url}/api/careers`)).json()) as {
      items: Array<{ id: string; name: string }>
    }
    const career = careers.items[0]
    if (!career) throw new Error('the demo has no career')
    const routes = [
      ['people page', '/api/people?limit=50'],
      [`career board (${career.name})`, `/api/careers/${career.id}/board`],
      ['search "data"', '/api/search?q=data'],
    ] as const
    compareHeader(
      `API reads, local SQLite, demo + ${people.toLocaleString('en')} people, ${options.connections} connections, median of ${options.rounds} alternating ${options.seconds} s slices`,
    )
    for (const [name, path] of routes) {
      for (const [how, ours] of [
        ['remembered', server],
        ['made anew', anew],
      ] as const) {
        await closedLoop(`${ours.url}${path}`, { connections: 2, seconds: 1 })
        const { coffeechat: read, reference } = await pairedLoad(
          `${ours.url}${path}`,
          hello.url,
          options,
          { ours, theirs: hello },
        )
        if (read.errors > 0) throw new Error(`GET ${path} answered ${read.errors} errors`)
        compare(
          `${name}, ${how}: GET ${path.split('?')[0]?.replace(career.id, '{id}')}`,
          `${read.requestsPerSecond.toFixed(0)} req/s, p99 ${read.p99Ms} ms`,
          `hello-world ${reference.requestsPerSecond.toFixed(0)} req/s`,
          ratioText(read.requestsPerSecond / reference.requestsPerSecond),
          '≥ 1/20, p99 < 50 ms',
        )
        compareCpu(read, reference)
      }
    }
  } finally {
    await server.stop()
    await anew.stop()
    await hello.stop()
    dropLocalData(dataDir)
  }
}

if (import.meta.main) {
  await benchApiReads(Number(flag('people', '10000')), {
    connections: Number(flag('connections', '10')),
    seconds: Number(flag('seconds', '3')),
    rounds: Number(flag('rounds', '5')),
  })
}
