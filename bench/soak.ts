import { BENCH_BASE_URL, benchPostgres, hostedEnv, seedHostedAccounts } from './hosted-seed.ts'
import {
  compare,
  compareHeader,
  flag,
  type ServerProcess,
  startServerProcess,
} from './http-support.ts'
import { discoverTarget, type LoadTarget, mixedRequest, send } from './request-mix.ts'
import { dropLocalData, seedLocalData } from './seed.ts'

const MB = 1024 * 1024

/**
 * Sends `total` requests of the mix (Today included) from `workers`
 * concurrent clients and reads the server's RSS after every `every`, then
 * has it collect its garbage in full and reads it again: what a leak keeps
 * grows in both, garbage V8 has not yet collected only in the first (which
 * therefore counts at most `every` requests' garbage).
 */
async function soak(
  server: ServerProcess,
  origin: string,
  target: LoadTarget,
  total: number,
  every: number,
  workers = 4,
): Promise<{ curve: number[]; collected: number[]; errors: number }> {
  const curve: number[] = []
  const collected: number[] = []
  let errors = 0
  for (let done = 0; done < total; done += every) {
    let next = done
    const end = Math.min(done + every, total)
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (next < end) {
          const status = await send(server.url, origin, target, mixedRequest(next++, target))
          if (status < 200 || status >= 300) errors++
        }
      }),
    )
    curve.push(await server.rss())
    collected.push(await server.rssCollected())
  }
  return { curve, collected, errors }
}

function print(
  label: string,
  every: number,
  result: { curve: number[]; collected: number[]; errors: number },
) {
  for (const [how, curve] of [
    ['RSS before its collection', result.curve],
    ['RSS after a full collection', result.collected],
  ] as const) {
    const [first = 0] = curve
    const last = curve.at(-1) ?? 0
    console.log(
      `  ${label} ${how} (MB) after each ${every.toLocaleString('en')}: ${curve.map((b) => (b / MB).toFixed(0)).join(' → ')}${result.errors ? ` (${result.errors} errors)` : ''}`,
    )
    compare(
      `${label}: ${how}, growth after the first ${every.toLocaleString('en')}`,
      `${((last - first) / MB).toFixed(1)} MB (${(last / MB).toFixed(0)} MB)`,
      `after ${every.toLocaleString('en')}: ${(first / MB).toFixed(0)} MB`,
      `${(last / first).toFixed(2)}×`,
      '≤ 50 MB',
    )
  }
}

/**
 * Server memory over 10,000 mixed requests, on the local server (SQLite)
 * and on a hosted server (PostgreSQL), each explorer with the demo plus
 * `people` people. The RSS after the first 1,000 is the reference.
 */
export async function benchSoak(people = 2_000, total = 10_000, every = 1_000): Promise<void> {
  const results: Array<[string, { curve: number[]; collected: number[]; errors: number }]> = []
  const dataDir = await seedLocalData(people, { fresh: true })
  const local = await startServerProcess('coffeechat', ['local', dataDir])
  try {
    const origin = local.url
    const target = await discoverTarget(local.url, origin, '')
    results.push(['local SQLite', await soak(local, origin, target, total, every)])
  } finally {
    await local.stop()
    dropLocalData(dataDir)
  }
  const postgres = await benchPostgres('soak on PostgreSQL')
  if (postgres) {
    try {
      const [cookie = ''] = await seedHostedAccounts(postgres.url, 1, people)
      const hosted = await startServerProcess(
        'coffeechat',
        ['hosted', BENCH_BASE_URL],
        hostedEnv(postgres.url),
      )
      try {
        const target = await discoverTarget(hosted.url, BENCH_BASE_URL, cookie)
        results.push([
          'hosted PostgreSQL',
          await soak(hosted, BENCH_BASE_URL, target, total, every),
        ])
      } finally {
        await hosted.stop()
      }
    } finally {
      postgres.cluster.stop()
    }
  }
  compareHeader(
    `Server memory over ${total.toLocaleString('en')} mixed requests (Today included), demo + ${people.toLocaleString('en')} people`,
  )
  for (const [label, result] of results) print(label, every, result)
}

if (import.meta.main) {
  await benchSoak(Number(flag('people', '2000')), Number(flag('requests', '10000')))
}
