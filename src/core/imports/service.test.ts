import { gunzipSync } from 'node:zlib'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { fixtureCorpus } from '../../../test/fixtures/corpus.ts'
import type { Ctx } from '../context.ts'
import { ValidationError } from '../errors.ts'
import { listPeople } from '../people/service.ts'
import { search } from '../search/service.ts'
import { importContacts, runImport } from './service.ts'

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1)
const importable = fixtureCorpus().filter((f) => !f.expect.refusal)
const refused = fixtureCorpus().filter((f) => f.expect.refusal)

/** Every row of the explorer's people and organizations, to prove that nothing moved. */
async function snapshot(ctx: Ctx) {
  const people = await ctx.db
    .selectFrom('people')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('id')
    .execute()
  const organizations = await ctx.db
    .selectFrom('organizations')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('id')
    .execute()
  const documents = await ctx.db
    .selectFrom('search_documents')
    .select(['kind', 'record_id', 'title', 'body'])
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('kind')
    .orderBy('record_id')
    .execute()
  return { people, organizations, documents }
}

describeEngines('importContacts on the fixture corpus', (h) => {
  it.each(importable.map((f) => [f.path, f] as const))('%s', async (_path, file) => {
    const ctx = await h.newCtx()
    const filename = baseName(file.path)
    const report = await importContacts(ctx, file.bytes, { filename })
    expect(report.format).toBe(file.expect.format)
    if (file.expect.rows !== undefined) expect(report.rows).toBe(file.expect.rows)
    expect(report.created + report.updated + report.unchanged + report.skipped.length).toBe(
      report.rows,
    )
    expect(report.people).toHaveLength(report.created + report.updated + report.unchanged)
    const { total } = await listPeople(ctx, {}, { all: true })
    expect(total).toBe(report.created)
    expect(report.created).toBeGreaterThan(0)
    for (const row of report.people) expect(row.personId).toMatch(/^[0-9a-f-]{36}$/)

    const before = await snapshot(ctx)
    const again = await importContacts(ctx, file.bytes, { filename })
    expect(again).toMatchObject({ created: 0, updated: 0, organizationsCreated: 0 })
    expect(again.unchanged).toBe(report.created + report.updated + report.unchanged)
    expect(await snapshot(ctx)).toEqual(before)
  })

  it.each(refused.map((f) => [f.path, f] as const))('refuses %s, naming it', async (_p, file) => {
    const ctx = await h.newCtx()
    const importing = importContacts(ctx, file.bytes, { filename: baseName(file.path) })
    await expect(importing).rejects.toThrow(ValidationError)
    await expect(importing).rejects.toThrow(file.expect.refusal ?? '')
  })
})

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'
const csv = (...rows: string[]) => new TextEncoder().encode([header, ...rows].join('\n'))

describeEngines('importContacts: matching and merging', (h) => {
  async function person(ctx: Ctx, name: string) {
    const { items } = await listPeople(ctx, { q: name }, { all: true })
    const found = items.find((p) => p.name === name)
    if (!found) throw new Error(`no ${name}`)
    return found
  }

  it('creates people and organizations from LinkedIn with connection and source', async () => {
    const ctx = await h.newCtx()
    const report = await importContacts(
      ctx,
      csv(
        'Ada,Lovelace,https://www.linkedin.com/in/ada-lovelace,ada@example.org,"Analytical Engines, Ltd.",Engineer,05 Jan 2026',
        'Charles,Babbage,https://www.linkedin.com/in/cbabbage,,"analytical engines, ltd.",Inventor,04 Jan 2026',
      ),
      { filename: 'Connections.csv' },
    )
    expect(report).toMatchObject({ created: 2, organizationsCreated: 1, skipped: [] })
    const ada = await person(ctx, 'Ada Lovelace')
    expect(ada).toMatchObject({
      firstName: null,
      organization: 'Analytical Engines, Ltd.',
      title: 'Engineer',
      connection: 'linkedin',
      connectionNote: 'LinkedIn connection since 2026-01-05',
      source: 'LinkedIn export (Connections.csv)',
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
      emails: ['ada@example.org'],
    })
    expect((await person(ctx, 'Charles Babbage')).organizationId).toBe(ada.organizationId)
    const hits = await search(ctx, { q: 'babbage inventor' })
    expect(hits.map((hit) => hit.title)).toContain('Charles Babbage')
  })

  it('matches by LinkedIn profile first, then email, then name and organization', async () => {
    const ctx = await h.newCtx()
    await importContacts(
      ctx,
      csv(
        'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@one.example,Engines,,',
        'Bea,Brown,,bea@two.example,Mills,,',
        'Cy,Young,,,Looms,,',
      ),
    )
    const report = await importContacts(
      ctx,
      csv(
        // Profile of Ada (written differently), email of Bea: the profile wins.
        'A.,L.,linkedin.com/in/ADA/?trk=x,bea@two.example,,,',
        // Bea's email in another case, another name.
        'Beatrice,B,,BEA@TWO.EXAMPLE,,,',
        // Name and organization, folded.
        'CY,YOUNG,,,LOOMS,Weaver,',
        // Same name, other organization: another person.
        'Cy,Young,,,Mills,,',
      ),
    )
    expect(report.people.map((p) => [p.row, p.outcome, p.name])).toEqual([
      [2, 'updated', 'Ada Lovelace'],
      [3, 'unchanged', 'Bea Brown'],
      [4, 'updated', 'Cy Young'],
      [5, 'created', 'Cy Young'],
    ])
    expect((await person(ctx, 'Ada Lovelace')).emails).toEqual([
      'ada@one.example',
      'bea@two.example',
    ])
    expect(report.people[0]?.kept).toEqual(['name'])
  })

  it('merges without losing what the explorer wrote', async () => {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    await importContacts(ctx, csv('Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,,'))
    const ada = await person(ctx, 'Ada Lovelace')
    const { updatePerson } = await import('../people/service.ts')
    await updatePerson(ctx, ada.id, {
      title: 'Chief analyst',
      connection: 'alumni',
      connectionNote: 'PhD in our group',
      notes: 'Loves **poetry**.',
      emails: ['ada@mine.example'],
    })
    const later = { ...ctx, now: () => new Date('2026-03-09T09:00:00Z') }
    const vcard = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Ada Lovelace',
      'N:Lovelace;Ada;;;',
      'ORG:Another Org',
      'TITLE:Engineer',
      'EMAIL:ADA@MINE.EXAMPLE',
      'EMAIL:ada@work.example',
      'TEL:+44 20 7946 0000',
      'URL;TYPE=linkedin:https://www.linkedin.com/in/ada',
      'NOTE:Met at PyCon',
      'CATEGORIES:mentor',
      'END:VCARD',
      '',
    ].join('\r\n')
    const report = await importContacts(later, new TextEncoder().encode(vcard))
    expect(report.people[0]).toMatchObject({
      outcome: 'updated',
      changes: ['emails', 'phones', 'tags', 'notes'],
      kept: ['organization', 'title'],
    })
    const merged = await person(ctx, 'Ada Lovelace')
    expect(merged).toMatchObject({
      title: 'Chief analyst',
      organization: 'Engines',
      connection: 'alumni',
      connectionNote: 'PhD in our group',
      source: 'LinkedIn export (Connections.csv)',
      emails: ['ada@mine.example', 'ada@work.example'],
      phones: ['+44 20 7946 0000'],
      tags: ['mentor'],
      notes: 'Loves **poetry**.\n\nMet at PyCon',
      updatedAt: '2026-03-09T09:00:00.000Z',
    })
    expect(report.warnings.join(' ')).toMatch(/another title; yours was kept/)
    const again = await importContacts(later, new TextEncoder().encode(vcard))
    expect(again).toMatchObject({ updated: 0, unchanged: 1 })
  })

  it('merges rows of one file that are the same person, and says so', async () => {
    const ctx = await h.newCtx()
    const report = await importContacts(
      ctx,
      csv(
        'Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,,',
        'Grace,Hopper,,,Navy,,',
        'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.org,Engines,Engineer,',
      ),
    )
    expect(report).toMatchObject({ rows: 3, created: 2, updated: 1, unchanged: 0 })
    expect(report.people[2]).toMatchObject({ row: 4, sameAs: 2, changes: ['title', 'emails'] })
    expect(report.warnings).toContain(
      'Row 4: the same person as an earlier row of this file; the two were merged into one ("Ada Lovelace, row 2").',
    )
    expect((await person(ctx, 'Ada Lovelace')).emails).toEqual(['ada@example.org'])
  })

  it('writes nothing in a dry run, and reports what the import will do', async () => {
    const ctx = await h.newCtx()
    await importContacts(ctx, csv('Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,,'))
    const before = await snapshot(ctx)
    const file = csv(
      'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.org,Engines,,',
      'Grace,Hopper,,,Navy,,',
      ',,https://www.linkedin.com/in/gone,,,,',
    )
    const preview = await importContacts(ctx, file, { dryRun: true })
    expect(await snapshot(ctx)).toEqual(before)
    expect(preview).toMatchObject({ dryRun: true, created: 1, updated: 1, skipped: [{ row: 4 }] })
    expect(preview.people.find((p) => p.outcome === 'created')?.personId).toBeNull()
    const real = await importContacts(ctx, file)
    const strip = (r: typeof real) => ({
      ...r,
      dryRun: null,
      people: r.people.map((p) => ({
        ...p,
        personId: p.outcome === 'created' ? null : p.personId,
      })),
    })
    expect(strip(real)).toEqual(strip(preview))
  })

  it('rolls the whole file back when one row cannot be written, naming the row', async () => {
    const ctx = await h.newCtx()
    const db = h.database().db
    const { sql } = await import('kysely')
    if (h.engine === 'sqlite') {
      await sql`create trigger refuse_grace before insert on people when new.name = 'Grace Hopper'
        begin select raise(abort, 'refused by the test trigger'); end`.execute(db)
    } else {
      await sql`create function refuse_grace() returns trigger language plpgsql as $$
        begin if new.name = 'Grace Hopper' then raise exception 'refused by the test trigger'; end if;
        return new; end $$`.execute(db)
      await sql`create trigger refuse_grace before insert on people for each row
        execute function refuse_grace()`.execute(db)
    }
    try {
      const importing = importContacts(
        ctx,
        csv('Ada,Lovelace,,,Engines,,', 'Grace,Hopper,,,Navy,,', 'Cy,Young,,,Looms,,'),
      )
      await expect(importing).rejects.toThrow(ValidationError)
      await expect(importing).rejects.toThrow(
        /^Row 3 \(Grace Hopper\) could not be saved: .*refused by the test trigger.*Nothing was imported/,
      )
      expect(await snapshot(ctx)).toEqual({ people: [], organizations: [], documents: [] })
    } finally {
      await sql`drop trigger refuse_grace${h.engine === 'postgres' ? sql` on people` : sql``}`.execute(
        db,
      )
      if (h.engine === 'postgres') await sql`drop function refuse_grace()`.execute(db)
    }
  })

  it('refuses an unknown --format and a file that is not the format given', async () => {
    const ctx = await h.newCtx()
    await expect(importContacts(ctx, csv('Ada,L,,,,,'), { format: 'excel' })).rejects.toThrow(
      '"excel" is not a format we read; use linkedin, google, outlook, thunderbird, roundcube, linkedin-contacts, vcard',
    )
    await expect(importContacts(ctx, csv('Ada,L,,,,,'), { format: 'vcard' })).rejects.toThrow(
      ValidationError,
    )
  })
})

describeEngines('importContacts: a long file answers with the first rows of each kind', (h) => {
  it('counts every row, lists the first of each kind, and writes every row to the full report', async () => {
    const ctx = await h.newCtx()
    await importContacts(ctx, csv('Ada,Lovelace,https://www.linkedin.com/in/ada,,Engines,,'))
    const rows = [
      'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.org,Engines,,',
      ...Array.from({ length: 250 }, (_, i) => `Person,${i},,,Org ${i % 7},,nonsense date`),
      ...Array.from({ length: 30 }, () => ',,,,,,06 Sep 2025'),
    ]
    const { report, fullReport } = await runImport(ctx, csv(...rows), {
      limits: { reportRows: 20 },
      fullReport: true,
    })
    expect(report).toMatchObject({ rows: 281, created: 250, updated: 1, skippedCount: 30 })
    expect(report.skipped).toHaveLength(20)
    expect(report.people.filter((p) => p.outcome === 'created')).toHaveLength(20)
    expect(report.people.map((p) => p.row)).toEqual(
      [...report.people.map((p) => p.row)].sort((a, b) => a - b),
    )
    expect(report.complete).toBe(false)
    expect(report.warnings).toEqual([
      'Rows 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 and 240 more: Connected On is not a date, left empty (e.g. "nonsense date").',
    ])
    const text = gunzipSync(fullReport ?? new Uint8Array()).toString('utf8')
    expect(
      text.startsWith(
        '\uFEFFRow,Outcome,Name,Organization,Filled or added,Kept yours,Same person as row,Reason skipped,Warnings\r\n',
      ),
    ).toBe(true)
    const lines = text.split('\r\n').filter(Boolean)
    // The header, every row, and the file's warning as a note.
    expect(lines).toHaveLength(1 + 281 + 1)
    expect(lines[1]).toBe('2,updated,Ada Lovelace,Engines,emails,,,,')
    expect(lines[2]).toBe(
      '3,created,Person 0,Org 0,,,,,"Connected On is not a date, left empty (""nonsense date"")"',
    )
    expect(lines[252]).toMatch(/^253,skipped,,,,,,no first or last name/)
    expect(lines[282]).toMatch(/^,note,,,,,,,"Rows 3, 4, 5/)
  })

  it('lists everything and says so when the file is short', async () => {
    const ctx = await h.newCtx()
    const report = await importContacts(ctx, csv('Ada,Lovelace,,,Engines,,', ',,,,,,06 Sep 2025'))
    expect(report).toMatchObject({ created: 1, skippedCount: 1, complete: true, id: null })
  })
})

describeEngines('importContacts planned in a worker thread', (h) => {
  const withoutIds = (report: Awaited<ReturnType<typeof importContacts>>) => ({
    ...report,
    people: report.people.map(({ personId: _, ...row }) => row),
  })

  it('gives the same report and the same people as planning in this thread', async () => {
    const files = ['linkedin/Basic_LinkedInDataExport_01-05-2026.zip', 'vcard/apple-3.0.vcf']
    for (const path of files) {
      const file = importable.find((f) => f.path === path)
      if (!file) throw new Error(`no fixture ${path}`)
      const here = await h.newCtx()
      const there = await h.newCtx()
      const options = { filename: baseName(path) }
      const inThread = await importContacts(here, file.bytes, { ...options, offThread: false })
      const inWorker = await importContacts(there, file.bytes, { ...options, offThread: true })
      expect(withoutIds(inWorker)).toEqual(withoutIds(inThread))
      const names = async (ctx: Ctx) =>
        (await listPeople(ctx, {}, { all: true })).items.map((p) => [p.name, p.organization])
      expect(await names(there)).toEqual(await names(here))
    }
  })

  it('refuses in the worker as here, after batches were written, and writes nothing', async () => {
    const ctx = await h.newCtx()
    const rows = Array.from({ length: 2500 }, (_, i) => `P,${i},,,,,`)
    const progress: number[] = []
    const importing = importContacts(ctx, csv(...rows), {
      offThread: true,
      limits: { rows: 2100 },
      onProgress: ({ rows }) => progress.push(rows),
    })
    await expect(importing).rejects.toThrow(ValidationError)
    await expect(importing).rejects.toThrow(/^The file has more than 2,100 rows/)
    expect(progress).toEqual([1000, 2000])
    expect(await snapshot(ctx)).toEqual({ people: [], organizations: [], documents: [] })
  })
})
