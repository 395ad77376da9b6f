import { Worker } from 'node:worker_threads'
import type { DeflateResponse } from './deflate-worker.ts'
import type { ExportFile } from './markdown.ts'
import { type CompressedEntry, compressEntry, zipWriter } from './zip.ts'

/** Files per batch sent to the compressing thread, and text per batch at most. */
const batchFiles = 256
const batchChars = 4_000_000
/** Less text than this, in one batch, is compressed in place: a thread would cost more. */
const inPlaceChars = 200_000

/**
 * The ZIP archive of `files` as it is made: compressed a batch at a time on
 * a worker thread (zlib costs some 50 µs per file even for a small one, so
 * 100,000 conversations would hold the request loop for seconds) while the
 * next batch is written here, and handed out a batch at a time, so the
 * archive is never whole in memory. The same bytes as `writeZip`; a few
 * small files are compressed in place, as starting a thread would cost more.
 *
 * @example for await (const chunk of zipStream(files, ctx.now())) response.write(chunk)
 */
export async function* zipStream(
  files: AsyncIterable<ExportFile> | Iterable<ExportFile>,
  date: Date,
): AsyncGenerator<Uint8Array> {
  const zip = zipWriter(date)
  const batches = batchesOf(files)
  const first = await batches.next()
  const second = first.done ? first : await batches.next()
  const firstFiles = first.done ? [] : first.value
  if (second.done && textLength(firstFiles) < inPlaceChars) {
    for (const file of firstFiles) {
      yield zip.entry(compressEntry({ path: file.path, bytes: Buffer.from(file.text, 'utf8') }))
    }
    yield zip.end()
    return
  }
  const deflater = startDeflater()
  try {
    const inFlight = [first, second].flatMap((b) => (b.done ? [] : [deflater.compress(b.value)]))
    for (let done = inFlight.shift(); done; done = inFlight.shift()) {
      const entries = await done
      // The next batch goes to the worker before this one is written out, so it keeps busy.
      const next = second.done ? second : await batches.next()
      if (!next.done) inFlight.push(deflater.compress(next.value))
      yield Buffer.concat(entries.map((entry) => zip.entry(entry)))
    }
    yield zip.end()
  } finally {
    deflater.close()
  }
}

function textLength(files: readonly ExportFile[]): number {
  return files.reduce((sum, file) => sum + file.text.length, 0)
}

async function* batchesOf(
  files: AsyncIterable<ExportFile> | Iterable<ExportFile>,
): AsyncGenerator<ExportFile[]> {
  let batch: ExportFile[] = []
  let chars = 0
  for await (const file of files) {
    batch.push(file)
    chars += file.text.length
    if (batch.length >= batchFiles || chars >= batchChars) {
      yield batch
      batch = []
      chars = 0
    }
  }
  if (batch.length > 0) yield batch
}

/** The compressing thread: batches in, compressed entries out, in order. */
function startDeflater() {
  const worker = new Worker(new URL('./deflate-worker.ts', import.meta.url))
  const waiting = new Map<
    number,
    { paths: string[]; resolve: (entries: CompressedEntry[]) => void; reject: (e: Error) => void }
  >()
  let failure: Error | null = null
  const fail = (error: Error) => {
    failure ??= error
    for (const job of waiting.values()) job.reject(failure)
    waiting.clear()
  }
  worker.on('message', (response: DeflateResponse) => {
    const job = waiting.get(response.id)
    waiting.delete(response.id)
    job?.resolve(response.entries.map((entry, i) => ({ path: job.paths[i] ?? '', ...entry })))
  })
  worker.on('error', fail)
  worker.on('exit', () => fail(new Error('the thread compressing the export stopped')))
  let nextId = 0
  return {
    compress(batch: ExportFile[]): Promise<CompressedEntry[]> {
      const id = nextId++
      const result = new Promise<CompressedEntry[]>((resolve, reject) => {
        if (failure) return reject(failure)
        waiting.set(id, { paths: batch.map((f) => f.path), resolve, reject })
        worker.postMessage({ id, texts: batch.map((f) => f.text) })
      })
      // Awaited in order later; a failure meanwhile must not count as unhandled.
      result.catch(() => undefined)
      return result
    },
    close() {
      worker.removeAllListeners('exit')
      void worker.terminate()
    },
  }
}
