import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Fields an imported address book holds and a person would look for on the
// person page, not in the notes: a birthday (`YYYY-MM-DD`, or `--MM-DD` when
// the year is not known, as RFC 6350 writes it), web sites (a JSON list of
// addresses) and other profiles (a JSON list of `{ service, address }`:
// social profiles and instant-messaging handles). Existing people get none.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('people').addColumn('birthday', 'text').execute()
  await db.schema
    .alterTable('people')
    .addColumn('websites', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
  await db.schema
    .alterTable('people')
    .addColumn('profiles', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute()
}
