import { setImmediate } from 'node:timers/promises'
import { tryTransactionLock } from '../../db/dialect.ts'
import type { ImportInput } from '../../formats/import.ts'
import {
  organizationDocument,
  personDocument,
  writeSearchDocuments,
} from '../backup/search-documents.ts'
import type { Ctx } from '../context.ts'
import { insertInBatches, type RowSource, rowFailure, writeRow } from './batches.ts'
import { accountBusy } from './busy.ts'
import { type PlanFileOptions, type PlanOutcome, planFile, type WriteBatch } from './plan-file.ts'
import { planInWorker } from './plan-thread.ts'
import {
  insertOrganizations,
  insertPeople,
  selectAllOrganizations,
  selectAllPeople,
  updateImportedPerson,
} from './repo.ts'
import type { ImportProgress } from './schema.ts'

/** How one import runs, besides its file and what it plans. */
export interface ImportRun {
  plan: Omit<PlanFileOptions, 'ownerId' | 'now'>
  /** Plan in a worker thread while this one writes (else both here). */
  planOffThread: boolean
  /** Imports the account may run at once across every app server. */
  perAccount: number
  onProgress?: ((progress: ImportProgress) => void) | undefined
}

/** Carries a dry run's outcome out of the transaction it rolls back. */
class DryRunDone extends Error {
  readonly outcome: PlanOutcome
  constructor(outcome: PlanOutcome) {
    super('dry run')
    this.outcome = outcome
  }
}

/**
 * Runs one import in one transaction on `ctx`: takes the account's import
 * lock (see `tryTransactionLock`), loads the explorer's people and
 * organizations, and writes each batch the planning yields (planned here or
 * in a worker thread) while the next is planned. A dry run is rolled back;
 * a failure rolls everything back. Joins the caller's transaction when
 * there is one (not for a dry run).
 *
 * @example const { report } = await importInTransaction(ctx, bytes, run)
 */
export async function importInTransaction(
  ctx: Ctx,
  input: ImportInput,
  run: ImportRun,
): Promise<PlanOutcome> {
  const work = async (tx: Ctx): Promise<PlanOutcome> => {
    const name = `import:${tx.ownerId}`
    if (!(await tryTransactionLock(tx.db, tx.engine, name, run.perAccount))) {
      throw accountBusy(run.perAccount)
    }
    const [people, organizations] = await Promise.all([
      selectAllPeople(tx),
      selectAllOrganizations(tx),
    ])
    const options = { ...run.plan, ownerId: tx.ownerId, now: tx.now().toISOString() }
    const existing = { people, organizations }
    const plan = run.planOffThread
      ? planInWorker(input, existing, options)
      : planFile(input, existing, options)
    return writePlanned(tx, plan, run.onProgress)
  }
  if (ctx.db.isTransaction) {
    if (run.plan.dryRun) throw new Error('a dry run needs its own transaction to roll back')
    return work(ctx)
  }
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const done = await work({ ...ctx, db: trx })
      if (run.plan.dryRun) throw new DryRunDone(done)
      return done
    })
  } catch (error) {
    if (error instanceof DryRunDone) return error.outcome
    throw error
  }
}

/**
 * Writes what a planning yields, batch after batch, asking for the next
 * batch while the last one is written (on PostgreSQL the database works
 * while the planner does); each batch ends with a turn of the event loop,
 * so other requests on this thread go between.
 */
async function writePlanned(
  ctx: Ctx,
  plan: AsyncGenerator<WriteBatch, PlanOutcome>,
  onProgress: ImportRun['onProgress'],
): Promise<PlanOutcome> {
  let writing: Promise<void> = Promise.resolve()
  try {
    for (let next = await plan.next(); ; next = await plan.next()) {
      await writing
      if (next.done) return next.value
      const batch = next.value
      writing = writeBatch(ctx, batch).then(async () => {
        onProgress?.(batch.progress)
        await setImmediate()
      })
      // Awaited above (or by the finally): noted as handled while the next batch is planned.
      writing.catch(() => undefined)
    }
  } finally {
    await writing.catch(() => undefined)
    await plan.return(undefined as never)
  }
}

/**
 * Writes one batch: its new organizations (before the people who work
 * there), its new people with their search entries, then the people it
 * changed. Multi-row inserts sized under both engines' parameter limits; a
 * failing row is named (see `insertInBatches`).
 */
async function writeBatch(ctx: Ctx, batch: WriteBatch): Promise<void> {
  const sources = new Map(batch.sources)
  const sourceOf = (id: string, name: string): RowSource => sources.get(id) ?? { row: 0, name }
  await insertInBatches(
    ctx,
    batch.organizations,
    12,
    (tx, rows) => insertOrganizations(tx, rows),
    (o, error) => rowFailure(sourceOf(o.id, o.name), error),
  )
  await insertInBatches(
    ctx,
    batch.people,
    18,
    async (tx, rows) => {
      await insertPeople(tx, rows)
      await writeSearchDocuments(tx, rows.map(personDocument))
    },
    (p, error) => rowFailure(sourceOf(p.id, p.name), error),
  )
  for (const row of batch.changed) {
    await writeRow(sourceOf(row.id, row.name), () => updateImportedPerson(ctx, row))
  }
  await writeSearchDocuments(ctx, [
    ...batch.organizations.map(organizationDocument),
    ...batch.changed.map(personDocument),
  ])
}
