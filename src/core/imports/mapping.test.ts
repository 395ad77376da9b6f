import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { exportBackup } from '../backup/export-json.ts'
import type { Ctx } from '../context.ts'
import { ValidationError } from '../errors.ts'
import { listPeople } from '../people/service.ts'
import { headerKey, mappingOption } from './mapping.ts'
import { importContacts } from './service.ts'

/** A German address-book CSV of no program coffeechat knows, as exact bytes (UTF-8, CRLF, `;`). */
const germanCsv = new TextEncoder().encode(
  [
    'Vorname;Familienname;E-Mail;Unternehmen;Handy;Geburtstag;Lieblingsfarbe;Fax;Notizen',
    'Ada;Lovelace;ada@example.org;Analytical Engines;+44 20 7946 0000;10.12.1815;Blau;+44 20 7946 0001;Met at the Royal Society',
    'Charles;Babbage;charles@example.org;Analytical Engines;;26.12.1791;;;',
    'Grace;Hopper;not an address;US Navy;;;Grün;;',
  ].join('\r\n'),
)

const germanMap = {
  Vorname: 'firstName',
  Familienname: 'lastName',
  'E-Mail': 'email',
  Unternehmen: 'organization',
  Handy: 'phone',
  Geburtstag: 'birthday',
  Fax: 'ignore',
  Notizen: 'notes',
}

async function people(ctx: Ctx) {
  return (await listPeople(ctx, {}, { all: true })).items
}

describeEngines('importing any contacts CSV through a column mapping', (h) => {
  it('answers a dry run of an unknown CSV with the mapping step: columns, first values, suggestions', async () => {
    const ctx = await h.newCtx()
    const report = await importContacts(ctx, germanCsv, { filename: 'adressen.csv', dryRun: true })
    expect(report).toMatchObject({ format: 'csv', rows: 0, created: 0, dryRun: true })
    expect(report.mapping?.needed).toBe(true)
    expect(report.mapping?.remembered).toBe(false)
    expect(report.mapping?.columns.map((c) => [c.name, c.field])).toEqual([
      ['Vorname', 'firstName'],
      ['Familienname', 'lastName'],
      ['E-Mail', 'email'],
      ['Unternehmen', 'organization'],
      ['Handy', 'phone'],
      ['Geburtstag', 'birthday'],
      ['Lieblingsfarbe', 'details'],
      ['Fax', 'phone'],
      ['Notizen', 'notes'],
    ])
    expect(report.mapping?.columns[0]?.samples).toEqual(['Ada', 'Charles', 'Grace'])
    expect(report.mapping?.columns[6]?.samples).toEqual(['Blau', '', 'Grün'])
    expect(report.mapping?.map).toBe(
      'Vorname=firstName,Familienname=lastName,E-Mail=email,Unternehmen=organization,Handy=phone,' +
        'Geburtstag=birthday,Lieblingsfarbe=details,Fax=phone,Notizen=notes',
    )
    expect(await people(ctx)).toEqual([])
  })

  it('refuses the import without a mapping, giving the suggested --map', async () => {
    const ctx = await h.newCtx()
    const importing = importContacts(ctx, germanCsv, { filename: 'adressen.csv' })
    await expect(importing).rejects.toThrow(ValidationError)
    await expect(importing).rejects.toThrow(
      '--map "Vorname=firstName,Familienname=lastName,E-Mail=email,',
    )
  })

  it('imports through the mapping: each column where it was sent, the rest in Imported details, ignored ones named', async () => {
    const ctx = await h.newCtx()
    const report = await importContacts(ctx, germanCsv, {
      filename: 'adressen.csv',
      mapping: germanMap,
    })
    expect(report).toMatchObject({ format: 'csv', rows: 3, created: 3, skippedCount: 0 })
    expect(report.mapping?.needed).toBe(false)
    expect(report.mapping?.columns.find((c) => c.name === 'Lieblingsfarbe')?.field).toBe('details')
    expect(report.columns).toEqual([
      { name: 'Lieblingsfarbe', where: 'notes', why: '', rows: 2 },
      { name: 'Fax', where: 'left out', why: 'ignored in the column mapping', rows: 1 },
      { name: 'E-Mail', where: 'notes', why: '', rows: 1 },
    ])
    expect(report.warnings).toContain('Left out (ignored in the column mapping): Fax (1 row).')
    const byName = new Map((await people(ctx)).map((p) => [p.name, p]))
    expect(byName.get('Ada Lovelace')).toMatchObject({
      organization: 'Analytical Engines',
      emails: ['ada@example.org'],
      phones: ['+44 20 7946 0000'],
      birthday: '1815-12-10',
      notes: 'Met at the Royal Society\n\nImported details:\n- Lieblingsfarbe: Blau',
      source: 'CSV file (adressen.csv)',
    })
    expect(byName.get('Charles Babbage')).toMatchObject({ birthday: '1791-12-26', phones: [] })
    // A value that is no email address is not lost: it is kept under its column.
    expect(byName.get('Grace Hopper')).toMatchObject({
      emails: [],
      organization: 'US Navy',
      notes: 'Imported details:\n- E-Mail: not an address\n- Lieblingsfarbe: Grün',
    })
    const again = await importContacts(ctx, germanCsv, { mapping: germanMap })
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 })
  })

  it('remembers the mapping per header set and offers it next time, and the backup carries it', async () => {
    const ctx = await h.newCtx()
    const mine = { ...germanMap, Fax: 'details', Lieblingsfarbe: 'ignore' }
    await importContacts(ctx, germanCsv, { mapping: mine })
    // The same columns in another order and case find the same mapping.
    const reordered = new TextEncoder().encode(
      'FAMILIENNAME;vorname;E-Mail;Unternehmen;Handy;Geburtstag;Lieblingsfarbe;Fax;Notizen\nCurie;Marie;marie@example.org;;;;;;\n',
    )
    const step = await importContacts(ctx, reordered, { dryRun: true })
    expect(step.mapping).toMatchObject({ needed: true, remembered: true })
    expect(Object.fromEntries(step.mapping?.columns.map((c) => [c.name, c.field]) ?? [])).toEqual({
      FAMILIENNAME: 'lastName',
      vorname: 'firstName',
      'E-Mail': 'email',
      Unternehmen: 'organization',
      Handy: 'phone',
      Geburtstag: 'birthday',
      Lieblingsfarbe: 'ignore',
      Fax: 'details',
      Notizen: 'notes',
    })
    const backup = JSON.parse(await exportBackup(ctx)) as {
      tables: Record<string, Array<Record<string, unknown>>>
    }
    const rows = backup.tables.import_mappings
    expect(rows).toHaveLength(1)
    expect(rows?.[0]?.header_key).toBe(
      headerKey([
        'Vorname',
        'Familienname',
        'E-Mail',
        'Unternehmen',
        'Handy',
        'Geburtstag',
        'Lieblingsfarbe',
        'Fax',
        'Notizen',
      ]),
    )
    // A dry run does not remember.
    const other = await h.newCtx()
    await importContacts(other, germanCsv, { mapping: mine, dryRun: true })
    expect((await importContacts(other, germanCsv, { dryRun: true })).mapping?.remembered).toBe(
      false,
    )
  })

  it.each([
    [
      { ...germanMap, Unternehmen: 'organisation' },
      '"organisation" is not a field a column can go to',
    ],
    [
      { ...germanMap, Handy: 'lastName' },
      '"Familienname" and "Handy" both go to lastName, which holds one value',
    ],
    [{ ...germanMap, Mail: 'email' }, 'there is no column "Mail" in the file\'s header'],
    [
      { Fax: 'phone', Lieblingsfarbe: 'notes' },
      'no column goes to name, firstName, lastName or email',
    ],
  ])('refuses a mapping that does not fit, naming the column (%#)', async (mapping, message) => {
    const ctx = await h.newCtx()
    const importing = importContacts(ctx, germanCsv, { mapping, dryRun: true })
    await expect(importing).rejects.toThrow(ValidationError)
    await expect(importing).rejects.toThrow(message)
    expect(await people(ctx)).toEqual([])
  })

  it('reads a known export through an explicit mapping instead of its own layout', async () => {
    const ctx = await h.newCtx()
    const google = new TextEncoder().encode(
      'First Name,Last Name,Labels,E-mail 1 - Value,Organization Name\nAda,Lovelace,* myContacts,ada@example.org,Engines\n',
    )
    const report = await importContacts(ctx, google, {
      mapping:
        'First Name=firstName,Last Name=lastName,E-mail 1 - Value=email,Organization Name=title,Labels=ignore',
    })
    expect(report).toMatchObject({ format: 'csv', created: 1 })
    const [ada] = await people(ctx)
    expect(ada).toMatchObject({
      name: 'Ada Lovelace',
      title: 'Engines',
      organization: null,
      tags: [],
    })
  })

  it('still refuses a CSV with no person in it, saying what it is', async () => {
    const ctx = await h.newCtx()
    const bank = new TextEncoder().encode('id,amount,currency\n1,12.50,EUR\n')
    await expect(importContacts(ctx, bank, { dryRun: true })).rejects.toThrow(
      'This is a CSV with the columns id, amount, currency',
    )
  })
})

describeEngines('the mapping option as text', () => {
  it('reads Column=field pairs, JSON, and a report’s mapping, and names what is wrong', () => {
    expect(mappingOption('E-mail=email, Unternehmen = organization')).toEqual({
      'E-mail': 'email',
      Unternehmen: 'organization',
    })
    expect(mappingOption('{"a=b":"name"}')).toEqual({ 'a=b': 'name' })
    expect(mappingOption({ columns: [{ name: 'Mail', field: 'email', samples: [] }] })).toEqual({
      Mail: 'email',
    })
    expect(() => mappingOption('Unternehmen')).toThrow('"Unternehmen" has no "=field"')
    expect(() => mappingOption('{nope')).toThrow('is not valid JSON')
    expect(() => mappingOption('a=name,a=email')).toThrow('"a" is named twice')
    expect(() => mappingOption({ 'a\u0000': 'name' })).toThrow('cannot be stored')
  })
})
