import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import type { AppEnv } from './env.ts'

/**
 * Serves the built web app from `webDir`: files as they are (hashed assets
 * cached for a year), and index.html for every other path so that the app's
 * own router takes over.
 */
export function serveWebApp(app: Hono<AppEnv>, webDir: string): void {
  const indexFile = join(webDir, 'index.html')
  if (!existsSync(indexFile)) {
    app.get('*', (c) =>
      c.text(
        'The web app is not built yet. Run `npm run build` (npm install does it), then restart.',
        503,
      ),
    )
    return
  }
  const indexHtml = readFileSync(indexFile, 'utf8')
  app.use(
    '/assets/*',
    serveStatic({
      root: webDir,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
      },
    }),
  )
  app.use('*', serveStatic({ root: webDir }))
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(indexHtml)
  })
}
