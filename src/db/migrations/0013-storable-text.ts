import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, what this migration does never changes (its test,
// 0013-storable-text.test.ts, holds it). A new fix goes in a new migration.
// Until now SQLite kept a NUL character sent through the API; PostgreSQL
// refuses NUL in text, so a local backup holding one could not be restored
// in hosted mode (or anywhere, once restores checked for it). The API now
// refuses NUL; this removes the ones already stored, from the text columns
// of the explorer's tables as they are when it runs. PostgreSQL can hold
// none, so there is nothing to do there.

const tables = [
  'settings',
  'careers',
  'organizations',
  'organization_careers',
  'people',
  'person_careers',
  'conversations',
  'conversation_careers',
  'questions',
  'plan_items',
  'meetings',
  'reflections',
  'pay_entries',
  'messages',
  'message_templates',
  'smtp_accounts',
  'calendar_events',
  'search_documents',
]

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return
  const found = await db.introspection.getTables()
  for (const table of found.filter((t) => tables.includes(t.name))) {
    for (const column of table.columns.filter((c) => c.dataType.toLowerCase() === 'text')) {
      // SQLite's replace() stops at a NUL, so the rows are read and written back.
      const rows = await sql<{ rowid: number; value: string }>`
        select rowid, ${sql.ref(column.name)} as value from ${sql.table(table.name)}
        where instr(${sql.ref(column.name)}, char(0)) > 0`.execute(db)
      for (const row of rows.rows) {
        await sql`update ${sql.table(table.name)}
          set ${sql.ref(column.name)} = ${row.value.replaceAll('\u0000', '')}
          where rowid = ${row.rowid}`.execute(db)
      }
    }
  }
}
