/**
 * Build tooling, not part of the web app: a Vite plugin that writes a
 * brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every
 * text file of the build, once, so the server sends the smallest form a
 * browser accepts without compressing anything per request
 * (`src/server/static.ts` picks the copy by `Accept-Encoding`).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/** Below this size a copy saves less than its coding costs (the server's threshold too). */
export const precompressThreshold = 1024

/** The files worth a copy: text. Images, fonts and archives are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|xml|ics)$/

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    // Vite's .vite/ manifest is not served, so it needs no copies.
    if (item.name.startsWith('.')) return []
    const path = join(dir, item.name)
    return item.isDirectory() ? filesUnder(path) : [path]
  })
}

/**
 * Writes `.br` and `.gz` beside each compressible file of `outDir` of at
 * least `threshold` bytes, keeping only copies smaller than the file.
 * Returns the files it compressed.
 *
 * @example await precompressDir('dist/web') // ['dist/web/assets/index-Ab12.js', …]
 */
export async function precompressDir(
  outDir: string,
  threshold = precompressThreshold,
): Promise<string[]> {
  const files = filesUnder(outDir).filter(
    (file) => compressible.test(file) && statSync(file).size >= threshold,
  )
  await Promise.all(
    files.map(async (file) => {
      const content = readFileSync(file)
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipped(content, { level: 9 }),
      ])
      if (br.length < content.length) writeFileSync(`${file}.br`, br)
      if (gz.length < content.length) writeFileSync(`${file}.gz`, gz)
    }),
  )
  return files
}

/**
 * The Vite plugin: last, after every other plugin has written its files
 * (the service worker's `sw.js` included).
 *
 * @example export default defineConfig({ plugins: [react(), serviceWorker(), precompress()] })
 */
export function precompress(): Plugin {
  let outDir = ''
  return {
    name: 'coffeechat:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle: {
      order: 'post',
      async handler(error) {
        if (!error) await precompressDir(outDir)
      },
    },
  }
}
