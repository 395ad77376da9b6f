import { Hono } from 'hono'
import { type KyselyPlugin, sql } from 'kysely'
import { defaultSessionPolicy } from '../src/core/accounts/sessions.ts'
import { openDatabase } from '../src/db/connect.ts'
import { createApp } from '../src/server/app.ts'
import { BENCH_BASE_URL, BENCH_SECRET, benchPostgres, seedHostedAccounts } from './hosted-seed.ts'
import { flag } from './http-support.ts'
import { mixedRequest } from './request-mix.ts'
import { processCpuMs } from './support.ts'

/**
 * What one hosted request of each kind costs, in process: the app's CPU
 * (`process.cpuUsage`, the HTTP layer left out) and PostgreSQL's CPU (the
 * backends of the app's pool, read from `/proc`), per request, with a bare
 * Hono hello-world's in-process cost as the reference. The hosted load
 * (`bench/hosted-load.ts`) is bounded by the sum of the two on two cores.
 */
export async function benchHostedCost(
  options = { accounts: 1, people: 2_000, requests: 300 },
): Promise<void> {
  const postgres = await benchPostgres('hosted cost')
  if (!postgres) return
  const database = await openDatabase({ databaseUrl: postgres.url })
  try {
    const [cookie] = await seedHostedAccounts(postgres.url, options.accounts, options.people)
    let statements = 0
    const counting: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        statements++
        return args.result
      },
    }
    const db = database.db.withPlugin(counting)
    const app = createApp({
      local: false,
      version: 'bench',
      hosted: {
        instance: {
          db,
          engine: database.engine,
          now: () => new Date(),
          secretKey: () => Buffer.from(BENCH_SECRET.padEnd(32, '0').slice(0, 32)),
        },
        baseUrl: new URL(BENCH_BASE_URL),
        policy: defaultSessionPolicy,
        trustProxy: false,
        sendMail: async () => {},
      },
    })
    const request = (method: string, path: string, body?: unknown) =>
      app.request(
        path,
        {
          method,
          headers: {
            origin: BENCH_BASE_URL,
            cookie: cookie ?? '',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        },
        {
          incoming: { socket: { remoteAddress: '127.0.0.1', remotePort: 1, remoteFamily: 'IPv4' } },
        },
      )
    // The target, as the load finds it.
    const people = (await (await request('GET', '/api/people?limit=100')).json()) as {
      items: Array<{ id: string }>
    }
    const careers = (await (await request('GET', '/api/careers')).json()) as {
      items: Array<{ id: string }>
    }
    const target = {
      cookie: cookie ?? '',
      personIds: people.items.map((p) => p.id),
      careerId: careers.items[0]?.id ?? '',
    }
    const backends = async () =>
      (
        await sql<{
          pid: number
        }>`select pid from pg_stat_activity where datname = current_database()`.execute(database.db)
      ).rows.map((r) => r.pid)
    const pgCpuMs = (pids: number[]) => pids.reduce((ms, pid) => ms + processCpuMs(pid), 0)
    const kinds = new Map<string, Array<{ method: string; path: string; body?: unknown }>>()
    for (let n = 0; n < 20 * options.requests; n++) {
      const r = mixedRequest(n, target)
      const list = kinds.get(r.name) ?? []
      if (list.length < options.requests) list.push(r)
      kinds.set(r.name, list)
    }
    console.log(
      `\nHosted cost per request, in process, one of ${options.accounts} accounts × (demo + ${options.people} people), ${options.requests} of each, 4 at a time`,
    )
    console.log('| request | app CPU | PostgreSQL CPU | statements | answer | status |')
    console.log('| --- | --- | --- | --- | --- | --- |')
    const only = flag('only', '')
    for (const [name, list] of kinds) {
      if (only && !only.split(',').includes(name)) continue
      // warm up
      for (const r of list.slice(0, 20))
        await (await request(r.method, r.path, r.body)).arrayBuffer()
      const pids = await backends()
      const pg0 = pgCpuMs(pids)
      const cpu0 = process.cpuUsage()
      const statements0 = statements
      let status = 0
      let bytes = 0
      let next = 0
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          while (next < list.length) {
            const r = list[next++]
            if (!r) break
            const answer = await request(r.method, r.path, r.body)
            bytes = (await answer.arrayBuffer()).byteLength
            status = Math.max(status, answer.status)
          }
        }),
      )
      const cpu = process.cpuUsage(cpu0)
      const pg = pgCpuMs(pids) - pg0
      console.log(
        `| ${name} | ${((cpu.user + cpu.system) / 1000 / list.length).toFixed(2)} ms (system ${(cpu.system / 1000 / list.length).toFixed(2)}) | ${(pg / list.length).toFixed(2)} ms | ${((statements - statements0) / list.length).toFixed(1)} | ${(bytes / 1024).toFixed(1)} KB | ${status} |`,
      )
    }
    // The reference: a bare Hono hello-world, called the same way in the same process.
    const hello = new Hono().get('/', (c) => c.text('Hello, World!'))
    for (let i = 0; i < 2_000; i++) await (await hello.request('/')).arrayBuffer()
    const cpu0 = process.cpuUsage()
    for (let i = 0; i < 5_000; i++) await (await hello.request('/')).arrayBuffer()
    const cpu = process.cpuUsage(cpu0)
    console.log(
      `| reference: Hono hello-world, same process | ${((cpu.user + cpu.system) / 1000 / 5_000).toFixed(3)} ms | — | 0 | 13 B | 200 |`,
    )
  } finally {
    await database.close()
    postgres.cluster.stop()
  }
}

if (import.meta.main) {
  await benchHostedCost({
    accounts: Number(flag('accounts', '1')),
    people: Number(flag('people', '2000')),
    requests: Number(flag('requests', '300')),
  })
}
