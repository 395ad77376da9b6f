import { existsSync, readdirSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Context, Hono } from 'hono'
import { getMimeType } from 'hono/utils/mime'
import { type ContentCoding, negotiateEncoding, noneMatch } from './accept-encoding.ts'
import type { AppEnv } from './env.ts'

/** What the build wrote beside a file, ahead of time (`src/web/build/precompress.ts`). */
const precompressedSuffix: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' }

interface Representation {
  file: string
  size: number
  etag: string
}

/** One file of the build as the server sends it: as built, and its precompressed copies. */
interface WebFile {
  type: string
  identity: Representation
  codings: Partial<Record<ContentCoding, Representation>>
}

function tagOf(size: number, mtimeMs: number): string {
  return `${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}`
}

/**
 * Every file of the built web app by the path it is served at, read once
 * at start (the build does not change under a running server; index.html
 * never did either). Dot directories (Vite's `.vite/` manifest) are not
 * served, and `.br`/`.gz` copies only as the coding of their file — so no
 * request path can name anything else on disk.
 */
function indexWebDir(webDir: string): Map<string, WebFile> {
  const found = new Map<string, { size: number; mtimeMs: number }>()
  const walk = (dir: string, prefix: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      if (item.name.startsWith('.')) continue
      const file = join(dir, item.name)
      if (item.isDirectory()) walk(file, `${prefix}${item.name}/`)
      else if (item.isFile()) {
        const stat = statSync(file)
        found.set(`${prefix}${item.name}`, { size: stat.size, mtimeMs: stat.mtimeMs })
      }
    }
  }
  walk(webDir, '/')
  const files = new Map<string, WebFile>()
  for (const [path, stat] of found) {
    const suffixes = Object.values(precompressedSuffix)
    if (
      suffixes.some((suffix) => path.endsWith(suffix) && found.has(path.slice(0, -suffix.length)))
    )
      continue
    const tag = tagOf(stat.size, stat.mtimeMs)
    const codings: WebFile['codings'] = {}
    for (const [coding, suffix] of Object.entries(precompressedSuffix) as [
      ContentCoding,
      string,
    ][]) {
      const copy = found.get(path + suffix)
      if (copy)
        codings[coding] = { file: path + suffix, size: copy.size, etag: `"${tag}-${coding}"` }
    }
    files.set(path, {
      type: getMimeType(path) ?? 'application/octet-stream',
      identity: { file: path, size: stat.size, etag: `"${tag}"` },
      codings,
    })
  }
  return files
}

/**
 * Sends one file: its brotli or gzip copy when the request accepts it,
 * else the file itself; always `Vary: Accept-Encoding` (the answer depends
 * on it) and an entity tag per representation, answering 304 when the
 * request already has it.
 */
async function send(c: Context<AppEnv>, webDir: string, file: WebFile, cacheControl: string) {
  const available = (['br', 'gzip'] as const).filter((coding) => file.codings[coding])
  const coding = negotiateEncoding(c.req.header('accept-encoding'), available)
  const chosen = (coding && file.codings[coding]) || file.identity
  c.header('Content-Type', file.type)
  c.header('Cache-Control', cacheControl)
  c.header('Vary', 'Accept-Encoding')
  c.header('ETag', chosen.etag)
  if (noneMatch(c.req.header('if-none-match'), chosen.etag)) return c.body(null, 304)
  if (coding) c.header('Content-Encoding', coding)
  c.header('Content-Length', String(chosen.size))
  if (c.req.method === 'HEAD') return c.body(null, 200)
  return c.body(await readFile(join(webDir, chosen.file)), 200)
}

const immutable = 'public, max-age=31536000, immutable'

/**
 * Serves the built web app from `webDir`: hashed assets cached for a year,
 * every other file revalidated, precompressed copies chosen per request,
 * and index.html for every other path so that the app's own router takes
 * over. A missing asset is a 404 (never index.html, which a browser or the
 * service worker would take for the script it asked for).
 */
export function serveWebApp(app: Hono<AppEnv>, webDir: string): void {
  if (!existsSync(join(webDir, 'index.html'))) {
    app.get('*', (c) =>
      c.text(
        'The web app is not built yet. Run `npm run build` (npm install does it), then restart.',
        503,
      ),
    )
    return
  }
  const files = indexWebDir(webDir)
  const index = files.get('/index.html')
  app.get('*', async (c) => {
    const path = c.req.path
    const file = files.get(path)
    if (file) return send(c, webDir, file, path.startsWith('/assets/') ? immutable : 'no-cache')
    if (path.startsWith('/assets/') || !index) return c.notFound()
    return send(c, webDir, index, 'no-cache')
  })
}
