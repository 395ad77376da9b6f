import { Worker } from 'node:worker_threads'
import type { ImportInput } from '../../formats/import.ts'
import { type FieldIssue, ValidationError } from '../errors.ts'
import type { Existing } from './plan.ts'
import type { PlanFileOptions, PlanOutcome, WriteBatch } from './plan-file.ts'

/** What the planning worker is started with. */
export interface PlanWorkerData {
  input: ImportInput
  existing: Existing
  options: PlanFileOptions
}

/** What the planning worker posts. */
export type WorkerMessage =
  | { kind: 'batch'; batch: WriteBatch }
  | { kind: 'done'; outcome: PlanOutcome }
  | {
      kind: 'failed'
      error: { refusal: boolean; message: string; issues?: FieldIssue[] }
    }

type Event =
  | WorkerMessage
  | { kind: 'crashed'; error: Error & { code?: string } }
  | { kind: 'exited'; code: number }

/**
 * The heap a planning worker may use. A 100,000-row file needs about a
 * fifth of it; past it the worker is stopped and the import refused, and
 * the server goes on.
 */
const workerHeapMb = 1024

/**
 * `planFile` in a worker thread: the same batches and outcome, with the
 * reading, matching and merging of the file off the caller's event loop,
 * so the caller writes one batch while the worker plans the next. The
 * bytes are copied to the worker (the caller keeps its own); a refusal
 * arrives as the same ValidationError; a worker that runs out of memory or
 * dies is a refusal that says so.
 *
 * @example for await (const batch of planInWorker(bytes, existing, options)) await write(batch)
 */
export async function* planInWorker(
  input: ImportInput,
  existing: Existing,
  options: PlanFileOptions,
): AsyncGenerator<WriteBatch, PlanOutcome> {
  const copy = input instanceof Uint8Array ? input.slice() : input
  const data: PlanWorkerData = { input: copy, existing, options }
  const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), {
    workerData: data,
    transferList: copy instanceof Uint8Array ? [copy.buffer] : [],
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
  try {
    for (;;) {
      if (events.length === 0) await new Promise<void>((resolve) => (wake = resolve))
      const event = events.shift()
      if (!event) continue
      if (event.kind === 'batch') {
        yield event.batch
        worker.postMessage('ack')
      } else if (event.kind === 'done') {
        return event.outcome
      } else if (event.kind === 'failed') {
        const { error } = event
        if (error.refusal) throw new ValidationError(error.issues ?? [], error.message)
        throw new Error(`the import's planning failed: ${error.message}`)
      } else if (event.kind === 'crashed') {
        if (event.error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          const message =
            'The file needs more memory to import than this server gives one import. Split it into smaller files and import them one after the other.'
          throw new ValidationError([{ path: 'file', message }], message)
        }
        throw event.error
      } else {
        throw new Error(`the import's planning stopped (exit code ${event.code})`)
      }
    }
  } finally {
    await worker.terminate()
  }
}
