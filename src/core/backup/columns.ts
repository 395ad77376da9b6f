import { type OwnedTable, ownedTables } from '../../db/owned-tables.ts'
import type { Db } from '../context.ts'

/** A column as a backup sees it: the same on both engines. */
export interface BackupColumn {
  name: string
  kind: 'text' | 'integer'
  nullable: boolean
  /** Missing from an older backup is fine: the database fills it in. */
  hasDefault: boolean
}

/** One registered table with the columns a backup holds (no `owner_id`, no secrets), sorted by name. */
export interface BackupTable {
  table: OwnedTable
  columns: BackupColumn[]
  secrets: BackupColumn[]
}

/**
 * The columns of every explorer-owned table, read from the database itself
 * (`db.introspection`), so a column added by a later migration is backed up
 * without a change here. Both engines store text and integers only; any
 * other type is refused, since a backup could not carry it across engines.
 *
 * @example (await backupTables(db)).find((t) => t.table.name === 'people')?.columns.map((c) => c.name)
 */
export async function backupTables(db: Db): Promise<BackupTable[]> {
  const tables = await db.introspection.getTables()
  return ownedTables.map((table) => {
    const found = tables.find((t) => t.name === table.name)
    if (!found) throw new Error(`table ${table.name} is registered but does not exist`)
    const columns = found.columns
      .filter((c) => c.name !== 'owner_id')
      .map((c): BackupColumn => {
        const type = c.dataType.toLowerCase()
        const kind = type === 'text' ? 'text' : /^int/.test(type) ? 'integer' : null
        if (!kind)
          throw new Error(`${table.name}.${c.name} has type ${c.dataType}, not text or integer`)
        // SQLite lets a text primary key hold NULL; PostgreSQL does not, and neither may a backup.
        const nullable = c.isNullable && !table.key.includes(c.name)
        return { name: c.name, kind, nullable, hasDefault: c.hasDefaultValue }
      })
      .sort((a, b) => compareText(a.name, b.name))
    const secret = new Set(table.secrets ?? [])
    return {
      table,
      columns: columns.filter((c) => !secret.has(c.name)),
      secrets: columns.filter((c) => secret.has(c.name)),
    }
  })
}

/**
 * Orders text by UTF-16 code units, the same on every machine and engine
 * (database collations differ, so backups never sort in SQL).
 *
 * @example ['b', 'B', 'a'].sort(compareText) // ['B', 'a', 'b']
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
