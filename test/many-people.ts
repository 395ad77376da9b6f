import type { Insertable } from 'kysely'
import type { Ctx } from '../src/core/context.ts'
import { newId } from '../src/core/ids.ts'
import type { PeopleTable } from '../src/db/tables.ts'

/**
 * `count` people straight into the table (no search entries, no service
 * rules): enough rows for an export to write several slices, fast. Some
 * titles start like a formula and some notes hold line breaks and quotes;
 * `vary` changes the columns of person `i`.
 *
 * @example await insertPeople(ctx, 1100)
 */
export async function insertPeople(
  ctx: Ctx,
  count: number,
  vary: (i: number) => Partial<Insertable<PeopleTable>> = () => ({}),
): Promise<void> {
  const at = ctx.now().toISOString()
  const rows = Array.from({ length: count }, (_, i) => ({
    id: newId(ctx.now()),
    owner_id: ctx.ownerId,
    name: `Zoë Person ${i}`,
    name_key: `zoe person ${i}`,
    first_name: null,
    organization_id: null,
    title: i % 7 === 0 ? '=1+1' : 'Analyst',
    connection: 'other',
    connection_note: '',
    source: '',
    linkedin_url: null,
    emails: JSON.stringify([`p${i}@example.org`]),
    phones: '[]',
    tags: '[]',
    notes: i % 3 === 0 ? 'Two lines,\nwith "quotes"' : '',
    referred_by_id: null,
    websites: '[]',
    profiles: '[]',
    created_at: at,
    updated_at: at,
    ...vary(i),
  }))
  for (let start = 0; start < rows.length; start += 200)
    await ctx.db
      .insertInto('people')
      .values(rows.slice(start, start + 200))
      .execute()
}
