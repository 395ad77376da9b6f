/**
 * The reference of bench/people-list.ts, run as a process of its own: what
 * `coffeechat people list --json` has to do at the least — open the SQLite
 * file with `node:sqlite`, run the same two queries, build the same objects
 * and print them with JSON.stringify — with nothing else loaded. Its output
 * is byte for byte the CLI's, which the benchmark checks.
 *
 * Plain JavaScript, so Node spends nothing on stripping types.
 *
 * Usage: node bench/reference/people-list-raw.mjs DATA_DIR OWNER_ID
 */
import { DatabaseSync } from 'node:sqlite'

const [dataDir, ownerId] = process.argv.slice(2)
if (!dataDir || !ownerId) throw new Error('usage: people-list-raw.mjs DATA_DIR OWNER_ID')
const db = new DatabaseSync(`${dataDir}/coffeechat.sqlite`, { readOnly: true })
const rows = db
  .prepare(
    `select p.*, o.name as organization_name, r.name as referred_by_name
       from people p
       left join organizations o on o.id = p.organization_id
       left join people r on r.id = p.referred_by_id
      where p.owner_id = ?
      order by p.name_key, p.id`,
  )
  .all(ownerId)
const careers = new Map()
for (const row of db
  .prepare(
    `select pc.person_id, c.id, c.name from person_careers pc
       join careers c on c.id = pc.career_id
      where pc.owner_id = ? order by c.name_key`,
  )
  .all(ownerId)) {
  const list = careers.get(row.person_id) ?? []
  list.push({ id: row.id, name: row.name })
  careers.set(row.person_id, list)
}
const people = rows.map((row) => {
  const theirs = careers.get(row.id) ?? []
  return {
    id: row.id,
    name: row.name,
    firstName: row.first_name,
    organizationId: row.organization_id,
    organization: row.organization_name,
    title: row.title,
    careerIds: theirs.map((c) => c.id),
    careers: theirs.map((c) => c.name),
    connection: row.connection,
    connectionNote: row.connection_note,
    source: row.source,
    linkedinUrl: row.linkedin_url,
    emails: JSON.parse(row.emails),
    phones: JSON.parse(row.phones),
    tags: JSON.parse(row.tags),
    notes: row.notes,
    referredById: row.referred_by_id,
    referredBy: row.referred_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
})
process.stdout.write(`${JSON.stringify(people, null, 2)}\n`)
