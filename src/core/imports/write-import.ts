import { setImmediate } from 'node:timers/promises'
import { insertInBatches } from '../../db/batches.ts'
import { BULK_WRITE_ROWS } from '../../db/statistics.ts'
import type { ImportInput } from '../../formats/import.ts'
import { organizationDocument, personDocument } from '../backup/search-documents.ts'
import { type Ctx, inOpenTransaction, inOwnTransaction } from '../context.ts'
import { type BulkIndexing, bulkIndexing, writeSearchDocuments } from '../search/service.ts'
import { accountBusy } from './busy.ts'
import type { LoadPeople } from './plan.ts'
import { type PlanFileOptions, type PlanOutcome, planFile, type WriteBatch } from './plan-file.ts'
import { planInWorker } from './plan-thread.ts'
import {
  insertOrganizations,
  insertPeople,
  refreshImportStatistics,
  selectAllOrganizations,
  selectPeopleByIds,
  selectPersonKeys,
  tryImportLock,
  updateImportedPeople,
} from './repo.ts'
import { rowFailure } from './row-failure.ts'
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
 * lock (see `tryImportLock`), loads the keys of the explorer's people
 * and the organizations, and writes each batch the planning yields (planned
 * here or in a worker thread) while the next is planned; the planning reads
 * the people a batch matches once the batches before it are written. A dry run is rolled back;
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
    if (!(await tryImportLock(tx, name, run.perAccount))) {
      throw accountBusy(run.perAccount)
    }
    const [people, organizations] = await Promise.all([
      selectPersonKeys(tx),
      selectAllOrganizations(tx),
    ])
    const options = { ...run.plan, ownerId: tx.ownerId, now: tx.now().toISOString() }
    const existing = { people, organizations }
    const writes: Writes = { pending: Promise.resolve() }
    // Every batch handed out before is being written (or was): wait, then read.
    const load: LoadPeople = async (ids) => {
      await writes.pending
      return selectPeopleByIds(tx, ids)
    }
    const plan = run.planOffThread
      ? planInWorker(input, existing, options, load)
      : planFile(input, existing, options, load)
    return writePlanned(tx, plan, writes, run.onProgress, bulkIndexing(tx))
  }
  if (inOpenTransaction(ctx)) {
    if (run.plan.dryRun) throw new Error('a dry run needs its own transaction to roll back')
    return work(ctx)
  }
  try {
    const done = await inOwnTransaction(ctx, async (tx) => {
      const done = await work(tx)
      if (run.plan.dryRun) throw new DryRunDone(done)
      return done
    })
    // On the import's own connection (a worker's, when it runs in one).
    const written = done.report.created + done.report.updated
    if (written >= BULK_WRITE_ROWS) await refreshImportStatistics(ctx)
    return done
  } catch (error) {
    if (error instanceof DryRunDone) return error.outcome
    throw error
  }
}

/** The write of the last batch handed out, which waits for those before it. */
interface Writes {
  pending: Promise<void>
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
  writes: Writes,
  onProgress: ImportRun['onProgress'],
  indexing: BulkIndexing,
): Promise<PlanOutcome> {
  try {
    for (let next = await plan.next(); ; next = await plan.next()) {
      await writes.pending
      if (next.done) {
        await indexing.finish()
        return next.value
      }
      const batch = next.value
      writes.pending = writeBatch(ctx, batch).then(async () => {
        await indexing.wrote(
          batch.people.length + batch.organizations.length + batch.changed.length,
        )
        onProgress?.(batch.progress)
        await setImmediate()
      })
      // Awaited above (or by the finally): noted as handled while the next batch is planned.
      writes.pending.catch(() => undefined)
    }
  } finally {
    await writes.pending.catch(() => undefined)
    await plan.return(undefined as never)
  }
}

/**
 * Writes one batch: its new organizations (before the people who work
 * there), its new people with their search entries, then the people it
 * changed. Multi-row statements sized under both engines' parameter limits,
 * so a batch costs the same few statements however many of its rows are
 * new or changed; a failing row is named (see `insertInBatches`).
 */
async function writeBatch(ctx: Ctx, batch: WriteBatch): Promise<void> {
  const sources = new Map(batch.sources)
  const failure = ({ id, name }: { id: string; name: string }, error: unknown) =>
    rowFailure(sources.get(id) ?? { row: 0, name }, error)
  await insertInBatches(ctx, batch.organizations, 12, insertOrganizations, failure)
  await insertInBatches(
    ctx,
    batch.people,
    21,
    async (tx, rows) => {
      await insertPeople(tx, rows)
      await writeSearchDocuments(tx, rows.map(personDocument))
    },
    failure,
  )
  await insertInBatches(ctx, batch.changed, 21, updateImportedPeople, failure)
  await writeSearchDocuments(ctx, [
    ...batch.organizations.map(organizationDocument),
    ...batch.changed.map(personDocument),
  ])
}
