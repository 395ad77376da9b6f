import { expect, it } from 'vitest'
import yauzl from 'yauzl'
import { describeEngines } from '../../../test/engines.ts'
import { fixture } from '../../../test/fixtures/corpus.ts'
import { readJson } from '../../../test/json.ts'
import { zipBomb } from '../../../test/zip-bomb.ts'
import { exportBackup } from '../../core/backup/export-json.ts'
import { sampleExplorer } from '../../core/backup/sample-explorer.ts'
import type { Ctx } from '../../core/context.ts'
import { listPeople } from '../../core/people/service.ts'
import { defaultImportLimits, type ImportLimits } from '../../core/settings/import-limits.ts'
import { createApp } from '../app.ts'

const origin = 'http://127.0.0.1:4321'
const zip = () => fixture('linkedin/Basic_LinkedInDataExport_01-05-2026.zip').bytes.slice()

function appFor(ctx: Ctx, importLimits?: ImportLimits) {
  const app = createApp({ contextFor: () => ctx, local: true, version: 'test', importLimits })
  return (path: string, init: RequestInit = {}) =>
    app.request(path, {
      ...init,
      headers: { host: '127.0.0.1:4321', origin, ...(init.headers ?? {}) },
    })
}

function entriesOf(bytes: Uint8Array): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), (error, archive) => {
      if (error || !archive) return reject(error)
      const names: string[] = []
      archive.on('entry', (entry: yauzl.Entry) => names.push(entry.fileName))
      archive.on('end', () => resolve(names))
    })
  })
}

describeEngines('POST /api/imports', (h) => {
  it('previews a raw upload by default, then imports it with dryRun=false', async () => {
    const ctx = await h.newCtx()
    const request = appFor(ctx)
    const send = (query: string) =>
      request(`/api/imports?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: zip(),
      })
    const preview = await send('filename=Basic_LinkedInDataExport_01-05-2026.zip')
    expect(preview.status).toBe(200)
    expect(await readJson(preview)).toMatchObject({ dryRun: true, format: 'linkedin', created: 11 })
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(0)
    const real = await send('dryRun=false')
    expect(await readJson(real)).toMatchObject({
      dryRun: false,
      created: 11,
      skipped: [{ row: 10 }],
    })
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(11)
  })

  it('takes a multipart form with the file in "file", using its name', async () => {
    const ctx = await h.newCtx()
    const form = new FormData()
    const vcf = fixture('vcard/apple-3.0.vcf').bytes
    form.set('file', new File([vcf.slice()], 'apple.vcf', { type: 'text/vcard' }))
    const response = await appFor(ctx)('/api/imports?dryRun=false', { method: 'POST', body: form })
    expect(response.status).toBe(200)
    const report = await readJson(response)
    expect(report).toMatchObject({ format: 'vcard', dryRun: false })
    const { items } = await listPeople(ctx, {}, { all: true })
    expect(items[0]?.source).toBe('vCard file (apple.vcf)')
  })

  it('refuses a file that is no contact export with 400 and says what it is', async () => {
    const response = await appFor(await h.newCtx())('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: fixture('linkedin/messages.csv').bytes.slice(),
    })
    expect(response.status).toBe(400)
    const body = await readJson(response)
    expect(body.error).toMatch(/LinkedIn's messages\.csv.*not Connections\.csv/)
    expect(body.issues).toEqual([{ path: 'file', message: expect.any(String) }])
  })

  it('checks type and size before reading the body (415, 413), and the format option (400)', async () => {
    const request = appFor(await h.newCtx())
    const json = await request('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(json.status).toBe(415)
    expect((await readJson(json)).error).toMatch(/application\/octet-stream.*multipart\/form-data/)
    const declared = await request('/api/imports', {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(21 * 1024 * 1024),
      },
      body: 'x',
    })
    expect(declared.status).toBe(413)
    expect((await readJson(declared)).error).toMatch(/larger than 20 MB/)
    const smaller = appFor(await h.newCtx(), { ...defaultImportLimits, uploadBytes: 1024 * 1024 })
    const over = await smaller('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'text/csv', 'content-length': String(2 * 1024 * 1024) },
      body: 'x',
    })
    expect(over.status).toBe(413)
    expect((await readJson(over)).error).toMatch(
      /^the file is larger than 1 MB, the most an import takes/,
    )
    // Streamed without a length: cut off while it arrives.
    const big = new Uint8Array(21 * 1024 * 1024)
    const streamed = await request('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(big)
          controller.close()
        },
      }),
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
    // Above the 2 MB of every other route, below 20 MB: accepted (and refused for what it is).
    const large = await request('/api/imports', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `Date,Amount\n${'2026-01-01,1\n'.repeat(300_000)}`,
    })
    expect(large.status).toBe(400)
    const format = await request('/api/imports?format=excel', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b',
    })
    expect(format.status).toBe(400)
  })
})

describeEngines('POST /api/imports: limits, the capped answer and the full report', (h) => {
  const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'
  const connections = (count: number) =>
    new TextEncoder().encode(
      [header, ...Array.from({ length: count }, (_, i) => `Person,${i},,,Org ${i % 9},,`)].join(
        '\n',
      ),
    )
  const post = (request: ReturnType<typeof appFor>, body: Uint8Array, query = '', headers = {}) =>
    request(`/api/imports?${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...headers },
      body: body.slice(),
    })

  it('refuses the ZIP bomb of issue 11 at once, saying the limit and how to split the file', async () => {
    const { zip } = await zipBomb({ rows: 3_200_000 })
    const response = await post(appFor(await h.newCtx()), zip)
    expect(response.status).toBe(400)
    const { issues } = await readJson(response)
    expect(issues).toEqual([{ path: 'file', message: expect.any(String) }])
    expect(issues[0].message).toMatch(
      /^Basic_LinkedInDataExport_01-05-2026\/Connections\.csv in the ZIP unpacks to 238\.\d MB, more than the 100 MB one import reads\..*split Connections\.csv into files under 100 MB/,
    )
  })

  it('refuses a file with more rows than the server takes, and writes nothing', async () => {
    const ctx = await h.newCtx()
    const request = appFor(ctx, { ...defaultImportLimits, rows: 500 })
    const response = await post(request, connections(1200), 'dryRun=false')
    expect(response.status).toBe(400)
    expect((await readJson(response)).issues[0].message).toBe(
      'The file has more than 500 rows, the most one import reads (a LinkedIn export has at most 30,000). Split it into files of at most 500 rows (a CSV with the header line at the top of each, vCards between two cards) and import them one after the other.',
    )
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(0)
  })

  it('answers with the first rows of each kind; the full report has every row', async () => {
    const ctx = await h.newCtx()
    const request = appFor(ctx, { ...defaultImportLimits, reportRows: 25 })
    const response = await post(request, connections(300), 'filename=Connections.csv')
    const report = await readJson(response)
    expect(report).toMatchObject({ dryRun: true, rows: 300, created: 300, complete: false })
    expect(report.people).toHaveLength(25)
    expect(JSON.stringify(report).length).toBeLessThan(20_000)
    const full = await request(`/api/imports/${report.id}/report.csv`)
    expect(full.status).toBe(200)
    expect(full.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(full.headers.get('content-disposition')).toBe(
      'attachment; filename="Connections-preview-report.csv"',
    )
    const bytes = Buffer.from(await full.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').split('\r\n').filter(Boolean)
    expect(lines[0]).toBe(
      '\uFEFFRow,Outcome,Name,Organization,Filled or added,Kept yours,Same person as row,Reason skipped,Warnings',
    )
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(
      Array.from({ length: 300 }, (_, i) => String(i + 2)),
    )
    expect((await request('/api/imports/nope/report.csv')).status).toBe(404)
    // Another explorer's report is no one else's to read.
    const other = appFor(await h.newCtx())
    expect((await other(`/api/imports/${report.id}/report.csv`)).status).toBe(404)
  })

  it('streams its progress, then the report, with Accept: application/x-ndjson', async () => {
    const request = appFor(await h.newCtx())
    const response = await post(request, connections(2500), '', { accept: 'application/x-ndjson' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8')
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.slice(0, -1).map((l) => l.progress.rows)).toEqual([1000, 2000, 2500])
    expect(lines.at(-1)).toMatchObject({ report: { rows: 2500, created: 2500 } })
    const refused = await post(request, new TextEncoder().encode('a,b\n1,2'), '', {
      accept: 'application/x-ndjson',
    })
    expect(JSON.parse((await refused.text()).trim())).toMatchObject({
      status: 400,
      issues: [{ path: 'file' }],
    })
  })

  it('runs one import per account at a time: simultaneous uploads get 429 with Retry-After', async () => {
    const ctx = await h.newCtx()
    const request = appFor(ctx)
    const file = connections(3000)
    const answers = await Promise.all([1, 2, 3, 4].map(() => post(request, file, 'dryRun=false')))
    const statuses = answers.map((a) => a.status).sort()
    expect(statuses).toEqual([200, 429, 429, 429])
    const busy = answers.find((a) => a.status === 429)
    expect(busy?.headers.get('retry-after')).toBe('10')
    expect((await readJson(busy)).error).toBe(
      'Another import of yours is still running; try again when it has finished (in a few seconds).',
    )
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(3000)
    // Once it is done, the next one runs.
    expect((await post(request, file)).status).toBe(200)
  })

  it('runs at most perServer imports at a time, all accounts together', async () => {
    const limits = { ...defaultImportLimits, perAccount: 5, perServer: 2 }
    const request = appFor(await h.newCtx(), limits)
    const file = connections(3000)
    const answers = await Promise.all([1, 2, 3, 4, 5].map(() => post(request, file)))
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 429, 429, 429])
    const busy = answers.find((a) => a.status === 429)
    expect((await readJson(busy)).error).toMatch(/^The server is busy with other imports right now/)
  })
})

describeEngines('GET /api/export/*', (h) => {
  it('downloads the backup, CSV and Markdown archives and the vCard file', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const request = appFor(ctx)
    const backup = await request('/api/export/json')
    expect(backup.status).toBe(200)
    expect(backup.headers.get('content-disposition')).toBe(
      'attachment; filename="coffeechat-backup-2026-03-02.json"',
    )
    expect(backup.headers.get('cache-control')).toBe('no-store')
    expect(await backup.text()).toBe(await exportBackup(ctx))
    const csv = await request('/api/export/csv.zip')
    expect(csv.headers.get('content-type')).toBe('application/zip')
    expect(await entriesOf(new Uint8Array(await csv.arrayBuffer()))).toEqual([
      'people.csv',
      'organizations.csv',
      'conversations.csv',
    ])
    const markdown = await request('/api/export/markdown.zip')
    expect(await entriesOf(new Uint8Array(await markdown.arrayBuffer()))).toContain('people.md')
    const vcard = await request('/api/export/vcard')
    expect(vcard.headers.get('content-type')).toBe('text/vcard; charset=utf-8')
    expect(await vcard.text()).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/)
  })

  it('is in the OpenAPI document', async () => {
    const response = await appFor(await h.newCtx())('/api/openapi.json')
    const doc = await readJson(response)
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/imports', '/api/export/json', '/api/export/csv.zip']),
    )
  })
})
