import { describe, expect, it } from 'vitest'
import yauzl from 'yauzl'
import { collect } from '../shared/pause.ts'
import type { ExportFile } from './markdown.ts'
import { compressEntry, writeZip, zipWriter } from './zip.ts'
import { zipStream } from './zip-stream.ts'

const date = new Date('2026-03-02T09:00:00Z')
const encoder = new TextEncoder()

function files(count: number, text: (i: number) => string): ExportFile[] {
  return Array.from({ length: count }, (_, i) => ({ path: `${i}-Zoë.md`, text: text(i) }))
}

async function streamed(list: ExportFile[]): Promise<Buffer> {
  async function* slowly() {
    for (const file of list) yield file
  }
  return Buffer.concat(await collect(zipStream(slowly(), date)))
}

function whole(list: ExportFile[]): Buffer {
  return Buffer.from(
    writeZip(
      list.map((f) => ({ path: f.path, bytes: encoder.encode(f.text) })),
      date,
    ),
  )
}

/** The names and texts in an archive, as unzip tools read it. */
function unzip(bytes: Buffer): Promise<{ count: number; names: string[]; texts: string[] }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error)
      const names: string[] = []
      const texts: string[] = []
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName)
        if (texts.length >= 3) return zip.readEntry()
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err)
          const chunks: Buffer[] = []
          stream.on('data', (c: Buffer) => chunks.push(c))
          stream.on('end', () => {
            texts.push(Buffer.concat(chunks).toString('utf8'))
            zip.readEntry()
          })
        })
      })
      zip.on('error', reject)
      zip.on('end', () => resolve({ count: zip.entryCount, names, texts }))
      zip.readEntry()
    })
  })
}

describe('streamed ZIP archives', () => {
  it('are the same bytes as the whole archive, a few files or hundreds', async () => {
    for (const list of [
      [],
      files(3, (i) => `# Note ${i}\n\nZürich ☕`),
      files(700, (i) => `# Note ${i}\n\n${'Data cleaning in Zürich. '.repeat(i % 50)}`),
      // One file too large to compress on the request loop.
      files(1, () => 'A long conversations.csv row, Zürich\r\n'.repeat(20_000)),
    ]) {
      expect(await streamed(list)).toEqual(whole(list))
    }
    const many = await unzip(await streamed(files(700, (i) => `note ${i}`)))
    expect(many.count).toBe(700)
    expect(many.texts).toEqual(['note 0', 'note 1', 'note 2'])
  })

  it('hold more than 65,535 files, with a ZIP64 end record', async () => {
    const entry = compressEntry({ path: '', bytes: encoder.encode('hello') })
    const zip = zipWriter(date)
    const parts = Array.from({ length: 70_000 }, (_, i) => zip.entry({ ...entry, path: `${i}.md` }))
    const archive = await unzip(Buffer.concat([...parts, zip.end()]))
    expect(archive.count).toBe(70_000)
    expect(archive.names.at(-1)).toBe('69999.md')
    expect(archive.texts[0]).toBe('hello')
  })
})
