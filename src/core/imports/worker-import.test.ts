import { randomBytes } from 'node:crypto'
import type { KyselyPlugin } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPostgresDatabase } from '../../../test/engines.ts'
import { type OpenDatabase, openDatabase } from '../../db/connect.ts'
import type { Ctx } from '../context.ts'
import { ValidationError } from '../errors.ts'
import { listPeople } from '../people/service.ts'
import { ImportsBusyError } from './busy.ts'
import { runImport } from './service.ts'

// A large import on PostgreSQL runs wholly in a worker thread on its own
// connection (`databaseUrl`): the caller's connection must run no query, and
// the import must stay all-or-nothing, dry runs must write nothing, and the
// account's limit must hold for simultaneous imports. On SQLite the caller
// writes (one writer), whatever `databaseUrl` says.

const csv = (count: number, first = 0) =>
  new TextEncoder().encode(
    [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      ...Array.from({ length: count }, (_, i) => `Person,${first + i},,,Org ${i % 7},,`),
    ].join('\n'),
  )

/** `ctx` whose queries on its own connection are counted (the worker's are not). */
function counted(ctx: Ctx): { ctx: Ctx; queries: () => number } {
  let queries = 0
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      queries++
      return args.node
    },
    transformResult: async (args) => args.result,
  }
  return { ctx: { ...ctx, db: ctx.db.withPlugin(plugin) }, queries: () => queries }
}

async function newCtx(database: OpenDatabase): Promise<Ctx> {
  const now = '2026-03-02T09:00:00Z'
  const ownerId = `test-${randomBytes(8).toString('hex')}`
  await database.db
    .insertInto('accounts')
    .values({ id: ownerId, email: null, display_name: 'Test explorer', created_at: now })
    .execute()
  return { db: database.db, engine: database.engine, ownerId, now: () => new Date(now) }
}

const names = async (ctx: Ctx) =>
  (await listPeople(ctx, {}, { all: true })).items.map((p) => [p.name, p.organization])

const adminUrl = inject('postgresUrl')

describe.runIf(adminUrl)('an import in a worker thread on its own PostgreSQL connection', () => {
  let database: OpenDatabase
  let databaseUrl = ''
  beforeAll(async () => {
    databaseUrl = await createPostgresDatabase(adminUrl ?? '')
    database = await openDatabase({ databaseUrl, maxConnections: 4 })
  })
  afterAll(async () => database?.close())

  it('writes from the worker (no query on the caller’s connection) the same people and report as this thread', async () => {
    const file = csv(2500)
    const here = await newCtx(database)
    const inThread = await runImport(here, file, { offThread: false, filename: 'Connections.csv' })
    const there = counted(await newCtx(database))
    const progress: number[] = []
    const inWorker = await runImport(there.ctx, file, {
      offThread: true,
      databaseUrl,
      filename: 'Connections.csv',
      onProgress: ({ rows }) => progress.push(rows),
    })
    expect(there.queries()).toBe(0)
    expect(progress).toEqual([1000, 2000, 2500])
    const withoutIds = (outcome: typeof inThread) => ({
      ...outcome.report,
      people: outcome.report.people.map(({ personId: _, ...row }) => row),
    })
    expect(withoutIds(inWorker)).toEqual(withoutIds(inThread))
    expect(inWorker.report.created).toBe(2500)
    expect(await names(there.ctx)).toEqual(await names(here))
  })

  it('rolls back every batch the worker wrote when the file is refused', async () => {
    const ctx = await newCtx(database)
    await runImport(ctx, csv(3, 10_000), { offThread: false })
    const before = await names(ctx)
    const progress: number[] = []
    const importing = runImport(ctx, csv(2500), {
      offThread: true,
      databaseUrl,
      limits: { rows: 2100 },
      onProgress: ({ rows }) => progress.push(rows),
    })
    await expect(importing).rejects.toThrow(ValidationError)
    await expect(importing).rejects.toThrow(/^The file has more than 2,100 rows/)
    expect(progress).toEqual([1000, 2000])
    expect(await names(ctx)).toEqual(before)
  })

  it('writes nothing in a dry run, and reports what it would do', async () => {
    const ctx = await newCtx(database)
    const { report } = await runImport(ctx, csv(1200), {
      offThread: true,
      databaseUrl,
      dryRun: true,
    })
    expect(report).toMatchObject({ dryRun: true, created: 1200, organizationsCreated: 7 })
    expect(await names(ctx)).toEqual([])
  })

  it('runs one import of an account at a time: of simultaneous imports one is refused as busy', async () => {
    const ctx = await newCtx(database)
    const outcomes = await Promise.allSettled(
      [0, 1, 2].map(() => runImport(ctx, csv(3000), { offThread: true, databaseUrl })),
    )
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []))
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1)
    expect(refused).toHaveLength(2)
    for (const error of refused) {
      expect(error).toBeInstanceOf(ImportsBusyError)
      expect(error.message).toMatch(/^Another import of yours is still running/)
    }
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(3000)
  })
})

describe('an import on SQLite with a databaseUrl', () => {
  it('is written on the caller’s connection (SQLite has one writer), never from a worker', async () => {
    const database = await openDatabase({ sqliteFile: ':memory:' })
    try {
      const { ctx, queries } = counted(await newCtx(database))
      const { report } = await runImport(ctx, csv(1500), {
        offThread: true,
        databaseUrl: 'postgres://127.0.0.1:1/none',
      })
      expect(report.created).toBe(1500)
      expect(queries()).toBeGreaterThan(0)
      expect((await listPeople(ctx, {}, { all: true })).total).toBe(1500)
    } finally {
      await database.close()
    }
  })
})
