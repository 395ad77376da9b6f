import { Kysely, SqliteDialect, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { createOrganization } from '../core/organizations/service.ts'
import { createPerson, deletePerson, updatePerson } from '../core/people/service.ts'
import { search } from '../core/search/service.ts'
import { generateNotes } from '../demo/synthetic.ts'
import { openDatabase } from './connect.ts'
import { fullTextSearch, namedKinds } from './dialect.ts'
import { migrations } from './migrations/index.ts'
import { openSqlite } from './sqlite-adapter.ts'
import type { Database } from './tables.ts'

const owner = 'local-test'

async function sqliteExplorer() {
  const database = await openDatabase({ sqliteFile: ':memory:' })
  await database.db
    .insertInto('accounts')
    .values({ id: owner, email: null, display_name: 'Test', created_at: '2026-03-02T09:00:00Z' })
    .execute()
  const ctx = {
    db: database.db,
    engine: 'sqlite' as const,
    ownerId: owner,
    now: () => new Date('2026-03-02T09:00:00Z'),
  }
  return { database, ctx }
}

/** The candidates as the first query found them: the newest matches, and named records among all matches. */
async function asBefore(ctx: { db: Kysely<Database> }, terms: string[]): Promise<number[]> {
  const match = terms.map((t) => `"${t}"*`).join(' ')
  const named = sql.join(namedKinds.map((k) => sql.lit(k)))
  const rows = await sql<{ id: number }>`select * from (select f.rowid as id from search_fts f
      join search_documents d on d.id = f.rowid
      where search_fts match ${match} and d.owner_id = ${owner}
      order by f.rowid desc limit 200)
    union select * from (select d.id from search_documents d
      where d.owner_id = ${owner} and d.kind in (${named})
        and d.id in (select rowid from search_fts where search_fts match ${match})
      order by d.id desc limit 100)`.execute(ctx.db)
  return rows.rows.map((r) => r.id).sort((a, b) => a - b)
}

const queries = [['amara'], ['data', 'clean'], ['zur'], ['jonas', 'becker'], ['a'], ['xylo']]

async function expectSameAsBefore(ctx: { db: Kysely<Database> }): Promise<void> {
  for (const terms of queries) {
    const found = await fullTextSearch(ctx.db, 'sqlite', owner, terms, 200)
    expect(
      found.map((hit) => hit.rowId).sort((a, b) => a - b),
      terms.join(' '),
    ).toEqual(await asBefore(ctx, terms))
  }
}

describe('the indexes of newest documents and of named records (SQLite)', () => {
  it('give the same candidates as asking the whole index did, on either side of the newest window', async () => {
    const { database, ctx } = await sqliteExplorer()
    await generateNotes(ctx, 3000)
    await createOrganization(ctx, { name: 'Amara Analytics', notes: 'Data cleaning in Zürich' })
    await expectSameAsBefore(ctx)
    // A document far ahead moves the window past everything before it: those
    // are then found through the whole index.
    await ctx.db
      .insertInto('search_documents')
      .values({
        id: 40_000,
        owner_id: owner,
        kind: 'conversation',
        record_id: 'far-ahead',
        title: 'Amara again',
        body: 'data cleaning',
        title_folded: 'amara again',
        body_folded: 'data cleaning',
      })
      .execute()
    const floor = await sql<{ floor: number }>`select floor from search_recent`.execute(ctx.db)
    expect(floor.rows[0]?.floor).toBe(20_000)
    const inWindow = await sql<{ id: number }>`select rowid as id from search_recent_fts
      where search_recent_fts match 'amara'`.execute(ctx.db)
    expect(inWindow.rows.map((r) => r.id)).toEqual([40_000])
    await expectSameAsBefore(ctx)
    const [newest] = await fullTextSearch(ctx.db, 'sqlite', owner, ['amara'], 200)
    expect(newest?.recordId).toBe('far-ahead')
    await database.close()
  })

  it('follows renames and deletions of people', async () => {
    const { database, ctx } = await sqliteExplorer()
    const ada = await createPerson(ctx, { name: 'Ada Lovelace', notes: 'topology' })
    await updatePerson(ctx, ada.id, { name: 'Ada King', notes: 'algebra' })
    const titles = async (q: string) =>
      (await search(ctx, { q, kinds: ['person'] })).map((r) => r.title)
    expect(await titles('lovelace')).toEqual([])
    expect(await titles('topology')).toEqual([])
    expect(await titles('king algebra')).toEqual(['Ada King'])
    await deletePerson(ctx, ada.id)
    expect(await titles('king')).toEqual([])
    const rows = await sql<{ n: number }>`select count(*) as n from search_named_fts
      where search_named_fts match 'king'`.execute(ctx.db)
    expect(rows.rows[0]?.n).toBe(0)
    await database.close()
  })

  it('is filled from the documents already there when the migration runs', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: openSqlite(':memory:') }),
    })
    const index = migrations.findIndex(([name]) => name.startsWith('0014-'))
    for (const [, up] of migrations.slice(0, index)) await up(db, 'sqlite')
    await db
      .insertInto('accounts')
      .values({ id: owner, email: null, display_name: 'Test', created_at: '2026-03-02T09:00:00Z' })
      .execute()
    const doc = (kind: string, recordId: string, title: string) => ({
      owner_id: owner,
      kind,
      record_id: recordId,
      title,
      body: '',
      title_folded: title.toLowerCase(),
      body_folded: '',
    })
    await db
      .insertInto('search_documents')
      .values([doc('person', 'p1', 'Amara Okafor'), doc('conversation', 'c1', 'Amara said hello')])
      .execute()
    for (const [, up] of migrations.slice(index)) await up(db, 'sqlite')
    const found = await fullTextSearch(db, 'sqlite', owner, ['amara'], 200, ['person'])
    expect(found.map((hit) => hit.recordId)).toEqual(['p1'])
    const named = await sql<{ rowid: number }>`select rowid from search_named_fts
      where search_named_fts match 'amara'`.execute(db)
    expect(named.rows).toHaveLength(1)
    const recent = await sql<{ rowid: number }>`select rowid from search_recent_fts
      where search_recent_fts match 'amara'`.execute(db)
    expect(recent.rows).toHaveLength(2)
    await db.destroy()
  })
})
