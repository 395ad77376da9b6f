import { careerDocument } from '../backup/search-documents.ts'
import { type Ctx, inTransaction } from '../context.ts'
import { ConflictError, invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { indexDocument, unindexDocument } from '../search/service.ts'
import { getSettings } from '../settings/service.ts'
import { type Page, storedEnum } from '../shared/schema.ts'
import { fold } from '../text.ts'
import { parseInput } from '../validate.ts'
import { careersCoverage, coverageOf } from './coverage.ts'
import {
  type CareerRow,
  countLinks,
  deleteCareerRow,
  insertCareer,
  selectCareer,
  selectCareers,
  updateCareerRow,
} from './repo.ts'
import {
  type Career,
  CareerCreate,
  CareerListQuery,
  CareerPatch,
  type Coverage,
  careerStatuses,
} from './schema.ts'

/**
 * The explorer's careers in tree order: each career followed by its focus
 * areas, siblings by name.
 */
export async function listCareers(ctx: Ctx, query: unknown = {}): Promise<Page<Career>> {
  const { limit, offset, status, q } = parseInput(CareerListQuery, query)
  const all = await careerTree(ctx)
  const needle = q ? fold(q.trim()) : ''
  const matching = all.filter(
    (c) => (!status || c.status === status) && (!needle || fold(c.name).includes(needle)),
  )
  return { items: matching.slice(offset, offset + limit), total: matching.length, limit, offset }
}

export async function getCareer(ctx: Ctx, id: string): Promise<Career> {
  const career = (await careerTree(ctx)).find((c) => c.id === id)
  if (!career) throw new NotFoundError('career', id)
  return career
}

export async function createCareer(ctx: Ctx, input: unknown): Promise<Career> {
  const data = parseInput(CareerCreate, input)
  const id = await inTransaction(ctx, async (tx) => {
    if (data.parentId) await requireCareer(tx, data.parentId, 'parentId')
    const now = tx.now().toISOString()
    const row: CareerRow = {
      id: newId(tx.now()),
      owner_id: tx.ownerId,
      parent_id: data.parentId ?? null,
      name: data.name,
      name_key: fold(data.name),
      status: data.status ?? 'exploring',
      hypothesis: data.hypothesis ?? '',
      notes: data.notes ?? '',
      created_at: now,
      updated_at: now,
    }
    await insertCareer(tx, row)
    await indexCareer(tx, row)
    return row.id
  })
  return getCareer(ctx, id)
}

export async function updateCareer(ctx: Ctx, id: string, patch: unknown): Promise<Career> {
  const changes = parseInput(CareerPatch, patch)
  await inTransaction(ctx, async (tx) => {
    const current = await selectCareer(tx, id)
    if (!current) throw new NotFoundError('career', id)
    if (changes.parentId) {
      await requireCareer(tx, changes.parentId, 'parentId')
      const rows = await selectCareers(tx)
      if (ancestorIds(rows, changes.parentId).has(id) || changes.parentId === id) {
        throw invalid(
          'parentId',
          'a career cannot sit under itself or under one of its own focus areas',
        )
      }
    }
    const next: CareerRow = {
      ...current,
      parent_id: changes.parentId === undefined ? current.parent_id : changes.parentId,
      name: changes.name ?? current.name,
      name_key: fold(changes.name ?? current.name),
      status: changes.status ?? current.status,
      hypothesis: changes.hypothesis ?? current.hypothesis,
      notes: changes.notes ?? current.notes,
      updated_at: tx.now().toISOString(),
    }
    await updateCareerRow(tx, id, next)
    await indexCareer(tx, next)
  })
  return getCareer(ctx, id)
}

/**
 * Deletes a career and its links to people and conversations (those records
 * stay). A career with focus areas is refused; dropping keeps the history.
 */
export async function deleteCareer(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const rows = await selectCareers(tx)
    const career = rows.find((r) => r.id === id)
    if (!career) throw new NotFoundError('career', id)
    const children = rows.filter((r) => r.parent_id === id)
    if (children.length > 0) {
      throw new ConflictError(
        `"${career.name}" has ${children.length} focus area${children.length === 1 ? '' : 's'} (${children
          .map((c) => c.name)
          .join(
            ', ',
          )}); delete or move them first, or set its status to dropped to keep its history`,
      )
    }
    await deleteCareerRow(tx, id)
    await unindexDocument(tx, 'career', id)
  })
}

/**
 * Finds a career by id or by name (case- and accent-insensitive), for the CLI
 * and imports. Throws when nothing or more than one career matches.
 */
export async function resolveCareer(ctx: Ctx, ref: string, path = 'career'): Promise<Career> {
  const all = await careerTree(ctx)
  const byId = all.find((c) => c.id === ref)
  if (byId) return byId
  const matches = all.filter((c) => fold(c.name) === fold(ref.trim()))
  if (matches.length === 1 && matches[0]) return matches[0]
  if (matches.length > 1) {
    throw invalid(path, `"${ref}" names ${matches.length} careers; use the id instead`)
  }
  const known = all.map((c) => c.name).join(', ')
  throw invalid(
    path,
    `no career named "${ref}"${known ? `; known careers: ${known}` : ' (there are no careers yet)'}`,
  )
}

async function requireCareer(ctx: Ctx, id: string, path: string): Promise<void> {
  if (!(await selectCareer(ctx, id))) throw invalid(path, `no career with id ${id}`)
}

async function careerTree(ctx: Ctx): Promise<Career[]> {
  const [rows, counts, settings] = await Promise.all([
    selectCareers(ctx),
    countLinks(ctx),
    getSettings(ctx),
  ])
  const coverage = await careersCoverage(
    ctx,
    rows.map((r) => ({ id: r.id, parentId: r.parent_id })),
    settings,
  )
  return inTreeOrder(rows, (row, path) =>
    toCareer(row, path, counts, coverage.get(row.id) ?? coverageOf([], settings)),
  )
}

/** A career as a tree needs it: no counts, no coverage. */
export type CareerNode = Omit<Career, 'peopleCount' | 'conversationCount' | 'coverage'>

/**
 * The explorer's careers in tree order, in one statement: for the board and
 * the comparison, which count conversations and coverage from their own evidence.
 */
export async function careerOutline(ctx: Ctx): Promise<CareerNode[]> {
  return inTreeOrder(await selectCareers(ctx), toCareerNode)
}

/** Each career followed by its focus areas, siblings by name. */
function inTreeOrder<T>(rows: CareerRow[], make: (row: CareerRow, path: string[]) => T): T[] {
  const byParent = new Map<string | null, CareerRow[]>()
  for (const row of rows) {
    const siblings = byParent.get(row.parent_id) ?? []
    siblings.push(row)
    byParent.set(row.parent_id, siblings)
  }
  const ordered: T[] = []
  const visit = (parentId: string | null, path: string[]) => {
    const children = (byParent.get(parentId) ?? []).sort((a, b) =>
      a.name_key.localeCompare(b.name_key),
    )
    for (const row of children) {
      ordered.push(make(row, path))
      visit(row.id, [...path, row.name])
    }
  }
  visit(null, [])
  return ordered
}

function toCareerNode(row: CareerRow, path: string[]): CareerNode {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    status: storedEnum(careerStatuses, row.status, 'exploring'),
    hypothesis: row.hypothesis,
    notes: row.notes,
    path,
    depth: path.length,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toCareer(
  row: CareerRow,
  path: string[],
  counts: Awaited<ReturnType<typeof countLinks>>,
  coverage: Coverage,
): Career {
  return {
    ...toCareerNode(row, path),
    peopleCount: counts.people.get(row.id) ?? 0,
    conversationCount: counts.conversations.get(row.id) ?? 0,
    coverage,
  }
}

function ancestorIds(rows: CareerRow[], startId: string): Set<string> {
  const parents = new Map(rows.map((r) => [r.id, r.parent_id]))
  const seen = new Set<string>()
  let current: string | null | undefined = startId
  while (current && !seen.has(current)) {
    seen.add(current)
    current = parents.get(current)
  }
  return seen
}

function indexCareer(ctx: Ctx, row: CareerRow): Promise<void> {
  return indexDocument(ctx, careerDocument(row))
}
