import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { webAppOf } from '../../test/http-client.ts'

/**
 * The web app's service worker (src/web/offline) must load under the CSP
 * the server sends: a same-origin script, with no `worker-src` narrower
 * than `script-src 'self'`, served as the file itself (not index.html).
 */
describe('the service worker under the server’s headers', () => {
  const webDir = mkdtempSync(join(tmpdir(), 'coffeechat-sw-'))
  mkdirSync(join(webDir, 'assets'))
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><div id="root"></div>')
  writeFileSync(
    join(webDir, 'sw.js'),
    '(function() { self.addEventListener("fetch", () => {}) })()',
  )
  const app = webAppOf(webDir)
  afterAll(() => rmSync(webDir, { recursive: true, force: true }))
  const get = (path: string) => app.request(path, { headers: { host: '127.0.0.1:4321' } })

  it('serves /sw.js as JavaScript from this origin', async () => {
    const response = await get('/sw.js')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^(text|application)\/javascript/)
    expect(await response.text()).toContain('addEventListener("fetch"')
  })

  it('lets a same-origin worker script run: script-src self, and no worker-src that forbids it', async () => {
    const response = await get('/conversations/abc/meeting')
    const policy = response.headers.get('content-security-policy') ?? ''
    const directives = new Map(
      policy.split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/)
        return [name, values] as const
      }),
    )
    expect(directives.get('script-src')).toEqual(["'self'"])
    const workerSrc = directives.get('worker-src') ?? directives.get('child-src')
    if (workerSrc) expect(workerSrc).toContain("'self'")
  })
})
