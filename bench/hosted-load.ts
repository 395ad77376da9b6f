import { BENCH_BASE_URL, benchPostgres, hostedEnv, seedHostedAccounts } from './hosted-seed.ts'
import {
  compare,
  compareHeader,
  flag,
  type ServerProcess,
  startServerProcess,
} from './http-support.ts'
import { type OpenLoopFigures, openLoop } from './open-loop.ts'
import { discoverTarget, failureCodes, mixedRequest, send } from './request-mix.ts'
import { postgresCpuMs } from './support.ts'

const ms = (n: number) => `${n.toFixed(1)} ms`

/**
 * Hosted mode at a career centre's scale: two app servers on one
 * PostgreSQL, `accounts` signed-in explorers (each the demo plus `people`
 * people), a mixed read/write load at a fixed `rate` for `seconds`, spread
 * over both servers and all accounts. The reference is a bare Hono
 * hello-world under the same fixed rate in the same run.
 */
export async function benchHostedLoad(
  options = { accounts: 8, people: 2_000, rate: 500, seconds: 30 },
): Promise<void> {
  const postgres = await benchPostgres('hosted load')
  if (!postgres) return
  try {
    const cookies = await seedHostedAccounts(postgres.url, options.accounts, options.people)
    const env = hostedEnv(postgres.url)
    const servers = [
      await startServerProcess('coffeechat', ['hosted', BENCH_BASE_URL], env),
      await startServerProcess('coffeechat', ['hosted', BENCH_BASE_URL], env),
    ]
    const hello = await startServerProcess('hello-world')
    try {
      const targets = await Promise.all(
        cookies.map((cookie, i) =>
          discoverTarget(servers[i % 2]?.url ?? '', BENCH_BASE_URL, cookie),
        ),
      )
      const run = (seconds: number) =>
        openLoop({ rate: options.rate, seconds }, (i) => {
          const server = servers[i % servers.length]
          const target = targets[Math.floor(i / servers.length) % targets.length]
          if (!server || !target) throw new Error('no server or account')
          const request = mixedRequest(Math.floor(i / (servers.length * targets.length)), target)
          return {
            name: request.name,
            answer: send(server.url, BENCH_BASE_URL, target, request),
          }
        })
      await run(3) // warm up: JIT, pools, caches
      const cpu0 = await cpuNow(servers)
      const coffeechat = await run(options.seconds)
      const cpu = cpuSpent(cpu0, await cpuNow(servers), coffeechat.sent - coffeechat.errors)
      const hi = { cookie: '', personIds: [], careerId: '' }
      const reference = await openLoop({ rate: options.rate, seconds: options.seconds }, () => ({
        name: 'hello',
        answer: send(hello.url, BENCH_BASE_URL, hi, { name: 'hello', method: 'GET', path: '/' }),
      }))
      report(options, coffeechat, reference)
      compare(
        'CPU per answered request',
        `${(cpu.app + cpu.postgres + cpu.generator).toFixed(2)} ms: app ${cpu.app.toFixed(2)}, PostgreSQL ${cpu.postgres.toFixed(2)}, load ${cpu.generator.toFixed(2)}`,
        `2 cores at ${options.rate} req/s: ${((2 * 1000) / options.rate).toFixed(2)} ms`,
        `${((((cpu.app + cpu.postgres + cpu.generator) * options.rate) / 2000) * 100).toFixed(0)}% busy`,
        '',
      )
    } finally {
      await Promise.all([...servers, hello].map((s) => s.stop()))
    }
  } finally {
    postgres.cluster.stop()
  }
}

async function cpuNow(servers: ServerProcess[]) {
  const micros = await Promise.all(servers.map((s) => s.cpuMicros()))
  const own = process.cpuUsage()
  return {
    app: micros.reduce((a, b) => a + b, 0) / 1000,
    postgres: postgresCpuMs(),
    generator: (own.user + own.system) / 1000,
  }
}

/** Each part's CPU per answered request, in ms. */
function cpuSpent(
  before: Awaited<ReturnType<typeof cpuNow>>,
  after: Awaited<ReturnType<typeof cpuNow>>,
  answered: number,
) {
  const per = (key: keyof typeof before) => (after[key] - before[key]) / Math.max(answered, 1)
  return { app: per('app'), postgres: per('postgres'), generator: per('generator') }
}

function report(
  options: { accounts: number; people: number; rate: number; seconds: number },
  coffeechat: OpenLoopFigures,
  reference: OpenLoopFigures,
) {
  compareHeader(
    `Hosted: 2 app servers, 1 PostgreSQL, ${options.accounts} accounts × (demo + ${options.people.toLocaleString('en')} people), mixed load at ${options.rate} req/s for ${options.seconds} s`,
  )
  compare(
    'p99 latency (from when each was due)',
    ms(coffeechat.p99Ms),
    `hello-world ${ms(reference.p99Ms)}`,
    `${(coffeechat.p99Ms / Math.max(reference.p99Ms, 0.1)).toFixed(1)}×`,
    '< 100 ms',
  )
  compare(
    'p50 / max',
    `${ms(coffeechat.p50Ms)} / ${ms(coffeechat.maxMs)}`,
    `${ms(reference.p50Ms)} / ${ms(reference.maxMs)}`,
    '',
    '',
  )
  compare(
    'errors',
    `${coffeechat.errors} of ${coffeechat.sent}`,
    `${reference.errors} of ${reference.sent}`,
    '',
    '0',
  )
  compare(
    'answered per second',
    coffeechat.achievedRate.toFixed(0),
    reference.achievedRate.toFixed(0),
    '',
    `${options.rate}`,
  )
  if (coffeechat.errors > 0)
    console.log(
      `  failures by status: ${JSON.stringify(coffeechat.failures)}; unanswered, by cause (every run, warm-up and reference included): ${JSON.stringify(Object.fromEntries(failureCodes))}`,
    )
  console.log(
    `  p99 by request (ms): ${Object.entries(coffeechat.byName)
      .map(([name, p]) => `${name} ${p.toFixed(0)}`)
      .join(' · ')}`,
  )
}

if (import.meta.main) {
  await benchHostedLoad({
    accounts: Number(flag('accounts', '8')),
    people: Number(flag('people', '2000')),
    rate: Number(flag('rate', '500')),
    seconds: Number(flag('seconds', '30')),
  })
}
