import type { Kysely, Selectable, Updateable } from 'kysely'
import { keyedValue, type Untyped, untypedRows } from './owned-rows.ts'
import type { Database } from './tables.ts'

/*
 * The statements the accounts' repositories would otherwise write again and
 * again for the tables of the whole instance (accounts, sessions,
 * invitations, instance settings), which belong to no one explorer: one
 * column of the row named by its key, read or set. As in owned-rows.ts,
 * they build the statement on an untyped view of the handle and type what
 * comes back from the table's interface.
 */

/** Where the statements run: the handle. */
interface InstanceScope {
  db: Kysely<Database>
}

/** The tables of the instance these serve. */
type InstanceTable =
  | 'accounts'
  | 'sessions'
  | 'invitations'
  | 'password_resets'
  | 'instance_settings'

/** A text column of an instance table that names one row (`id`, `token_hash`, `key`). */
type InstanceKey<T extends InstanceTable> = {
  [C in keyof Database[T]]: Database[T][C] extends string ? C : never
}[keyof Database[T]] &
  string

/**
 * One column of the row of `table` whose `key` is `value`; undefined when
 * there is no such row.
 *
 * @example const role = await selectInstanceValue(ctx, 'accounts', 'role', 'id', id)
 */
export async function selectInstanceValue<
  T extends InstanceTable,
  C extends keyof Selectable<Database[T]> & string,
>(
  scope: InstanceScope,
  table: T,
  column: C,
  key: InstanceKey<T>,
  value: string,
): Promise<Selectable<Database[T]>[C] | undefined> {
  return (await keyedValue(untypedRows(scope.db, table), column, key, value)) as
    | Selectable<Database[T]>[C]
    | undefined
}

/**
 * Sets `changes` on the row of `table` whose `key` is `value`.
 *
 * @example await updateInstanceRow(ctx, 'sessions', 'token_hash', tokenHash, { last_seen_at: at })
 */
export async function updateInstanceRow<T extends InstanceTable>(
  scope: InstanceScope,
  table: T,
  key: InstanceKey<T>,
  value: string,
  changes: Updateable<Database[T]>,
): Promise<void> {
  await (scope.db as unknown as Untyped)
    .updateTable(table as string)
    .set(changes as Record<string, unknown>)
    .where(key as string, '=', value)
    .execute()
}
