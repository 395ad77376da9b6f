import type { AlterTableBuilder, CreateTableBuilder, Kysely } from 'kysely'

// Frozen like the migrations that use it: a part never changes what it adds,
// since released migrations make their schema through it (schema.test.ts
// holds what they make). A new need is a new part.
//
// The parts of a table the migrations repeat, applied with Kysely's `$call`:
//   db.schema.createTable('notes').$call(recordColumns).$call(requiredText('body')).$call(timestamps)

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
type Table = CreateTableBuilder<any, any>
type Part = (t: Table) => Table

/** `owner_id`: the account a row belongs to; its rows go with the account. */
export const ownerColumn: Part = (t) =>
  t.addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))

/** An explorer's record: `id` text primary key, then `owner_id`. */
export const recordColumns: Part = (t) =>
  t.addColumn('id', 'text', (c) => c.primaryKey()).$call(ownerColumn)

/** Each name, in order, as `text not null`. */
export function requiredText(...names: string[]): Part {
  return (t) => names.reduce((table, name) => table.addColumn(name, 'text', (c) => c.notNull()), t)
}

/** `created_at`, `updated_at`: ISO times, `text not null`. */
export const timestamps: Part = requiredText('created_at', 'updated_at')

/** `column text not null references table.id on delete cascade`. */
export function cascadeReference(column: string, table: string): Part {
  return (t) =>
    t.addColumn(column, 'text', (c) => c.notNull().references(`${table}.id`).onDelete('cascade'))
}

/** `column text references table.id on delete set null`: optional, null once that row goes. */
export function setNullReference(column: string, table: string): Part {
  return (t) => t.addColumn(column, 'text', (c) => c.references(`${table}.id`).onDelete('set null'))
}

/**
 * `column text primary key references table.id on delete cascade`: a table
 * with one row for a row of another (an owner's account, a conversation's).
 */
export function cascadeKey(column: string, table: string): Part {
  return (t) =>
    t.addColumn(column, 'text', (c) => c.primaryKey().references(`${table}.id`).onDelete('cascade'))
}

/**
 * `field_times text not null default '{}'`, added to a table that autosaves:
 * per field, the client time of the edit the row holds (JSON), so that an
 * older edit replayed late never overwrites newer text.
 */
export const fieldTimes = (t: AlterTableBuilder) =>
  t.addColumn('field_times', 'text', (c) => c.notNull().defaultTo('{}'))

/**
 * Plain indexes on one table, made in the order given: each name with its
 * columns (`'updated_at desc'` for a descending one); `unique` makes them all
 * unique.
 */
export async function createIndexes(
  // biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
  db: Kysely<any>,
  table: string,
  indexes: Record<string, string[]>,
  options: { unique?: boolean } = {},
): Promise<void> {
  for (const [name, columns] of Object.entries(indexes)) {
    const index = db.schema.createIndex(name).on(table).columns(columns)
    await (options.unique ? index.unique() : index).execute()
  }
}
