import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { shellManifest } from './service-worker-plugin.ts'

describe('the app shell of a build', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  function built(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'coffeechat-shell-'))
    dirs.push(dir)
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      writeFileSync(join(dir, path), text)
    }
    return dir
  }

  const build = {
    'index.html': '<script type="module" src="/assets/index-a1.js"></script>',
    'assets/index-a1.js': 'console.log(1)',
    'assets/index-b2.css': 'body{}',
    'favicon.svg': '<svg/>',
  }

  it('lists every file as the path it is served at, without the worker itself, source maps, precompressed copies or the manifest', () => {
    const dir = built({
      ...build,
      'sw.js': '/* worker */',
      'assets/index-a1.js.map': '{}',
      'assets/index-a1.js.br': 'brotli',
      'assets/index-a1.js.gz': 'gzip',
      'index.html.gz': 'gzip',
      '.vite/manifest.json': '{}',
    })
    expect(shellManifest(dir).files).toEqual([
      '/assets/index-a1.js',
      '/assets/index-b2.css',
      '/favicon.svg',
      '/index.html',
    ])
  })

  it('gives a new build id when any byte changes, and the same one for the same files', () => {
    const first = shellManifest(built(build)).buildId
    expect(shellManifest(built(build)).buildId).toBe(first)
    expect(shellManifest(built({ ...build, 'index.html': '<p>next build</p>' })).buildId).not.toBe(
      first,
    )
    expect(shellManifest(built({ ...build, 'sw.js': 'changed worker' })).buildId).toBe(first)
  })
})
