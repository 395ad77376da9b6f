import { parse } from 'csv-parse/sync'
import { expect, it } from 'vitest'
import yauzl from 'yauzl'
import { describeEngines } from '../../../test/engines.ts'
import { sampleExplorer } from '../backup/sample-explorer.ts'
import { importContacts } from '../imports/service.ts'
import { listPeople } from '../people/service.ts'
import { slug } from './markdown.ts'
import { exportCsv, exportMarkdown, exportVcard, zipFiles } from './service.ts'

/** The YAML front matter of a Markdown file, read by a parser just big enough for ours. */
function frontMatter(text: string): Record<string, unknown> {
  const match = text.match(/^---\n([\s\S]*?)\n---\n/)
  if (!match?.[1]) throw new Error('no front matter')
  const result: Record<string, unknown> = {}
  let listKey: string | null = null
  for (const line of match[1].split('\n')) {
    const item = line.match(/^ {2}- (.*)$/)
    if (item && listKey) {
      ;(result[listKey] as unknown[]).push(JSON.parse(item[1] ?? ''))
      continue
    }
    const pair = line.match(/^([a-z_]+):(?: (.*))?$/)
    if (!pair?.[1]) throw new Error(`not YAML we write: ${line}`)
    listKey = pair[2] === undefined ? pair[1] : null
    result[pair[1]] =
      pair[2] === undefined ? [] : JSON.parse(pair[2].replace(/^(\d{4}-\d{2}-\d{2})$/, '"$1"'))
  }
  return result
}

function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error)
      const files = new Map<string, string>()
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err)
          const chunks: Buffer[] = []
          stream.on('data', (c: Buffer) => chunks.push(c))
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks).toString('utf8'))
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(files))
      zip.readEntry()
    })
  })
}

describeEngines('file exports', (h) => {
  it('writes one Markdown file per conversation with front matter, answers and reflection', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const files = await exportMarkdown(ctx)
    expect(files.map((f) => f.path)).toEqual([
      '2026-03-02-renee-dupont.md',
      '2026-03-05-ada-lovelace.md',
      'people.md',
    ])
    const ada = files[1]?.text ?? ''
    expect(frontMatter(ada)).toEqual({
      person: 'Ada Lovelace',
      organization: 'Northwind Health',
      careers: ['Data scientist'],
      date: '2026-03-05',
      time: '15:00',
      time_zone: 'Europe/Berlin',
      status: 'met',
      fit: 4,
      format: 'video',
    })
    expect(ada).toContain(
      '# Conversation with Ada Lovelace\n\nSenior Data Scientist at Northwind Health · 2026-03-05 15:00 (Europe/Berlin) · 30 minutes · https://meet.example/ada',
    )
    expect(ada).toContain('## Notes\n\nShe moved from astrophysics.')
    expect(ada).toContain('## Meeting notes\n\nTalk to Renée about readmission models.')
    expect(ada).toContain(
      '### What does a normal day look like?\n\nMostly cleaning data;\nthen a model or two.',
    )
    expect(ada).toContain('### What do you wish you had known?\n\n_Not asked._')
    expect(ada).toContain('## Reflection\n\n**Fit:** 4/5')
    expect(ada).toContain('### What I would like\n\n- Real patients\n- Smart colleagues')
    expect(ada).toContain('| 70,000 | 90,000 | EUR | year | senior |  | 2026 |  |')
    const renee = frontMatter(files[0]?.text ?? '')
    expect(renee).toMatchObject({
      person: 'Renée Dupont',
      organization: null,
      date: null,
      fit: null,
    })
    const index = files[2]?.text ?? ''
    expect(index).toContain(
      '## Ada Lovelace\n\nSenior Data Scientist · Northwind Health · Data scientist, ML in healthcare\n\n- [2026-03-05 — met](<2026-03-05-ada-lovelace.md>)',
    )
    expect(index).toContain(
      '## Renée Dupont\n\n- [not scheduled — identified](<2026-03-02-renee-dupont.md>)',
    )
  })

  it('names files safely and never twice', () => {
    expect(slug('Renée  O’Brien / Ph.D.')).toBe('renee-o-brien-ph-d')
    expect(slug('晓航 李')).toBe('晓航-李')
    expect(slug('../../etc/passwd')).toBe('etc-passwd')
    expect(slug('🙂')).toBe('')
    expect([...slug('x'.repeat(300))].length).toBe(60)
  })

  it('writes people, organizations and conversations as CSV, and zips them', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const files = await exportCsv(ctx)
    const people: Array<Record<string, string>> = parse(files[0]?.text ?? '', {
      bom: true,
      columns: true,
    })
    expect(people.map((p) => p.Name)).toEqual(['Ada Lovelace', 'Renée Dupont'])
    expect(people[0]).toMatchObject({ Organization: 'Northwind Health', Tags: 'alumni; mentor' })
    const zipped = await unzip(zipFiles(files, ctx.now()))
    expect([...zipped.keys()]).toEqual(['people.csv', 'organizations.csv', 'conversations.csv'])
    expect(zipped.get('organizations.csv')).toBe(files[1]?.text)
  })

  it('writes vCard 3.0 that our import reads back to the same people', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const vcard = await exportVcard(ctx)
    expect(vcard.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true)
    for (const line of vcard.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const bytes = new TextEncoder().encode(vcard)
    const again = await importContacts(ctx, bytes, { filename: 'people.vcf' })
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2 })

    const elsewhere = await h.newCtx()
    const report = await importContacts(elsewhere, bytes, { filename: 'people.vcf' })
    expect(report).toMatchObject({ created: 2, skipped: [], warnings: [] })
    const fields = (p: Awaited<ReturnType<typeof listPeople>>['items'][number]) => ({
      name: p.name,
      firstName: p.firstName,
      organization: p.organization,
      title: p.title,
      emails: p.emails,
      phones: p.phones,
      linkedinUrl: p.linkedinUrl,
      notes: p.notes,
      tags: p.tags,
    })
    const original = (await listPeople(ctx, {}, { all: true })).items.map(fields)
    const imported = (await listPeople(elsewhere, {}, { all: true })).items.map(fields)
    expect(imported).toEqual(original)
  })
})
