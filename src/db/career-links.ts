import { type RawBuilder, type SqlBool, sql } from 'kysely'

/** The tables that link a record to the careers it is about, and the record's column in each. */
const careerLinks = {
  people: { table: 'person_careers', key: 'person_id' },
  organizations: { table: 'organization_careers', key: 'organization_id' },
  conversations: { table: 'conversation_careers', key: 'conversation_id' },
} as const

/**
 * The record whose id is the column `recordId` (`p.id`, `o.id`, `c.id`) is
 * linked to the career: the filter of every list that takes `careerId`.
 *
 * @example query.where(linkedToCareer('people', 'p.id', careerId))
 */
export function linkedToCareer(
  records: keyof typeof careerLinks,
  recordId: string,
  careerId: string,
): RawBuilder<SqlBool> {
  const { table, key } = careerLinks[records]
  return sql<SqlBool>`exists (select 1 from ${sql.table(table)} as link where ${sql.ref(`link.${key}`)} = ${sql.ref(recordId)} and link.career_id = ${careerId})`
}
