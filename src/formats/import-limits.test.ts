import { describe, expect, it } from 'vitest'
import { collector } from '../../test/collect.ts'
import { largeConnectionsCsv } from '../../test/fixtures/linkedin-rows.ts'
import { zipBomb } from '../../test/zip-bomb.ts'
import { ValidationError } from '../core/errors.ts'
import { openImport, readImport } from './import.ts'

const megabyte = 1024 * 1024
const limits = { textBytes: 100 * megabyte, rows: 100_000 }

async function readAll(bytes: Uint8Array, options: Parameters<typeof readImport>[1]) {
  const rss = process.memoryUsage().rss
  let peak = rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  try {
    return await readImport(bytes, options)
  } finally {
    clearInterval(timer)
    peak = Math.max(peak, process.memoryUsage().rss)
    readAll.grewMb = (peak - rss) / megabyte
  }
}
readAll.grewMb = 0

describe('an import refuses what it would choke on, saying the limit and how to split the file', () => {
  it('refuses the ZIP bomb of issue 11 (250 MB unzipped) by its declared size, before inflating it', async () => {
    const { zip, size } = await zipBomb({ rows: 3_200_000 })
    expect(zip.length).toBeLessThan(2 * megabyte)
    expect(size).toBeGreaterThan(230 * megabyte)
    const reading = openImport(zip, { limits })
    await expect(reading).rejects.toThrow(ValidationError)
    await expect(reading).rejects.toThrow(
      /Connections\.csv in the ZIP unpacks to 238\.\d MB, more than the 100 MB one import reads\..*split Connections\.csv into files under 100 MB, each starting with the header line/,
    )
  })

  it('refuses a ZIP that lies about its size as soon as the truth shows, holding none of it', async () => {
    const { zip } = await zipBomb({ rows: 3_200_000, declaredSize: 1000 })
    await expect(readAll(zip, { limits })).rejects.toThrow(/^The ZIP file is damaged/)
    expect(readAll.grewMb).toBeLessThan(100)
  })

  it('refuses a file with more rows than the limit once it gets there', async () => {
    const bytes = new TextEncoder().encode(largeConnectionsCsv(5_000))
    await expect(readAll(bytes, { limits: { ...limits, rows: 1_000 } })).rejects.toThrow(
      'The file has more than 1,000 rows, the most one import reads (a LinkedIn export has at most 30,000). Split it into files of at most 1,000 rows (a CSV with the header line at the top of each, vCards between two cards) and import them one after the other.',
    )
    const card = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada Lovelace\r\nEND:VCARD\r\n'
    const cards = new TextEncoder().encode(card.repeat(4))
    await expect(readImport(cards, { limits: { ...limits, rows: 3 } })).rejects.toThrow(
      /more than 3 rows/,
    )
    expect((await readImport(cards, { limits: { ...limits, rows: 4 } })).rows).toBe(4)
  })

  it('refuses a file with more text than the limit, zipped or not', async () => {
    const bytes = new TextEncoder().encode(largeConnectionsCsv(20_000))
    const small = { ...limits, textBytes: megabyte }
    await expect(readImport(bytes, { limits: small })).rejects.toThrow(
      'The file holds more than 1 MB of text, the most one import reads. Split it into files under 1 MB (a CSV with the header line at the top of each, vCards between two cards) and import them one after the other.',
    )
    const { zip } = await zipBomb({ rows: 20_000 })
    await expect(readImport(zip, { limits: small })).rejects.toThrow(
      /unpacks to 1\.\d MB, more than the 1 MB one import reads/,
    )
  })

  it('reads a large ZIP inside the limits in bounded memory', async () => {
    const { zip } = await zipBomb({ rows: 100_000 })
    let rows = 0
    // What the reader holds, not what the collector has yet to free: the
    // process's RSS also grows with garbage not yet collected, and by how much
    // depends on what else the machine runs (it read 109 MB in a busy suite,
    // 30 MB alone). So: collect, then count the heap and the buffers.
    const gc = collector()
    const held = () => {
      gc()
      const { heapUsed, arrayBuffers } = process.memoryUsage()
      return heapUsed + arrayBuffers
    }
    const file = await openImport(zip, { limits })
    const before = held()
    let peak = before
    let batches = 0
    for await (const batch of file.rows()) {
      rows += batch.length
      // Every fifth batch, with this batch still held: often enough to see a file kept whole.
      if (++batches % 5 === 0) peak = Math.max(peak, held())
    }
    file.close()
    expect(rows).toBe(100_000)
    expect(file.summary().rows).toBe(100_000)
    // 7.6 MB of text, streamed: what is held is a batch of rows, never the file.
    expect((peak - before) / megabyte).toBeLessThan(60)
  })
})
