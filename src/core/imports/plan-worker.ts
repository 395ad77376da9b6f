/**
 * The worker thread that plans an import (see `plan-thread.ts`): reads the
 * file, matches and merges its rows, and posts each batch's rows to write
 * to the thread that writes them, never more than two batches ahead.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { ValidationError } from '../errors.ts'
import { planFile } from './plan-file.ts'
import type { PlanWorkerData, WorkerMessage } from './plan-thread.ts'

const port = parentPort
if (!port) throw new Error('plan-worker.ts runs as a worker thread')
const { input, existing, options } = workerData as PlanWorkerData
const ahead = 2
let unacknowledged = 0
let resume: (() => void) | null = null
port.on('message', (message: unknown) => {
  if (message !== 'ack') return
  unacknowledged--
  resume?.()
  resume = null
})
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer)
try {
  const plan = planFile(input, existing, options)
  for (let next = await plan.next(); ; next = await plan.next()) {
    if (next.done) {
      const { fullReport } = next.value
      post(
        { kind: 'done', outcome: next.value },
        fullReport ? [fullReport.buffer as ArrayBuffer] : [],
      )
      break
    }
    post({ kind: 'batch', batch: next.value })
    if (++unacknowledged >= ahead) await new Promise<void>((wake) => (resume = wake))
  }
} catch (error) {
  post({
    kind: 'failed',
    error:
      error instanceof ValidationError
        ? { refusal: true, message: error.message, issues: error.issues }
        : {
            refusal: false,
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          },
  })
}
