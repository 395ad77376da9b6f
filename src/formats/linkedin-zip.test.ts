import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures/corpus.ts'
import { rawConnectionsCsv } from '../../test/fixtures/corpus-linkedin.ts'
import { writeZip } from '../../test/fixtures/zip.ts'
import { ValidationError } from '../core/errors.ts'
import { describeZip, extractConnectionsCsv, isZip } from './linkedin-zip.ts'

const csv = rawConnectionsCsv()

describe('extractConnectionsCsv', () => {
  it('finds Connections.csv in a folder of an export whose local headers carry zero sizes', async () => {
    const bytes = fixture('linkedin/Basic_LinkedInDataExport_01-05-2026.zip').bytes
    // General-purpose flag bit 3 set and zero compressed size in the first local header: what breaks streaming unzippers.
    expect(Buffer.from(bytes).readUInt16LE(6) & 0x0008).toBe(0x0008)
    expect(Buffer.from(bytes).readUInt32LE(18)).toBe(0)
    const member = await extractConnectionsCsv(bytes)
    expect(member.path).toBe('Basic_LinkedInDataExport_01-05-2026/Connections.csv')
    expect(Buffer.from(member.bytes).equals(Buffer.from(csv))).toBe(true)
  })

  it('matches the name case-insensitively and prefers the shallowest copy', async () => {
    const zip = writeZip([
      { path: 'old/backup/Connections.csv', bytes: new TextEncoder().encode('old') },
      { path: 'CONNECTIONS.CSV', bytes: csv },
    ])
    expect((await extractConnectionsCsv(zip)).path).toBe('CONNECTIONS.CSV')
  })

  it('refuses an export requested without Connections, listing what it holds', async () => {
    const bytes = fixture('linkedin/Complete_LinkedInDataExport_no-connections.zip').bytes
    await expect(extractConnectionsCsv(bytes)).rejects.toThrow(ValidationError)
    await expect(extractConnectionsCsv(bytes)).rejects.toThrow(
      /has no Connections\.csv \(it holds messages\.csv, Invitations\.csv, Profile\.csv\).*tick Connections/,
    )
  })

  it('refuses an Excel workbook with the way to save it as CSV', async () => {
    await expect(extractConnectionsCsv(fixture('other/contacts.xlsx').bytes)).rejects.toThrow(
      /Excel workbook.*CSV UTF-8/,
    )
  })

  it('refuses a truncated archive with a sentence, not a stack trace', async () => {
    const truncated = fixture('linkedin/Basic_LinkedInDataExport_01-05-2026.zip').bytes.subarray(
      0,
      200,
    )
    await expect(extractConnectionsCsv(truncated)).rejects.toThrow(
      /^The ZIP file could not be opened \(.*\)\. It may be incomplete/,
    )
  })

  it('refuses a damaged member', async () => {
    const zip = writeZip([{ path: 'Connections.csv', bytes: csv }], { deflate: true })
    const damaged = new Uint8Array(zip)
    damaged.fill(0xff, 50, 120)
    await expect(extractConnectionsCsv(damaged)).rejects.toThrow(/^The ZIP file is damaged/)
  })
})

describe('describeZip', () => {
  it('lists at most six names', () => {
    const names = Array.from({ length: 9 }, (_, i) => `file${i}.txt`)
    expect(describeZip(names)).toMatch(/it holds file0\.txt, .*file5\.txt and 3 more files/)
  })

  it('says when a ZIP is empty', () => {
    expect(describeZip([])).toBe('The ZIP file is empty.')
  })
})

describe('isZip', () => {
  it('knows the local header and the empty-archive signatures', () => {
    expect(isZip(writeZip([]))).toBe(true)
    expect(isZip(csv)).toBe(false)
  })
})
