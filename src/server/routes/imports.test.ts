import { expect, it } from 'vitest'
import yauzl from 'yauzl'
import { describeEngines } from '../../../test/engines.ts'
import { fixture } from '../../../test/fixtures/corpus.ts'
import { exportBackup } from '../../core/backup/export-json.ts'
import { sampleExplorer } from '../../core/backup/sample-explorer.ts'
import type { Ctx } from '../../core/context.ts'
import { listPeople } from '../../core/people/service.ts'
import { createApp } from '../app.ts'

const origin = 'http://127.0.0.1:4321'
const zip = () => fixture('linkedin/Basic_LinkedInDataExport_01-05-2026.zip').bytes.slice()

function appFor(ctx: Ctx) {
  const app = createApp({ contextFor: () => ctx, local: true, version: 'test' })
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
    expect(await preview.json()).toMatchObject({ dryRun: true, format: 'linkedin', created: 11 })
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(0)
    const real = await send('dryRun=false')
    expect(await real.json()).toMatchObject({ dryRun: false, created: 11, skipped: [{ row: 10 }] })
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(11)
  })

  it('takes a multipart form with the file in "file", using its name', async () => {
    const ctx = await h.newCtx()
    const form = new FormData()
    const vcf = fixture('vcard/apple-3.0.vcf').bytes
    form.set('file', new File([vcf.slice()], 'apple.vcf', { type: 'text/vcard' }))
    const response = await appFor(ctx)('/api/imports?dryRun=false', { method: 'POST', body: form })
    expect(response.status).toBe(200)
    const report = await response.json()
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
    const body = await response.json()
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
    expect((await json.json()).error).toMatch(/application\/octet-stream.*multipart\/form-data/)
    const declared = await request('/api/imports', {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(21 * 1024 * 1024),
      },
      body: 'x',
    })
    expect(declared.status).toBe(413)
    expect((await declared.json()).error).toMatch(/larger than 20 MB/)
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
    const doc = await response.json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/imports', '/api/export/json', '/api/export/csv.zip']),
    )
  })
})
