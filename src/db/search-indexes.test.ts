import { Kysely, SqliteDialect, sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { inTransaction } from '../core/context.ts'
import { importContacts } from '../core/imports/service.ts'
import { createOrganization } from '../core/organizations/service.ts'
import { createPerson, deletePerson, updatePerson } from '../core/people/service.ts'
import {
  BULK_DOCUMENTS,
  bulkIndexing,
  search,
  writeSearchDocuments,
} from '../core/search/service.ts'
import { generateNotes } from '../demo/synthetic.ts'
import { openDatabase } from './connect.ts'
import { fullTextSearch, NEWEST_WINDOW, namedKinds } from './dialect.ts'
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

/** The documents SQLite's index of the newest holds, read from the index itself (not its content table). */
async function newestIndexed(db: Kysely<Database>): Promise<number[]> {
  await sql`create virtual table if not exists temp.newest_terms
    using fts5vocab(main, search_recent_fts, instance)`.execute(db)
  const rows = await sql<{
    doc: number
  }>`select distinct doc from temp.newest_terms order by doc`.execute(db)
  return rows.rows.map((r) => r.doc)
}

/** What it must hold: every document with words from the window's floor on. */
async function newestExpected(db: Kysely<Database>): Promise<number[]> {
  const rows = await sql<{ id: number }>`select id from search_documents
    where id >= (select floor from search_recent) and (title_folded <> '' or body_folded <> '')
    order by id`.execute(db)
  return rows.rows.map((r) => r.id)
}

async function newestState(db: Kysely<Database>) {
  const rows = await sql<{ floor: number; paused: number; newest: number }>`select floor, paused,
    (select max(id) from search_documents) as newest from search_recent`.execute(db)
  return rows.rows[0]
}

/** `count` index entries of made-up conversations, each naming Amara every tenth. */
function bulkDocuments(count: number, from = 0) {
  return Array.from({ length: count }, (_, i) => ({
    kind: 'conversation',
    recordId: `bulk-${from + i}`,
    title: `Bulk conversation ${from + i}`,
    parts: [(from + i) % 10 === 0 ? 'amara on data cleaning' : 'pricing models'],
  }))
}

describe('a bulk write and the index of newest documents (SQLite)', () => {
  it('rebuilds the window once at its end, holding exactly the newest documents, and its triggers run again', async () => {
    const { database, ctx } = await sqliteExplorer()
    await generateNotes(ctx, 3000)
    const ada = await createPerson(ctx, { name: 'Ada Lovelace', notes: 'topology' })
    await inTransaction(ctx, async (tx) => {
      const indexing = bulkIndexing(tx)
      await indexing.wrote(BULK_DOCUMENTS - 1)
      expect((await newestState(tx.db))?.paused).toBe(0)
      await indexing.wrote(1)
      expect((await newestState(tx.db))?.paused).toBe(1)
      await writeSearchDocuments(tx, bulkDocuments(NEWEST_WINDOW + 2000))
      // A change and a removal while paused, inside the window and out of it.
      await updatePerson(tx, ada.id, { name: 'Ada King' })
      await tx.db.deleteFrom('search_documents').where('record_id', '=', 'bulk-21999').execute()
      await indexing.finish()
    })
    const state = await newestState(ctx.db)
    expect(state?.paused).toBe(0)
    expect(state?.floor).toBe((state?.newest ?? 0) - NEWEST_WINDOW)
    expect(await newestIndexed(ctx.db)).toEqual(await newestExpected(ctx.db))
    await expectSameAsBefore(ctx)
    expect((await search(ctx, { q: 'king', kinds: ['person'] })).map((r) => r.title)).toEqual([
      'Ada King',
    ])
    // Kept row by row again.
    await writeSearchDocuments(ctx, bulkDocuments(1500, 30_000))
    await createPerson(ctx, { name: 'Amara Late', notes: 'data' })
    expect(await newestIndexed(ctx.db)).toEqual(await newestExpected(ctx.db))
    const [newest] = await fullTextSearch(ctx.db, 'sqlite', owner, ['amara'], 200)
    expect(newest?.title).toBe('Amara Late')
    await database.close()
  }, 60_000)

  it('leaves the window as it was when the write is rolled back', async () => {
    const { database, ctx } = await sqliteExplorer()
    await generateNotes(ctx, 500)
    const before = await newestIndexed(ctx.db)
    await expect(
      inTransaction(ctx, async (tx) => {
        const indexing = bulkIndexing(tx, 1)
        await indexing.wrote(1)
        await writeSearchDocuments(tx, bulkDocuments(2000))
        throw new Error('the bulk write failed')
      }),
    ).rejects.toThrow('the bulk write failed')
    expect((await newestState(ctx.db))?.paused).toBe(0)
    expect(await newestIndexed(ctx.db)).toEqual(before)
    await createPerson(ctx, { name: 'Amara After', notes: '' })
    expect(await newestIndexed(ctx.db)).toEqual(await newestExpected(ctx.db))
    await database.close()
  })

  it('is kept through a large import, which pauses it and rebuilds it', async () => {
    const { database, ctx } = await sqliteExplorer()
    await generateNotes(ctx, 1000)
    const rows = BULK_DOCUMENTS + 1500
    const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On']
    for (let i = 0; i < rows; i++)
      lines.push(`Person${i},Family${i},,,Company ${i % 40},Role ${i % 7},05 Jan 2026`)
    const result = await importContacts(ctx, new TextEncoder().encode(lines.join('\n')))
    expect(result.created).toBe(rows)
    expect((await newestState(ctx.db))?.paused).toBe(0)
    expect(await newestIndexed(ctx.db)).toEqual(await newestExpected(ctx.db))
    const found = await search(ctx, { q: `person${rows - 1}` })
    expect(found.map((r) => r.title)).toContain(`Person${rows - 1} Family${rows - 1}`)
    await database.close()
  }, 60_000)

  it('refuses a bulk write outside a transaction', async () => {
    const { database, ctx } = await sqliteExplorer()
    expect(() => bulkIndexing(ctx)).toThrow('in a transaction')
    await database.close()
  })
})

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
