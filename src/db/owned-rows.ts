import type { Kysely, Selectable, Updateable } from 'kysely'
import type { Database } from './tables.ts'

/** Whose rows a query may touch: the handle, and the owner every statement filters by. */
export interface OwnerScope {
  db: Kysely<Database>
  ownerId: string
}

/** The tables whose rows belong to one explorer (they have `owner_id`). */
export type OwnedTable = {
  [T in keyof Database]: Database[T] extends { owner_id: unknown } ? T : never
}[keyof Database]

/** A column of an owned table, as a read gives it. */
type Column<T extends OwnedTable> = keyof Selectable<Database[T]> & string

/** A text column of an owned table that names one row (`id`, `conversation_id`…). */
export type RowKey<T extends OwnedTable> = {
  [C in keyof Database[T]]: Database[T][C] extends string ? C : never
}[keyof Database[T]] &
  string

/*
 * The three statements nearly every repository writes for its own table:
 * one row of the owner by its key, read, changed or deleted. Kysely cannot
 * type a query over a table named by a type parameter, so these build the
 * statement on an untyped view of the same handle and type what comes back
 * from the table's interface; the table and key names are still checked
 * where they are called.
 */
export type Untyped = Kysely<Record<string, Record<string, unknown>>>

/** Every row of `table`, on the untyped view of the handle. */
export function untypedRows(db: Kysely<Database>, table: keyof Database) {
  return (db as unknown as Untyped).selectFrom(table as string)
}

type UntypedRows = ReturnType<typeof untypedRows>

/** The owner's rows of `table`, a query every read here narrows. */
function ownersRows(scope: OwnerScope, table: OwnedTable) {
  return untypedRows(scope.db, table).where('owner_id', '=', scope.ownerId)
}

/**
 * `column` of the first of `rows` (an untyped query) whose `key` is
 * `value`; undefined when there is none. Its caller types the answer.
 */
export async function keyedValue(
  rows: UntypedRows,
  column: string,
  key: string,
  value: string,
): Promise<unknown> {
  const row = await rows.select(column).where(key, '=', value).executeTakeFirst()
  return (row as Record<string, unknown> | undefined)?.[column]
}

/**
 * The owner's row of `table` whose `key` is `value`, every column.
 *
 * @example const row = await selectOwnedRow(ctx, 'reflections', 'conversation_id', id)
 */
export async function selectOwnedRow<T extends OwnedTable>(
  scope: OwnerScope,
  table: T,
  key: RowKey<T>,
  value: string,
): Promise<Selectable<Database[T]> | undefined> {
  const row = await ownersRows(scope, table)
    .selectAll()
    .where(key as string, '=', value)
    .executeTakeFirst()
  return row as Selectable<Database[T]> | undefined
}

/**
 * Some columns of the owner's row of `table` whose `key` is `value`;
 * undefined when there is no such row.
 *
 * @example const report = await selectOwnedColumns(ctx, 'import_reports', ['filename'], 'id', id)
 */
export async function selectOwnedColumns<T extends OwnedTable, C extends Column<T>>(
  scope: OwnerScope,
  table: T,
  columns: readonly C[],
  key: RowKey<T>,
  value: string,
): Promise<Pick<Selectable<Database[T]>, C> | undefined> {
  const row = await ownersRows(scope, table)
    .select(columns)
    .where(key as string, '=', value)
    .executeTakeFirst()
  return row as Pick<Selectable<Database[T]>, C> | undefined
}

/**
 * One column of the owner's row of `table` whose `key` is `value`; undefined
 * when there is no such row.
 *
 * @example const status = await selectOwnedValue(ctx, 'conversations', 'status', 'id', id)
 */
export async function selectOwnedValue<T extends OwnedTable, C extends Column<T>>(
  scope: OwnerScope,
  table: T,
  column: C,
  key: RowKey<T>,
  value: string,
): Promise<Selectable<Database[T]>[C] | undefined> {
  return (await keyedValue(ownersRows(scope, table), column, key, value)) as
    | Selectable<Database[T]>[C]
    | undefined
}

/**
 * Some columns of every row of the owner in `table`, in no particular order.
 *
 * @example const notes = await selectEveryOwnedRow(ctx, 'meetings', ['conversation_id', 'free_notes'])
 */
export async function selectEveryOwnedRow<T extends OwnedTable, C extends Column<T>>(
  scope: OwnerScope,
  table: T,
  columns: readonly C[],
): Promise<Array<Pick<Selectable<Database[T]>, C>>> {
  const rows = await ownersRows(scope, table).select(columns).execute()
  return rows as Array<Pick<Selectable<Database[T]>, C>>
}

/**
 * The owner's one row of a table that holds at most one per owner (their
 * mail account, SMTP account, calendar feed), every column.
 *
 * @example const feed = await selectOwnersRow(ctx, 'calendar_feeds')
 */
export async function selectOwnersRow<T extends OwnedTable>(
  scope: OwnerScope,
  table: T,
): Promise<Selectable<Database[T]> | undefined> {
  const row = await ownersRows(scope, table).selectAll().executeTakeFirst()
  return row as Selectable<Database[T]> | undefined
}

/**
 * Changes the owner's row of `table` whose `key` is `value`; how many rows
 * changed (0 when there is none, or it is another explorer's).
 *
 * @example await updateOwnedRow(ctx, 'careers', 'id', id, { name, updated_at: now })
 */
export async function updateOwnedRow<T extends OwnedTable>(
  scope: OwnerScope,
  table: T,
  key: RowKey<T>,
  value: string,
  changes: Updateable<Database[T]>,
): Promise<number> {
  const result = await (scope.db as unknown as Untyped)
    .updateTable(table as string)
    .set(changes as Record<string, unknown>)
    .where('owner_id', '=', scope.ownerId)
    .where(key as string, '=', value)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/**
 * Deletes the owner's row(s) of `table` whose `key` is `value`; how many went.
 *
 * @example await deleteOwnedRows(ctx, 'meetings', 'conversation_id', id)
 */
export async function deleteOwnedRows<T extends OwnedTable>(
  scope: OwnerScope,
  table: T,
  key: RowKey<T>,
  value: string,
): Promise<number> {
  const result = await (scope.db as unknown as Untyped)
    .deleteFrom(table as string)
    .where('owner_id', '=', scope.ownerId)
    .where(key as string, '=', value)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}

/** An owned table whose rows are named by a text `id`. */
type TableWithId = {
  [T in OwnedTable]: Database[T] extends { id: string } ? T : never
}[OwnedTable]

/**
 * Writes a whole row back to `table`, every column but its key: the row of
 * the same `id` and `owner_id` (the owner the row says, which the caller
 * read it for).
 *
 * @example await writeOwnedRow(ctx, 'people', { ...current, name, updated_at: now })
 */
export async function writeOwnedRow<T extends TableWithId>(
  scope: Pick<OwnerScope, 'db'>,
  table: T,
  row: Selectable<Database[T]> & { id: string; owner_id: string },
): Promise<void> {
  const { id, owner_id, ...changes } = row
  await (scope.db as unknown as Untyped)
    .updateTable(table as string)
    .set(changes)
    .where('owner_id', '=', owner_id)
    .where('id', '=', id)
    .execute()
}

/** A text column of an owned table that may name another row, or none (`referred_by_id`). */
type LinkKey<T extends OwnedTable> = {
  [C in keyof Database[T]]: Database[T][C] extends string | null ? C : never
}[keyof Database[T]] &
  string

/** A column of `table` to order rows by. */
type OrderColumn<T extends OwnedTable> = keyof Database[T] & string

/** The owner's rows of `table` whose `key` is `value` (or one of a list), by `orderBy` if given. */
function ownersRowsWhere<T extends OwnedTable>(
  scope: OwnerScope,
  table: T,
  key: RowKey<T> | LinkKey<T>,
  value: string | readonly string[],
  orderBy?: OrderColumn<T>,
) {
  const query = ownersRows(scope, table).where(
    key as string,
    typeof value === 'string' ? '=' : 'in',
    value,
  )
  return orderBy ? query.orderBy(orderBy) : query
}

/**
 * The owner's rows of `table` whose `key` is `value` (or one of `values`),
 * every column (none for an empty `values`), by `orderBy` if given, else in
 * no particular order.
 *
 * @example const meetings = await selectOwnedRows(ctx, 'meetings', 'conversation_id', ids)
 */
export async function selectOwnedRows<T extends OwnedTable>(
  scope: OwnerScope,
  table: T,
  key: RowKey<T>,
  value: string | readonly string[],
  orderBy?: OrderColumn<T>,
): Promise<Array<Selectable<Database[T]>>> {
  if (typeof value !== 'string' && value.length === 0) return []
  const query = ownersRowsWhere(scope, table, key, value, orderBy).selectAll()
  return (await query.execute()) as Array<Selectable<Database[T]>>
}

/**
 * Some columns of the owner's rows of `table` whose `key` is `value` (or
 * one of `values`; none for an empty list), by `orderBy` if given, else in
 * no particular order.
 *
 * @example const texts = await selectOwnedRowsColumns(ctx, 'questions', ['id', 'text'], 'career_id', id)
 */
export async function selectOwnedRowsColumns<T extends OwnedTable, C extends Column<T>>(
  scope: OwnerScope,
  table: T,
  columns: readonly C[],
  key: LinkKey<T>,
  value: string | readonly string[],
  orderBy?: OrderColumn<T>,
): Promise<Array<Pick<Selectable<Database[T]>, C>>> {
  if (typeof value !== 'string' && value.length === 0) return []
  const query = ownersRowsWhere(scope, table, key, value, orderBy).select(columns)
  return (await query.execute()) as Array<Pick<Selectable<Database[T]>, C>>
}

/**
 * Moves the owner's rows among `ids` of `table` whose `key` is still `from`
 * to `to` (a person's conversations, the people they referred); the ids of
 * those it moved.
 *
 * @example await moveOwnedRows(ctx, 'people', 'referred_by_id', ids, removedId, keptId)
 */
export async function moveOwnedRows<T extends TableWithId>(
  scope: OwnerScope,
  table: T,
  key: LinkKey<T>,
  ids: readonly string[],
  from: string,
  to: string,
): Promise<string[]> {
  if (ids.length === 0) return []
  const moved = await (scope.db as unknown as Untyped)
    .updateTable(table as string)
    .set({ [key]: to })
    .where('owner_id', '=', scope.ownerId)
    .where(key as string, '=', from)
    .where('id', 'in', [...ids])
    .returning('id')
    .execute()
  return moved.map((row) => row.id as string)
}

/**
 * Replaces the links of one record in a link table (`person_careers`…): the
 * owner's rows whose `key` is `id` go, and one row per `linkedIds` entry
 * takes their place.
 *
 * @example await replaceOwnedLinks(ctx, 'person_careers', 'person_id', id, 'career_id', careerIds)
 */
export async function replaceOwnedLinks<T extends OwnedTable>(
  scope: OwnerScope,
  table: T,
  key: RowKey<T>,
  id: string,
  linkKey: RowKey<T>,
  linkedIds: readonly string[],
): Promise<void> {
  await deleteOwnedRows(scope, table, key, id)
  if (linkedIds.length === 0) return
  await (scope.db as unknown as Untyped)
    .insertInto(table as string)
    .values(linkedIds.map((linked) => ({ owner_id: scope.ownerId, [key]: id, [linkKey]: linked })))
    .execute()
}

/**
 * One text column of the owner's rows of `table` whose `key` is `value` (or
 * one of `values`; none for an empty list), by `orderBy` if given: the ids
 * of a person's conversations, the careers of a conversation.
 *
 * @example const ids = await selectOwnedColumn(ctx, 'conversations', 'id', 'person_id', personId)
 */
export async function selectOwnedColumn<T extends OwnedTable>(
  scope: OwnerScope,
  table: T,
  column: RowKey<T>,
  key: RowKey<T>,
  value: string | readonly string[],
  orderBy?: OrderColumn<T>,
): Promise<string[]> {
  if (typeof value !== 'string' && value.length === 0) return []
  const query = ownersRowsWhere(scope, table, key, value, orderBy).select(column as string)
  return (await query.execute()).map((row) => row[column] as string)
}
