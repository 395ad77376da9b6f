import { organizationDocument } from '../backup/search-documents.ts'
import { type Ctx, inTransaction } from '../context.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { indexDocument, unindexDocument } from '../search/service.ts'
import { requireCareerIds } from '../shared/links.ts'
import type { Page } from '../shared/schema.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import {
  countOrganizations,
  countPeopleByOrganization,
  deleteOrganizationRow,
  insertOrganization,
  type OrganizationRow,
  replaceOrganizationCareers,
  selectOrganization,
  selectOrganizationCareers,
  selectOrganizations,
  selectOrganizationsByNameKey,
  updateOrganizationRow,
} from './repo.ts'
import {
  type Organization,
  OrganizationCreate,
  OrganizationListQuery,
  OrganizationPatch,
} from './schema.ts'

/**
 * Organizations, by default in LAMP order: motivation, then posting, then
 * advocacy, highest first; unrated ones last.
 */
export async function listOrganizations(
  ctx: Ctx,
  query: unknown = {},
  options: { all?: boolean } = {},
): Promise<Page<Organization>> {
  const { limit, offset, q, careerId, sort } = parseInput(OrganizationListQuery, query)
  const filter = { nameKey: q?.trim() ? fold(q.trim()) : undefined, careerId }
  const [total, rows] = await Promise.all([
    countOrganizations(ctx, filter),
    selectOrganizations(ctx, filter, sort, options.all ? undefined : limit, offset),
  ])
  return { items: await decorate(ctx, rows, options.all), total, limit, offset }
}

export async function getOrganization(ctx: Ctx, id: string): Promise<Organization> {
  const row = await selectOrganization(ctx, id)
  if (!row) throw new NotFoundError('organization', id)
  const [organization] = await decorate(ctx, [row])
  if (!organization) throw new NotFoundError('organization', id)
  return organization
}

export async function createOrganization(ctx: Ctx, input: unknown): Promise<Organization> {
  const data = parseInput(OrganizationCreate, input)
  const id = await inTransaction(ctx, async (tx) => {
    const careerIds = await requireCareerIds(tx, data.careerIds ?? [], 'careerIds')
    const now = tx.now().toISOString()
    const row: OrganizationRow = {
      id: newId(tx.now()),
      owner_id: tx.ownerId,
      name: tidy(data.name),
      name_key: fold(tidy(data.name)),
      website: normalizeWebsite(data.website),
      industry: data.industry ?? '',
      notes: data.notes ?? '',
      advocacy: data.advocacy ? 1 : 0,
      motivation: data.motivation ?? null,
      posting: data.posting ?? null,
      created_at: now,
      updated_at: now,
    }
    await insertOrganization(tx, row)
    await replaceOrganizationCareers(tx, row.id, careerIds)
    await indexOrganization(tx, row)
    return row.id
  })
  return getOrganization(ctx, id)
}

export async function updateOrganization(
  ctx: Ctx,
  id: string,
  patch: unknown,
): Promise<Organization> {
  const changes = parseInput(OrganizationPatch, patch)
  await inTransaction(ctx, async (tx) => {
    const current = await selectOrganization(tx, id)
    if (!current) throw new NotFoundError('organization', id)
    const name = changes.name === undefined ? current.name : tidy(changes.name)
    const next: OrganizationRow = {
      ...current,
      name,
      name_key: fold(name),
      website: changes.website === undefined ? current.website : normalizeWebsite(changes.website),
      industry: changes.industry ?? current.industry,
      notes: changes.notes ?? current.notes,
      advocacy: changes.advocacy === undefined ? current.advocacy : changes.advocacy ? 1 : 0,
      motivation: changes.motivation === undefined ? current.motivation : changes.motivation,
      posting: changes.posting === undefined ? current.posting : changes.posting,
      updated_at: tx.now().toISOString(),
    }
    await updateOrganizationRow(tx, next)
    if (changes.careerIds) {
      await replaceOrganizationCareers(
        tx,
        id,
        await requireCareerIds(tx, changes.careerIds, 'careerIds'),
      )
    }
    await indexOrganization(tx, next)
  })
  return getOrganization(ctx, id)
}

/** Deletes an organization; its people stay, without an organization. */
export async function deleteOrganization(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    if (!(await selectOrganization(tx, id))) throw new NotFoundError('organization', id)
    await deleteOrganizationRow(tx, id)
    await unindexDocument(tx, 'organization', id)
  })
}

/** Finds an organization by id or by name (case- and accent-insensitive). */
export async function resolveOrganization(
  ctx: Ctx,
  ref: string,
  path = 'organization',
): Promise<Organization> {
  const found = await findOrganization(ctx, ref, path)
  if (!found) throw invalid(path, `no organization named "${ref}"`)
  return found
}

/** Finds an organization by id or name, or makes one with that name. */
export async function findOrCreateOrganization(
  ctx: Ctx,
  ref: string,
  path = 'organization',
): Promise<{ organization: Organization; created: boolean }> {
  const found = await findOrganization(ctx, ref, path)
  if (found) return { organization: found, created: false }
  return { organization: await createOrganization(ctx, { name: ref }), created: true }
}

async function findOrganization(
  ctx: Ctx,
  ref: string,
  path: string,
): Promise<Organization | undefined> {
  const byId = await selectOrganization(ctx, ref)
  if (byId) return getOrganization(ctx, byId.id)
  const matches = await selectOrganizationsByNameKey(ctx, fold(tidy(ref)))
  if (matches.length > 1)
    throw invalid(path, `"${ref}" names ${matches.length} organizations; use the id instead`)
  return matches[0] ? getOrganization(ctx, matches[0].id) : undefined
}

async function decorate(ctx: Ctx, rows: OrganizationRow[], all = false): Promise<Organization[]> {
  const ids = all ? undefined : rows.map((r) => r.id)
  const [careers, people] = await Promise.all([
    selectOrganizationCareers(ctx, ids),
    countPeopleByOrganization(ctx, ids),
  ])
  return rows.map((row) => {
    const refs = careers.get(row.id) ?? []
    return {
      id: row.id,
      name: row.name,
      website: row.website,
      industry: row.industry,
      notes: row.notes,
      advocacy: row.advocacy === 1,
      motivation: row.motivation,
      posting: row.posting,
      careerIds: refs.map((c) => c.id),
      careers: refs,
      peopleCount: people.get(row.id) ?? 0,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }
  })
}

function normalizeWebsite(value: string | null | undefined): string | null {
  if (!value?.trim()) return null
  const trimmed = value.trim()
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`
}

function indexOrganization(ctx: Ctx, row: OrganizationRow): Promise<void> {
  return indexDocument(ctx, organizationDocument(row))
}
