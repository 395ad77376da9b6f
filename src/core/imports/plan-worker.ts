/**
 * The worker thread of an import (see `plan-thread.ts`). In `plan` mode it
 * reads the file, matches and merges its rows, and posts each batch's rows
 * (serialized, the bytes transferred) to the thread that writes them, never
 * more than two batches ahead; the
 * people a batch matches it asks that thread for (it has the database). In
 * `import` mode it runs the whole import on its own PostgreSQL connection.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { LoadPeople } from './plan.ts'
import { type PlanOutcome, planFile } from './plan-file.ts'
import {
  type CallerMessage,
  type PlanWorkerData,
  packBatch,
  toWorkerError,
  type WorkerMessage,
} from './plan-thread.ts'
import type { PersonRow } from './repo.ts'

const port = parentPort
if (!port) throw new Error('plan-worker.ts runs as a worker thread')
const data = workerData as PlanWorkerData
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer)
const done = (outcome: Extract<WorkerMessage, { kind: 'done' }>['outcome']) => {
  const { fullReport } = outcome
  post({ kind: 'done', outcome }, fullReport ? [fullReport.buffer as ArrayBuffer] : [])
}

async function plan(only: Extract<PlanWorkerData, { mode: 'plan' }>): Promise<void> {
  const ahead = 2
  let unacknowledged = 0
  let resume: (() => void) | null = null
  let loaded: ((people: PersonRow[]) => void) | null = null
  port?.on('message', (message: CallerMessage) => {
    if (message.kind === 'loaded') {
      loaded?.(message.people)
      loaded = null
      return
    }
    unacknowledged--
    resume?.()
    resume = null
  })
  // One request at a time: the planning waits for each answer.
  const load: LoadPeople = (ids) =>
    new Promise((answer) => {
      loaded = answer
      post({ kind: 'load', ids })
    })
  const batches = planFile(only.input, only.existing, only.options, load)
  for (let next = await batches.next(); ; next = await batches.next()) {
    if (next.done) return done(next.value)
    // Serialized here and handed over whole (see `WorkerMessage`).
    const bytes = packBatch(next.value)
    post({ kind: 'batch', bytes }, [bytes.buffer as ArrayBuffer])
    if (++unacknowledged >= ahead) await new Promise<void>((wake) => (resume = wake))
  }
}

async function wholeImport(job: Extract<PlanWorkerData, { mode: 'import' }>): Promise<void> {
  // Loaded here: a planning worker never needs the database's modules (a few megabytes of heap).
  const [{ connectDatabase }, { importInTransaction }] = await Promise.all([
    import('../../db/connect.ts'),
    import('./write-import.ts'),
  ])
  const database = connectDatabase({ databaseUrl: job.databaseUrl, maxConnections: 1 })
  let outcome: PlanOutcome
  try {
    const now = new Date(job.now)
    const ctx = { db: database.db, engine: database.engine, ownerId: job.ownerId, now: () => now }
    outcome = await importInTransaction(ctx, job.input, {
      ...job.run,
      planOffThread: false,
      onProgress: (progress) => post({ kind: 'progress', progress }),
    })
  } finally {
    // Closed before the answer, so the caller's terminate never cuts a connection short.
    await database.close()
  }
  done(outcome)
}

try {
  await (data.mode === 'plan' ? plan(data) : wholeImport(data))
} catch (error) {
  post({ kind: 'failed', error: toWorkerError(error) })
}
