/**
 * Build tooling, not part of the web app: after Vite has written the app,
 * builds the service worker (`service-worker.ts`) into `sw.js` beside it,
 * as one classic script (no imports, no inline code: the CSP's
 * `script-src 'self'` covers it, and `worker-src` falls back to it), with
 * this build's id and the list of its files baked in. A new build is a
 * new sw.js, which the browser installs, replacing the old shell cache.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'vite'

export const serviceWorkerFile = 'sw.js'

const entry = fileURLToPath(new URL('../offline/service-worker.ts', import.meta.url))

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? filesUnder(join(dir, item.name)) : [join(dir, item.name)],
  )
}

/** What the server never sends as a file of its own: precompressed copies and dot directories (Vite's manifest). */
const notServed = /(?:\.br|\.gz|\.map)$|(?:^|\/)\./

/**
 * The app shell of a built web app: every file as the path it is served at
 * (the service worker itself, source maps, precompressed copies and Vite's
 * `.vite/` manifest aside), and an id that changes when any byte of them does.
 *
 * @example shellManifest('dist/web') // { files: ['/assets/index-AeMG6yKU.js', …, '/index.html'], buildId: '3f2a9c01d4e5' }
 */
export function shellManifest(outDir: string): { files: string[]; buildId: string } {
  const hash = createHash('sha256')
  const files: string[] = []
  for (const file of filesUnder(outDir).sort()) {
    const path = `/${relative(outDir, file).split(sep).join('/')}`
    if (path === `/${serviceWorkerFile}` || notServed.test(path)) continue
    files.push(path)
    hash.update(path).update('\0').update(readFileSync(file)).update('\0')
  }
  return { files, buildId: hash.digest('hex').slice(0, 12) }
}

/**
 * The Vite plugin: `plugins: [react(), serviceWorker()]`. Builds only (the
 * dev server has no worker, and the app registers none there).
 *
 * @example export default defineConfig({ plugins: [react(), serviceWorker()] })
 */
export function serviceWorker(): Plugin {
  let outDir = ''
  return {
    name: 'coffeechat:service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    async closeBundle() {
      const { files, buildId } = shellManifest(outDir)
      if (!files.includes('/index.html')) return
      await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        define: {
          __COFFEECHAT_BUILD__: JSON.stringify(buildId),
          __COFFEECHAT_SHELL__: JSON.stringify(files),
        },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: false,
          sourcemap: false,
          lib: {
            entry,
            formats: ['iife'],
            name: 'coffeechatServiceWorker',
            fileName: () => serviceWorkerFile,
          },
        },
      })
    },
  }
}
