import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { fixture } from '../../../test/fixtures/corpus.ts'
import { listPeople } from '../people/service.ts'
import { importContacts } from './service.ts'

describeEngines('importing a file with more than the fields hold (issue 12)', (h) => {
  it('stores a Thunderbird contact whole: emails, organization, and the rest under "Imported details"', async () => {
    const ctx = await h.newCtx()
    const { bytes } = fixture('thunderbird/thunderbird-address-book.csv')
    const options = { filename: 'thunderbird-address-book.csv' }
    const preview = await importContacts(ctx, bytes, { ...options, dryRun: true })
    const report = await importContacts(ctx, bytes, options)
    // The dry run says the same as the import about every column no field holds.
    for (const answer of [preview, report]) {
      expect(answer.format).toBe('thunderbird')
      expect(answer.columns).toContainEqual({
        name: 'Custom 1',
        where: 'notes',
        why: '',
        rows: 1,
      })
      expect(answer.warnings).toContainEqual(
        expect.stringMatching(/^Kept in the notes under "Imported details".*Department \(1 row\)/),
      )
    }
    expect(preview.columns).toEqual(report.columns)
    const { items } = await listPeople(ctx, { q: 'Lovelace' }, { all: true })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      name: 'Ada Lovelace',
      organization: 'Analytical Engines, Ltd.',
      title: 'Engineer',
      emails: ['ada@example.org', 'ada.lovelace@example.com'],
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace-1a2b3c',
      birthday: '1815-12-10',
      websites: ['https://ada.example.org'],
    })
    expect(items[0]?.notes).not.toContain('Birth')
    expect(items[0]?.notes).toContain(
      'Ask about the path into hardware\n\nImported details:\n- Nickname: Countess\n',
    )
    // A second import of the same file changes nothing.
    const again = await importContacts(ctx, bytes, options)
    expect(again).toMatchObject({ created: 0, updated: 0 })
  })

  it('names the cards inside cards as people of their own', async () => {
    const ctx = await h.newCtx()
    const report = await importContacts(ctx, fixture('vcard/agent-2.1.vcf').bytes, {
      filename: 'agent-2.1.vcf',
    })
    expect(report).toMatchObject({ rows: 4, created: 4 })
    const { items } = await listPeople(ctx, {}, { all: true })
    expect(items.map((p) => p.name).sort()).toEqual([
      'Ada Lovelace',
      'Charles Babbage',
      'Grace Hopper',
      'Mary Hawes',
    ])
  })
})
