import type { PersonRow } from '../people/repo.ts'

/** Every column of a person's row but `owner_id`, as a merge record keeps it. */
const personColumns = [
  'id',
  'name',
  'name_key',
  'first_name',
  'organization_id',
  'title',
  'connection',
  'connection_note',
  'source',
  'linkedin_url',
  'emails',
  'phones',
  'tags',
  'notes',
  'referred_by_id',
  'birthday',
  'websites',
  'profiles',
  'created_at',
  'updated_at',
] as const satisfies ReadonlyArray<keyof PersonRow>

const nullable = new Set<string>([
  'first_name',
  'organization_id',
  'linkedin_url',
  'referred_by_id',
  'birthday',
])

/** A person's row as a merge record holds it: the same columns, without the owner. */
export function storedPersonRow(row: PersonRow): Record<string, string | null> {
  return Object.fromEntries(personColumns.map((column) => [column, row[column]]))
}

/**
 * The row a merge record kept, for this owner; null when it is not one (a
 * column missing or of the wrong type — a record edited by hand in a backup).
 */
export function personRowFrom(
  stored: Record<string, string | number | null>,
  ownerId: string,
): PersonRow | null {
  const row: Record<string, string | null> = { owner_id: ownerId }
  for (const column of personColumns) {
    const value = stored[column]
    if (typeof value === 'string') row[column] = value
    else if (value === null && nullable.has(column)) row[column] = null
    else return null
  }
  return row as unknown as PersonRow
}

/** True when the two rows hold the same values in every column a record keeps. */
export function sameRow(a: PersonRow, b: PersonRow): boolean {
  return personColumns.every((column) => a[column] === b[column])
}
