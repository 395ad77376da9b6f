// A worker thread that compresses export files for a ZIP archive, so that
// zlib's per-file cost (most of a large Markdown export's time) never runs
// on the thread that answers requests. Plain TypeScript Node runs as is.
import { parentPort } from 'node:worker_threads'
import { crc32, deflateRawSync } from 'node:zlib'

/** A batch to compress: texts, encoded here as UTF-8. */
export interface DeflateRequest {
  id: number
  texts: string[]
}

/** The batch compressed, in order. */
export interface DeflateResponse {
  id: number
  entries: Array<{ crc: number; size: number; data: Uint8Array }>
}

parentPort?.on('message', ({ id, texts }: DeflateRequest) => {
  const entries = texts.map((text) => {
    const bytes = Buffer.from(text, 'utf8')
    // A copy of its own: zlib's small results share Buffer's pool, which must not be transferred.
    return { crc: crc32(bytes), size: bytes.length, data: new Uint8Array(deflateRawSync(bytes)) }
  })
  const response: DeflateResponse = { id, entries }
  parentPort?.postMessage(
    response,
    entries.map((e) => e.data.buffer),
  )
})
