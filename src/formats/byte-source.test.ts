import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileSource, scanChunks } from './byte-source.ts'
import { readImport } from './import.ts'
import { utf8Tally } from './mixed-utf8.ts'

/** Where a file on disk is cut into chunks (`byte-source.ts`). */
const chunkEdge = 256 * 1024

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'

/**
 * A Connections.csv of about 600 KB (more than two chunks) whose row `Renée Roux` has its `é`
 * (two bytes in UTF-8) cut by the first chunk edge; the second chunk is full, so a chunk read into the same memory overwrites the first; `stray` puts one
 * Windows-1252 byte in the first row.
 */
function connectionsCutAtEdge(stray: boolean): Uint8Array {
  const first = Buffer.concat([
    Buffer.from('Zoë,'),
    stray ? Buffer.from([0xe9]) : Buffer.from('é'),
    Buffer.from(',,,,Engineer,01 Jan 2026\n'),
  ])
  const rows: Buffer[] = [Buffer.from(header), first]
  let length = header.length + first.length
  for (let i = 0; length < chunkEdge - 200; i++) {
    const row = Buffer.from(`Person${i},Family${i},,,Company ${i},Role,01 Jan 2026\n`)
    rows.push(row)
    length += row.length
  }
  // Pad so that 'Ren' ends right before the edge and 'é' straddles it.
  const padding = chunkEdge - length - 'Pad,Row,,,,,01 Jan 2026\n'.length - 'Ren'.length - 1
  rows.push(Buffer.from(`Pad,Row${'x'.repeat(padding)},,,,,01 Jan 2026\n`))
  length += `Pad,Row${'x'.repeat(padding)},,,,,01 Jan 2026\n`.length
  rows.push(Buffer.from('Renée,Roux,,,Acme,Engineer,02 Feb 2026\n'))
  for (let i = 0; i < 12_000; i++) rows.push(Buffer.from(`Tail${i},Row,,,,,03 Mar 2026\n`))
  const bytes = Buffer.concat(rows)
  // The two bytes of é sit on either side of the edge.
  expect([bytes[chunkEdge - 1], bytes[chunkEdge]]).toEqual([0xc3, 0xa9])
  return bytes
}

function written(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'byte-source-')), 'Connections.csv')
  writeFileSync(path, bytes)
  return path
}

describe('a contact file read from disk in chunks', () => {
  it('is UTF-8, names whole and no warning, when a character is cut between two chunks', async () => {
    const parsed = await readImport({ path: written(connectionsCutAtEdge(false)) })
    expect(parsed.encoding).toBe('utf-8')
    expect(parsed.warnings).toEqual([])
    expect(parsed.contacts.map((c) => c.name)).toContain('Renée Roux')
    expect(parsed.contacts[0]?.name).toBe('Zoë é')
  })

  it('tells mixed text from its bytes as a whole, a character cut between chunks included', async () => {
    const bytes = connectionsCutAtEdge(true)
    const whole = utf8Tally()
    whole.add(bytes)
    const scanned = utf8Tally()
    for await (const chunk of scanChunks(await fileSource(written(bytes)))) scanned.add(chunk)
    expect(scanned.end()).toEqual(whole.end())
    const parsed = await readImport({ path: written(bytes) })
    expect(parsed.contacts.map((c) => c.name)).toContain('Renée Roux')
    expect(parsed.contacts[0]?.name).toBe('Zoë é')
  })
})
