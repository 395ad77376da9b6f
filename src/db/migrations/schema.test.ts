import { type Kysely, sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import type { Engine } from '../engine.ts'
import type { Database } from '../tables.ts'

/**
 * The whole schema the migrations make, as text in a stable order: SQLite's
 * own `create` statements, or PostgreSQL's columns, constraints, indexes,
 * functions and triggers as its catalog renders them.
 */
async function schemaOf(db: Kysely<Database>, engine: Engine): Promise<string> {
  if (engine === 'sqlite') {
    const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
      select type, name, sql from sqlite_master
      where name not like 'sqlite_%' order by type, name`.execute(db)
    return `${rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql ?? '(implicit)'};`).join('\n\n')}\n`
  }
  const sections = await Promise.all([
    sql<{ line: string }>`
      select table_name || '.' || column_name || ' ' || data_type
        || case when is_nullable = 'NO' then ' not null' else '' end
        || coalesce(' default ' || column_default, '') as line
      from information_schema.columns where table_schema = 'public'
      order by table_name, ordinal_position`.execute(db),
    sql<{ line: string }>`
      select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) as line
      from pg_constraint where connamespace = 'public'::regnamespace
      order by conrelid::regclass::text, conname`.execute(db),
    sql<{ line: string }>`
      select indexdef as line from pg_indexes where schemaname = 'public'
      order by tablename, indexname`.execute(db),
    sql<{ line: string }>`
      select pg_get_functiondef(p.oid) as line from pg_proc p
      where p.pronamespace = 'public'::regnamespace order by p.proname`.execute(db),
    sql<{ line: string }>`
      select pg_get_triggerdef(t.oid) as line from pg_trigger t
      where not t.tgisinternal order by t.tgrelid::regclass::text, t.tgname`.execute(db),
  ])
  const [columns, constraints, indexes, functions, triggers] = sections.map((s) =>
    s.rows.map((r) => r.line).join('\n'),
  )
  return `-- columns\n${columns}\n\n-- constraints\n${constraints}\n\n-- indexes\n${indexes}\n\n-- functions\n${functions}\n\n-- triggers\n${triggers}\n`
}

// A released migration never changes what it does: this file holds what
// all of them make, so a change to an old one shows in review as a change
// to the schema. A new migration updates it (`npx vitest run -u` on this file).
describeEngines('the schema the migrations make', (h) => {
  it('is the recorded one', async () => {
    const { db, engine } = h.database()
    await expect(await schemaOf(db, engine)).toMatchFileSnapshot(`./schema.${engine}.snap`)
  })
})
