import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { webAppOf } from '../../test/http-client.ts'

const chromium = 'gzip, deflate, br, zstd'

/**
 * The built web app as the server sends it, from a build laid out as Vite
 * and the precompress plugin write it: hashed assets with `.br` and `.gz`
 * copies, index.html with its copies, sw.js and the icon without.
 */
describe('the built web app over HTTP', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'coffeechat-static-'))
  const script = `console.log(${JSON.stringify('coffeechat '.repeat(400))})\n`
  const page = `<!doctype html><html><head><script type="module" src="/assets/index-a1.js"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(80)}</body></html>`
  const files: Record<string, string | Buffer> = {
    'index.html': page,
    'index.html.br': brotliCompressSync(page),
    'index.html.gz': gzipSync(page),
    'assets/index-a1.js': script,
    'assets/index-a1.js.br': brotliCompressSync(script),
    'assets/index-a1.js.gz': gzipSync(script),
    'sw.js': '(function () { self.addEventListener("fetch", () => {}) })()',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '.vite/manifest.json': '{"index.html":{"file":"assets/index-a1.js"}}',
  }
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(webDir, path, '..'), { recursive: true })
    writeFileSync(join(webDir, path), content)
  }
  afterAll(() => rmSync(webDir, { recursive: true, force: true }))
  const app = webAppOf(webDir)
  const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
    app.request(path, { method, headers: { host: '127.0.0.1:4321', ...headers } })
  const body = async (response: Response) => Buffer.from(await response.arrayBuffer())

  it('sends the brotli copy to a browser, the gzip copy to a gzip-only client, the file to others', async () => {
    const br = await get('/assets/index-a1.js', { 'accept-encoding': chromium })
    expect(br.status).toBe(200)
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('content-type')).toMatch(/^text\/javascript/)
    const brBytes = await body(br)
    expect(br.headers.get('content-length')).toBe(String(brBytes.length))
    expect(brBytes.length).toBeLessThan(script.length / 10)
    expect(brotliDecompressSync(brBytes).toString()).toBe(script)

    const gz = await get('/assets/index-a1.js', { 'accept-encoding': 'gzip' })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(await body(gz)).toString()).toBe(script)

    const plain = await get('/assets/index-a1.js', { 'accept-encoding': 'br;q=0, gzip;q=0' })
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(script)

    for (const response of [br, gz, plain]) {
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    }
  })

  it('gives each form its own entity tag and answers 304 to the one the browser has', async () => {
    const tags = await Promise.all(
      [chromium, 'gzip', ''].map(async (accept) => {
        const response = await get('/assets/index-a1.js', { 'accept-encoding': accept })
        return response.headers.get('etag') ?? ''
      }),
    )
    expect(new Set(tags).size).toBe(3)
    for (const tag of tags) expect(tag).toMatch(/^"[^"]+"$/)
    const [brTag = '', gzTag = ''] = tags
    const again = await get('/assets/index-a1.js', {
      'accept-encoding': chromium,
      'if-none-match': brTag,
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(brTag)
    // The gzip form's tag does not stand for the brotli form.
    const other = await get('/assets/index-a1.js', {
      'accept-encoding': chromium,
      'if-none-match': gzTag,
    })
    expect(other.status).toBe(200)
  })

  it('answers every page of the app with index.html, negotiated and revalidated', async () => {
    const br = await get('/conversations/abc/meeting', { 'accept-encoding': chromium })
    expect(br.status).toBe(200)
    expect(br.headers.get('content-type')).toMatch(/^text\/html/)
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('cache-control')).toBe('no-cache')
    expect(brotliDecompressSync(await body(br)).toString()).toBe(page)
    const root = await get('/')
    expect(await root.text()).toBe(page)
    const tag = root.headers.get('etag') ?? ''
    expect((await get('/people', { 'if-none-match': tag })).status).toBe(304)
  })

  it('sends files without copies as they are, revalidated', async () => {
    const worker = await get('/sw.js', { 'accept-encoding': chromium })
    expect(worker.headers.get('content-encoding')).toBeNull()
    expect(worker.headers.get('cache-control')).toBe('no-cache')
    expect(await worker.text()).toBe(files['sw.js'])
    const icon = await get('/favicon.svg', { 'accept-encoding': chromium })
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(await icon.text()).toBe(files['favicon.svg'])
  })

  it('answers a missing asset with 404, never with index.html, and serves no copy or manifest by name', async () => {
    for (const path of [
      '/assets/index-old.js',
      '/assets/index-a1.js.br',
      '/assets/index-a1.js.gz',
    ]) {
      const response = await get(path, { 'accept-encoding': chromium })
      expect(response.status, path).toBe(404)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    }
    const manifest = await get('/.vite/manifest.json')
    expect(await manifest.text()).toBe(page)
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get('/assets/index-a1.js', { 'accept-encoding': chromium }, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-encoding')).toBe('br')
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0)
    expect(await head.text()).toBe('')
  })
})
