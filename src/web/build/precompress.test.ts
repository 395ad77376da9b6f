import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { precompressDir } from './precompress.ts'

describe('precompressing a build', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  function built(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), 'coffeechat-precompress-'))
    dirs.push(dir)
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true })
      writeFileSync(join(dir, path), content)
    }
    return dir
  }

  it('writes a brotli and a gzip copy beside each text file, which decode to the file', async () => {
    const script = `export const words = ${JSON.stringify('coffee chat '.repeat(500))}\n`
    const style = `.cc-main { padding: 1rem; }\n`.repeat(100)
    const dir = built({
      'assets/index-a1.js': script,
      'assets/index-b2.css': style,
      'sw.js': script,
    })
    await precompressDir(dir)
    for (const [file, content] of [
      ['assets/index-a1.js', script],
      ['assets/index-b2.css', style],
      ['sw.js', script],
    ] as const) {
      const br = readFileSync(join(dir, `${file}.br`))
      const gz = readFileSync(join(dir, `${file}.gz`))
      expect(br.length).toBeLessThan(content.length / 5)
      expect(brotliDecompressSync(br).toString()).toBe(content)
      expect(gunzipSync(gz).toString()).toBe(content)
    }
  })

  it('leaves small files, compressed formats and the .vite manifest alone', async () => {
    const big = 'x'.repeat(5000)
    const dir = built({
      'favicon.svg': '<svg/>',
      'assets/photo.png': big,
      'assets/fonts.woff2': big,
      '.vite/manifest.json': `{"padding": "${big}"}`,
    })
    await precompressDir(dir)
    for (const file of [
      'favicon.svg',
      'assets/photo.png',
      'assets/fonts.woff2',
      '.vite/manifest.json',
    ]) {
      expect(existsSync(join(dir, `${file}.br`)), file).toBe(false)
      expect(existsSync(join(dir, `${file}.gz`)), file).toBe(false)
    }
  })
})
