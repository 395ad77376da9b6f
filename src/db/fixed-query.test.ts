import {
  type Compilable,
  type CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresAdapter,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteQueryCompiler,
  sql,
} from 'kysely'
import { describe, expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { countQueries } from '../../test/query-count.ts'
import type { Engine } from './engine.ts'
import { fixedListQuery, fixedQuery } from './fixed-query.ts'
import type { Database } from './tables.ts'
import { transaction } from './transaction.ts'

/** A handle on `engine`'s compiler whose driver keeps what it is sent, runs nothing. */
function recording(engine: Engine) {
  const sent: CompiledQuery[] = []
  const connection: DatabaseConnection = {
    executeQuery: async (query) => {
      sent.push(query)
      return { rows: [] }
    },
    streamQuery: () => {
      throw new Error('not streamed')
    },
  }
  const db = new Kysely<Database>({
    dialect: {
      createAdapter: () => (engine === 'sqlite' ? new SqliteAdapter() : new PostgresAdapter()),
      createQueryCompiler: () =>
        engine === 'sqlite' ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
      createIntrospector: () => {
        throw new Error('no introspection')
      },
      createDriver: () => ({
        init: async () => {},
        acquireConnection: async () => connection,
        beginTransaction: async () => {},
        commitTransaction: async () => {},
        rollbackTransaction: async () => {},
        releaseConnection: async () => {},
        destroy: async () => {},
      }),
    },
  })
  return { scope: { db, engine }, sent }
}

const sentOf = (query: CompiledQuery) => ({ sql: query.sql, parameters: query.parameters })

const page = (db: Kysely<Database>, owner: string, limit: number, offset: number) =>
  db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .selectAll('p')
    .select('o.name as organization_name')
    .where('p.owner_id', '=', owner)
    .where('p.connection', 'in', ['alumni', 'referral'])
    .orderBy('p.name_key')
    .limit(limit)
    .offset(offset)

// The owner twice, once inside a subquery, and a union, as Today's people are read.
const union = (db: Kysely<Database>, owner: string, status: string) =>
  db
    .selectFrom('people as p')
    .select(['p.id', sql<number>`1`.as('kind')])
    .where('p.owner_id', '=', owner)
    .where('p.id', 'in', (eb) =>
      eb
        .selectFrom('messages as m')
        .select('m.person_id')
        .where('m.owner_id', '=', owner)
        .where('m.status', '=', status),
    )
    .unionAll(
      db
        .selectFrom('people as p')
        .select(['p.id', sql<number>`0`.as('kind')])
        .where('p.owner_id', '=', owner),
    )

const among = (db: Kysely<Database>, ids: readonly string[], owner: string) =>
  db
    .selectFrom('person_careers')
    .select('career_id')
    .where('owner_id', '=', owner)
    .where('person_id', 'in', ids)

describe.each(['sqlite', 'postgres'] as const)('a fixed query on %s', (engine) => {
  it('sends the SQL and values that building the query each time gives, whatever the values', async () => {
    const { scope, sent } = recording(engine)
    const fixedPage = fixedQuery(page)
    const fixedUnion = fixedQuery(union)
    const fixedAmong = fixedListQuery(among)
    const expected: Compilable<unknown>[] = []
    for (const [owner, limit, offset] of [
      ['ada', 50, 0],
      ['bea', 7, 100],
    ] as const) {
      await fixedPage(scope, owner, limit, offset)
      expected.push(page(scope.db, owner, limit, offset))
      await fixedUnion(scope, owner, 'sent')
      expected.push(union(scope.db, owner, 'sent'))
      for (const ids of [['a'], ['a', 'b', 'c'], ['d', 'e', 'f']]) {
        await fixedAmong(scope, ids, owner)
        expected.push(among(scope.db, ids, owner))
      }
    }
    expect(sent.map(sentOf)).toEqual(expected.map((q) => sentOf(q.compile())))
    // The same text each time, for the engines' statement caches.
    expect(sent[0]?.sql).toBe(sent[5]?.sql)
  })

  it('builds a list longer than it keeps compiled as usual', async () => {
    const { scope, sent } = recording(engine)
    const ids = Array.from({ length: 5 }, (_, i) => `p${i}`)
    await fixedListQuery(among, 3)(scope, ids, 'ada')
    expect(sent.map(sentOf)).toEqual([sentOf(among(scope.db, ids, 'ada').compile())])
  })

  it('refuses a builder that uses an argument other than as a value', async () => {
    const { scope } = recording(engine)
    const stringly = fixedQuery((db: Kysely<Database>, name: string) =>
      db.selectFrom('people').select('id').where('name', 'like', `${name}%`),
    )
    await expect(stringly(scope, 'Ada')).rejects.toThrow(/bind each of its 1 values/)
  })
})

describeEngines('fixed queries on a real database', (h) => {
  const names = fixedQuery((db: Kysely<Database>, owner: string) =>
    db.selectFrom('careers').select('name').where('owner_id', '=', owner).orderBy('name'),
  )
  const insertCareer = (db: Kysely<Database>, owner: string, name: string) =>
    db
      .insertInto('careers')
      .values({
        id: `${owner}-${name}`,
        owner_id: owner,
        name,
        name_key: name.toLowerCase(),
        parent_id: null,
        status: 'exploring',
        hypothesis: '',
        notes: '',
        created_at: '2026-03-02T09:00:00Z',
        updated_at: '2026-03-02T09:00:00Z',
      })
      .execute()

  it("reads each owner's rows only, inside a transaction its writes too, and plugins see the results", async () => {
    const ada = await h.newCtx()
    const bea = await h.newCtx()
    await insertCareer(ada.db, ada.ownerId, 'Analyst')
    await insertCareer(bea.db, bea.ownerId, 'Baker')
    expect(await names(ada, ada.ownerId)).toEqual([{ name: 'Analyst' }])
    expect(await names(bea, bea.ownerId)).toEqual([{ name: 'Baker' }])
    await transaction(ada, async (tx) => {
      await insertCareer(tx.db, ada.ownerId, 'Architect')
      expect(await names(tx, ada.ownerId)).toEqual([{ name: 'Analyst' }, { name: 'Architect' }])
    })
    const { result, count } = await countQueries(ada, (c) => names(c, ada.ownerId))
    expect(result).toHaveLength(2)
    expect(count).toEqual({ queries: 1, rows: 2 })
  })
})
