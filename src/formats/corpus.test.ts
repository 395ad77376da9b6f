import { describe, expect, it } from 'vitest'
import { fixture, fixtureCorpus } from '../../test/fixtures/corpus.ts'
import { compareWithDisk } from '../../test/fixtures/generate.ts'
import { ValidationError } from '../core/errors.ts'
import { readImport } from './import.ts'

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1)

describe('the fixture corpus', () => {
  it('is on disk exactly as the generator writes it (run `npx node test/fixtures/generate.ts` after a change)', () => {
    expect(compareWithDisk()).toEqual([])
  })

  it('is the same bytes on every build', () => {
    const first = fixtureCorpus()
    const second = fixtureCorpus()
    expect(second.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')])).toEqual(
      first.map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]),
    )
  })
})

describe.each(fixtureCorpus())('readImport($path)', (file) => {
  it(file.covers, async () => {
    const reading = readImport(file.bytes, { filename: baseName(file.path) })
    const { refusal, contacts, skipped, ...summary } = file.expect
    if (refusal) {
      await expect(reading).rejects.toThrow(ValidationError)
      await expect(reading).rejects.toThrow(refusal)
      return
    }
    const parsed = await reading
    expect(parsed).toMatchObject(summary)
    if (contacts !== undefined) expect(parsed.contacts).toHaveLength(contacts)
    if (skipped !== undefined) expect(parsed.skipped).toHaveLength(skipped)
    expect(parsed.rows).toBe(parsed.contacts.length + parsed.skipped.length)
    for (const contact of parsed.contacts) {
      expect(contact.name).not.toBe('')
      expect(contact.name).toBe(contact.name.trim())
      expect(contact.line).toBeGreaterThan(0)
    }
  })
})

describe.each(fixtureCorpus().filter((f) => !f.expect.refusal))(
  'reading $path in pieces',
  (file) => {
    // Every boundary a stream can cut: inside a CRLF, a UTF-8 character, a quoted cell, a fold.
    it('gives what reading it whole gives', async () => {
      const name = baseName(file.path)
      const whole = await readImport(file.bytes, { filename: name })
      for (const chunkSize of [1, 2, 3, 7, 64]) {
        expect(await readImport(file.bytes, { filename: name, chunkSize })).toEqual(whole)
      }
    })
  },
)

describe('readImport options', () => {
  it('reads a file as the format given, skipping detection', async () => {
    const parsed = await readImport(fixture('google/google-outlook-csv.csv').bytes, {
      format: 'outlook',
    })
    expect(parsed.format).toBe('outlook')
  })

  it('refuses a ZIP given as another format', async () => {
    const zip = fixture('linkedin/Basic_LinkedInDataExport_01-05-2026.zip').bytes
    await expect(readImport(zip, { format: 'vcard' })).rejects.toThrow(
      'This is a ZIP archive, not a vCard file.',
    )
  })

  it('refuses a file that does not match the format given', async () => {
    await expect(
      readImport(fixture('vcard/apple-3.0.vcf').bytes, { format: 'google' }),
    ).rejects.toThrow(/No Google Contacts header/)
    await expect(
      readImport(fixture('other/bank-statement.csv').bytes, { format: 'linkedin' }),
    ).rejects.toThrow(/No LinkedIn header line/)
  })

  it('imports the same people from the ZIP and from the CSV inside it', async () => {
    const fromZip = await readImport(
      fixture('linkedin/Basic_LinkedInDataExport_01-05-2026.zip').bytes,
    )
    const fromCsv = await readImport(fixture('linkedin/Connections-2026.csv').bytes)
    expect(fromZip).toEqual(fromCsv)
  })
})
