import { deserialize, serialize } from 'node:v8'
import { Worker } from 'node:worker_threads'
import type { ImportInput } from '../../formats/import.ts'
import { type FieldIssue, ValidationError } from '../errors.ts'
import { ImportsBusyError } from './busy.ts'
import type { Existing, LoadPeople } from './plan.ts'
import type { PlanFileOptions, PlanOutcome, WriteBatch } from './plan-file.ts'
import type { PersonRow } from './repo.ts'
import type { ImportProgress } from './schema.ts'
import type { ImportRun } from './write-import.ts'

/**
 * What a worker is started with: a file to plan against the explorer's
 * people (`plan`: the batches come back to be written), or a whole import
 * to run on its own connection to PostgreSQL (`import`).
 */
export type PlanWorkerData =
  | { mode: 'plan'; input: ImportInput; existing: Existing; options: PlanFileOptions }
  | {
      mode: 'import'
      input: ImportInput
      databaseUrl: string
      ownerId: string
      now: string
      run: Omit<ImportRun, 'onProgress' | 'planOffThread'>
    }

/** What the caller posts to a planning worker: a batch was taken, or the people it asked for. */
export type CallerMessage = { kind: 'ack' } | { kind: 'loaded'; people: PersonRow[] }

/** An error as it crosses between threads. */
export interface WorkerError {
  kind: 'refusal' | 'busy' | 'bug'
  message: string
  issues?: FieldIssue[]
  retryAfterSeconds?: number
}

/**
 * What a worker posts. A batch comes as its serialized bytes (`packBatch`),
 * their memory transferred, not copied: the caller turns them into rows
 * only when it writes them (`unpackBatch`). Posted as objects, the batches
 * waiting their turn were copied into the caller's heap on arrival and
 * outlived enough of its minor collections to be moved to its old
 * generation: every batch ended there, hundreds of kilobytes each, until a
 * full collection.
 */
export type WorkerMessage =
  | { kind: 'batch'; bytes: Uint8Array }
  /** The planning needs these people whole (see `LoadPeople`). */
  | { kind: 'load'; ids: string[] }
  | { kind: 'progress'; progress: ImportProgress }
  | { kind: 'done'; outcome: PlanOutcome }
  | { kind: 'failed'; error: WorkerError }

type Event =
  | WorkerMessage
  | { kind: 'crashed'; error: Error & { code?: string } }
  | { kind: 'exited'; code: number }

/**
 * A batch as bytes to transfer to the thread that writes it (V8's
 * serialization: what `postMessage` would copy). The bytes own their
 * memory, so it moves with them.
 *
 * @example post({ kind: 'batch', bytes }, [(bytes = packBatch(batch)).buffer])
 */
export function packBatch(batch: WriteBatch): Uint8Array {
  const bytes = serialize(batch)
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
  return whole ? bytes : new Uint8Array(bytes)
}

/**
 * The batch `packBatch` made. A value most rows share (the owner, the
 * instant, the source, an empty list) arrives once per row, since
 * serialization copies strings by value: each row here is given the first
 * row's copy of any string equal to it, so the batch holds one, and the
 * copies die young.
 */
export function unpackBatch(bytes: Uint8Array): WriteBatch {
  const batch = deserialize(bytes) as WriteBatch
  shareFirstRowStrings(batch.organizations)
  shareFirstRowStrings(batch.people)
  shareFirstRowStrings(batch.changed)
  return batch
}

function shareFirstRowStrings(rows: ReadonlyArray<object>): void {
  const first = rows[0] as Record<string, unknown> | undefined
  if (!first) return
  for (const key of Object.keys(first)) {
    const value = first[key]
    if (typeof value !== 'string' || value.length === 0) continue
    for (let i = 1; i < rows.length; i++) {
      const row = rows[i] as Record<string, unknown>
      if (row[key] === value) row[key] = value
    }
  }
}

/**
 * The heap a worker may use. Planning keeps some 130 bytes per person
 * (keys only, in typed arrays: `compact.ts`), which this limit does not
 * count (the file's row limit bounds them); its heap holds a batch at a
 * time. Past it the worker is stopped and the import refused, and the
 * server goes on.
 */
const workerHeapMb = 1024

/**
 * An error as a worker posts it: refusals and busy answers keep their
 * sentence; anything else is a bug, with its stack for the log.
 *
 * @example post({ kind: 'failed', error: toWorkerError(error) })
 */
export function toWorkerError(error: unknown): WorkerError {
  if (error instanceof ImportsBusyError) {
    return { kind: 'busy', message: error.message, retryAfterSeconds: error.retryAfterSeconds }
  }
  if (error instanceof ValidationError) {
    return { kind: 'refusal', message: error.message, issues: error.issues }
  }
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return { kind: 'bug', message }
}

function fromWorkerError(error: WorkerError): Error {
  if (error.kind === 'busy') return new ImportsBusyError(error.message, error.retryAfterSeconds)
  if (error.kind === 'refusal') return new ValidationError(error.issues ?? [], error.message)
  return new Error(`the import's worker failed: ${error.message}`)
}

/** Starts a worker and hands out what it posts, one event at a time. */
function startWorker(data: PlanWorkerData): {
  worker: Worker
  next: () => Promise<Event>
} {
  const copy = data.input instanceof Uint8Array ? data.input.slice() : data.input
  const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), {
    workerData: { ...data, input: copy },
    transferList: copy instanceof Uint8Array ? [copy.buffer as ArrayBuffer] : [],
    resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
  })
  const events: Event[] = []
  let wake: (() => void) | null = null
  const push = (event: Event) => {
    events.push(event)
    wake?.()
    wake = null
  }
  worker.on('message', (message: WorkerMessage) => push(message))
  worker.on('error', (error: Error) => push({ kind: 'crashed', error }))
  worker.on('exit', (code) => push({ kind: 'exited', code }))
  return {
    worker,
    async next() {
      while (events.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      return events.shift() as Event
    },
  }
}

/** The error of a worker that crashed or ended without an answer. */
function endedBadly(event: Event): Error {
  if (event.kind === 'failed') return fromWorkerError(event.error)
  if (event.kind === 'crashed') {
    if (event.error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      const message =
        'The file needs more memory to import than this server gives one import. Split it into smaller files and import them one after the other.'
      return new ValidationError([{ path: 'file', message }], message)
    }
    return event.error
  }
  return new Error(`the import's worker stopped (exit code ${'code' in event ? event.code : '?'})`)
}

/**
 * `planFile` in a worker thread: the same batches and outcome, with the
 * reading, matching and merging of the file off the caller's event loop,
 * so the caller writes one batch while the worker plans the next. The
 * people a batch matches are read here with `load`, on the worker's
 * request. The bytes are copied to the worker (the caller keeps its own); a refusal
 * arrives as the same ValidationError; a worker that runs out of memory or
 * dies is a refusal that says so.
 *
 * @example for await (const batch of planInWorker(bytes, existing, options, load)) await write(batch)
 */
export async function* planInWorker(
  input: ImportInput,
  existing: Existing,
  options: PlanFileOptions,
  load: LoadPeople,
): AsyncGenerator<WriteBatch, PlanOutcome> {
  const { worker, next } = startWorker({ mode: 'plan', input, existing, options })
  const post = (message: CallerMessage) => worker.postMessage(message)
  try {
    for (;;) {
      const event = await next()
      if (event.kind === 'batch') {
        yield unpackBatch(event.bytes)
        post({ kind: 'ack' })
      } else if (event.kind === 'load') post({ kind: 'loaded', people: await load(event.ids) })
      else if (event.kind === 'done') return event.outcome
      else if (event.kind !== 'progress') throw endedBadly(event)
    }
  } finally {
    await worker.terminate()
  }
}

/**
 * A whole import in a worker thread with its own connection to PostgreSQL:
 * planning, writing and the transaction all there, so the caller's thread
 * only waits (and hears the progress). PostgreSQL lets the worker's
 * transaction write beside the server's other connections; SQLite has one
 * writer, so there the caller writes (`planInWorker`).
 *
 * @example const { report } = await importInWorker(bytes, databaseUrl, ctx, run)
 */
export async function importInWorker(
  input: ImportInput,
  databaseUrl: string,
  who: { ownerId: string; now: string },
  run: ImportRun,
): Promise<PlanOutcome> {
  const { onProgress, planOffThread: _, ...plain } = run
  const { worker, next } = startWorker({ mode: 'import', input, databaseUrl, ...who, run: plain })
  try {
    for (;;) {
      const event = await next()
      if (event.kind === 'progress') onProgress?.(event.progress)
      else if (event.kind === 'done') return event.outcome
      else if (event.kind !== 'batch' && event.kind !== 'load') throw endedBadly(event)
    }
  } finally {
    await worker.terminate()
  }
}
