import { rmSync } from 'node:fs'
import { join } from 'node:path'
import react from '@vitejs/plugin-react'
import { Hono } from 'hono'
import { type BrowserContext, chromium } from 'playwright-core'
import { build } from 'vite'
import { chromiumFlags, chromiumPath } from '../e2e/support.ts'
import { compressAnswers } from '../src/server/compression.ts'
import type { AppEnv } from '../src/server/env.ts'
import { listen, type RunningServer } from '../src/server/serve.ts'
import { serveWebApp } from '../src/server/static.ts'
import { precompress } from '../src/web/build/precompress.ts'
import { root, tempDir } from './support.ts'

export const coffeechatWebDir = join(root, 'dist/web')

/** Builds the web app as `npm run build` does, unless dist/web is newer than its sources. */
export { buildWebApp as buildCoffeechat, chromiumPath } from '../e2e/support.ts'

const referenceSource = join(import.meta.dirname, 'fixtures/minimal-web')

/**
 * The reference page (bench/fixtures/minimal-web: Vite + React + Mantine, an
 * app shell and a heading, nothing else), built in this run with the same
 * Vite, React plugin and precompression as coffeechat. Returns its build
 * directory.
 */
export async function buildReference(): Promise<string> {
  const outDir = tempDir('reference-web')
  await build({
    root: referenceSource,
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: [react(), precompress()],
    build: { outDir, emptyOutDir: true, manifest: true },
  })
  return outDir
}

/** Serves a build as coffeechat serves its own (precompressed copies, compression, index.html), on loopback. */
export function serveBuild(webDir: string): Promise<RunningServer> {
  const app = new Hono<AppEnv>()
  app.use('*', compressAnswers())
  serveWebApp(app, webDir)
  return listen(app, 0, '127.0.0.1')
}

/**
 * A phone on a slow mobile network, as Lighthouse's mobile profile has it:
 * 1.6 Mbps down, 750 kbps up, 150 ms round trips, the CPU 4× slower.
 */
export const slowPhone = {
  viewport: { width: 390, height: 844 },
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
}

export interface PageTiming {
  /** Largest Contentful Paint, ms from the start of navigation. */
  lcp: number
  /** When the first `h1` was in the document, ms from the start of navigation. */
  heading: number
}

/** Records LCP and the first heading's arrival in the page itself (runs before the page's first script). */
const recorder = { path: join(import.meta.dirname, 'fixtures/page-timing.js') }

/** Launches Debian's Chromium (never a downloaded one) for the measurements. */
export async function launchPhoneBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumFlags,
  })
}

/**
 * Opens `url` once as a first visit on the slow phone — a fresh context, so
 * an empty HTTP cache and no service worker (the worker would only
 * register on this visit; it serves the next ones) — and waits until the
 * heading is there and the network has settled, then reads LCP.
 */
export async function firstVisit(
  browser: Awaited<ReturnType<typeof launchPhoneBrowser>>,
  url: string,
): Promise<PageTiming> {
  const context: BrowserContext = await browser.newContext({
    viewport: slowPhone.viewport,
    serviceWorkers: 'block',
  })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: slowPhone.latencyMs,
      downloadThroughput: slowPhone.downloadBytesPerSecond,
      uploadThroughput: slowPhone.uploadBytesPerSecond,
    })
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowPhone.cpuSlowdown })
    await page.addInitScript(recorder)
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 })
    await page.waitForSelector('h1', { timeout: 120_000 })
    await page.waitForLoadState('networkidle', { timeout: 120_000 })
    await page.waitForTimeout(500)
    return await page.evaluate(
      () => (globalThis as unknown as { __timing: { lcp: number; heading: number } }).__timing,
    )
  } finally {
    await context.close()
  }
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}
