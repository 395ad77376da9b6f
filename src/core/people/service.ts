import { personDocument } from '../backup/search-documents.ts'
import { type Ctx, inTransaction } from '../context.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { selectOrganization } from '../organizations/reads.ts'
import { indexDocument, unindexConversations, unindexDocument } from '../search/service.ts'
import { requireCareerIds } from '../shared/links.ts'
import { type Page, storedEnum } from '../shared/schema.ts'
import { jsonList, storedProfiles } from '../shared/stored-lists.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import { normalizeLinkedinUrl } from './linkedin.ts'
import {
  countPeople,
  deletePersonRow,
  insertPerson,
  type PersonListRow,
  type PersonRow,
  replacePersonCareers,
  selectConversationIdsOfPerson,
  selectPeople,
  selectPeopleByNameKey,
  selectPerson,
  selectPersonCareers,
  updatePersonRow,
} from './repo.ts'
import {
  connectionKinds,
  type Person,
  PersonCreate,
  PersonListQuery,
  PersonPatch,
  type Profile,
} from './schema.ts'

/**
 * People, by name unless asked otherwise. With `all`, every match in one
 * list (the CLI); otherwise one page.
 */
export async function listPeople(
  ctx: Ctx,
  query: unknown = {},
  options: { all?: boolean } = {},
): Promise<Page<Person>> {
  const { limit, offset, q, sort, ...rest } = parseInput(PersonListQuery, query)
  const filter = { ...rest, nameKey: q?.trim() ? fold(tidy(q)) : undefined }
  const [total, rows] = await Promise.all([
    countPeople(ctx, filter),
    selectPeople(ctx, filter, sort, options.all ? undefined : { limit, offset }),
  ])
  const careers = await selectPersonCareers(ctx, options.all ? undefined : rows.map((r) => r.id))
  return {
    items: rows.map((row) => toPerson(row, careers.get(row.id) ?? [])),
    total,
    limit,
    offset,
  }
}

export async function getPerson(ctx: Ctx, id: string): Promise<Person> {
  const [row] = await selectPeople(ctx, {}, 'name', undefined, [id])
  if (!row) throw new NotFoundError('person', id)
  const careers = await selectPersonCareers(ctx, [id])
  return toPerson(row, careers.get(id) ?? [])
}

export async function createPerson(ctx: Ctx, input: unknown): Promise<Person> {
  const data = parseInput(PersonCreate, input)
  const id = await inTransaction(ctx, async (tx) => {
    const now = tx.now().toISOString()
    const row: PersonRow = {
      id: newId(tx.now()),
      owner_id: tx.ownerId,
      name: tidy(data.name),
      name_key: fold(tidy(data.name)),
      first_name: data.firstName?.trim() || null,
      organization_id: data.organizationId ?? null,
      title: data.title ?? '',
      connection: data.connection ?? (data.referredById ? 'referral' : 'other'),
      connection_note: data.connectionNote ?? '',
      source: data.source ?? '',
      linkedin_url: data.linkedinUrl ? normalizeLinkedinUrl(data.linkedinUrl) : null,
      emails: JSON.stringify(uniqueFolded(data.emails ?? [])),
      phones: JSON.stringify(uniqueFolded(data.phones ?? [])),
      tags: JSON.stringify(uniqueFolded(data.tags ?? [])),
      notes: data.notes ?? '',
      referred_by_id: data.referredById ?? null,
      birthday: data.birthday || null,
      websites: JSON.stringify(uniqueFolded(data.websites ?? [])),
      profiles: JSON.stringify(uniqueProfiles(data.profiles ?? [])),
      created_at: now,
      updated_at: now,
    }
    await checkLinks(tx, row)
    await insertPerson(tx, row)
    await replacePersonCareers(
      tx,
      row.id,
      await requireCareerIds(tx, data.careerIds ?? [], 'careerIds'),
    )
    await indexPerson(tx, row)
    return row.id
  })
  return getPerson(ctx, id)
}

export async function updatePerson(ctx: Ctx, id: string, patch: unknown): Promise<Person> {
  const changes = parseInput(PersonPatch, patch)
  await inTransaction(ctx, async (tx) => {
    const current = await selectPerson(tx, id)
    if (!current) throw new NotFoundError('person', id)
    const name = changes.name === undefined ? current.name : tidy(changes.name)
    const next: PersonRow = {
      ...current,
      name,
      name_key: fold(name),
      first_name:
        changes.firstName === undefined ? current.first_name : changes.firstName?.trim() || null,
      organization_id:
        changes.organizationId === undefined ? current.organization_id : changes.organizationId,
      title: changes.title ?? current.title,
      connection: changes.connection ?? current.connection,
      connection_note: changes.connectionNote ?? current.connection_note,
      source: changes.source ?? current.source,
      linkedin_url:
        changes.linkedinUrl === undefined
          ? current.linkedin_url
          : changes.linkedinUrl
            ? normalizeLinkedinUrl(changes.linkedinUrl)
            : null,
      emails: changes.emails ? JSON.stringify(uniqueFolded(changes.emails)) : current.emails,
      phones: changes.phones ? JSON.stringify(uniqueFolded(changes.phones)) : current.phones,
      tags: changes.tags ? JSON.stringify(uniqueFolded(changes.tags)) : current.tags,
      notes: changes.notes ?? current.notes,
      referred_by_id:
        changes.referredById === undefined ? current.referred_by_id : changes.referredById,
      birthday: changes.birthday === undefined ? current.birthday : changes.birthday || null,
      websites: changes.websites
        ? JSON.stringify(uniqueFolded(changes.websites))
        : current.websites,
      profiles: changes.profiles
        ? JSON.stringify(uniqueProfiles(changes.profiles))
        : current.profiles,
      updated_at: tx.now().toISOString(),
    }
    await checkLinks(tx, next)
    await updatePersonRow(tx, next)
    if (changes.careerIds) {
      await replacePersonCareers(tx, id, await requireCareerIds(tx, changes.careerIds, 'careerIds'))
    }
    await indexPerson(tx, next)
  })
  return getPerson(ctx, id)
}

/**
 * Deletes a person with their conversations; people they referred stay,
 * without the link.
 */
export async function deletePerson(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (!(await selectPerson(tx, id))) throw new NotFoundError('person', id)
    await unindexConversations(tx, await selectConversationIdsOfPerson(tx, id))
    await deletePersonRow(tx, id)
    await unindexDocument(tx, 'person', id)
  })
}

/** Finds a person by id or by exact name (case- and accent-insensitive). */
export async function resolvePerson(ctx: Ctx, ref: string, path = 'person'): Promise<Person> {
  const byId = await selectPerson(ctx, ref)
  if (byId) return getPerson(ctx, byId.id)
  const matches = await selectPeopleByNameKey(ctx, fold(tidy(ref)))
  if (matches.length === 1 && matches[0]) return getPerson(ctx, matches[0].id)
  if (matches.length > 1)
    throw invalid(path, `"${ref}" names ${matches.length} people; use the id instead`)
  throw invalid(path, `no person named "${ref}"`)
}

/** How to greet someone: their first name, else the first word of their name. */
export function greetingName(person: Pick<Person, 'firstName' | 'name'>): string {
  return person.firstName || person.name.split(' ')[0] || person.name
}

async function checkLinks(ctx: Ctx, row: PersonRow): Promise<void> {
  if (row.organization_id) {
    const organization = await selectOrganization(ctx, row.organization_id)
    if (!organization)
      throw invalid('organizationId', `no organization with id ${row.organization_id}`)
  }
  if (row.referred_by_id) {
    if (row.referred_by_id === row.id)
      throw invalid('referredById', 'a person cannot refer themselves')
    if (!(await selectPerson(ctx, row.referred_by_id))) {
      throw invalid('referredById', `no person with id ${row.referred_by_id}`)
    }
  }
}

export function uniqueFolded(values: string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const value of values.map((v) => v.trim()).filter(Boolean)) {
    const key = fold(value)
    if (seen.has(key)) continue
    seen.add(key)
    result.push(value)
  }
  return result
}

/** Profiles without repeats (service and address compared folded), in the order given. */
export function uniqueProfiles(profiles: Profile[]): Profile[] {
  const seen = new Set<string>()
  return profiles.filter((p) => {
    const key = `${fold(p.service)}\u0000${fold(p.address)}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function toPerson(row: PersonListRow, careers: Array<{ id: string; name: string }>): Person {
  return {
    id: row.id,
    name: row.name,
    firstName: row.first_name,
    organizationId: row.organization_id,
    organization: row.organization_name,
    title: row.title,
    careerIds: careers.map((c) => c.id),
    careers: careers.map((c) => c.name),
    connection: storedEnum(connectionKinds, row.connection, 'other'),
    connectionNote: row.connection_note,
    source: row.source,
    linkedinUrl: row.linkedin_url,
    emails: JSON.parse(row.emails),
    phones: JSON.parse(row.phones),
    tags: JSON.parse(row.tags),
    notes: row.notes,
    referredById: row.referred_by_id,
    referredBy: row.referred_by_name,
    birthday: row.birthday,
    websites: jsonList(row.websites),
    profiles: storedProfiles(row.profiles),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

async function indexPerson(ctx: Ctx, row: PersonRow): Promise<void> {
  await indexDocument(ctx, personDocument(row))
}
