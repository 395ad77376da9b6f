import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Clock } from '../src/core/clock.ts'
import { openRuntime, type Runtime } from '../src/runtime.ts'
import { type RunningServer, startServer } from '../src/server/serve.ts'

export const chromiumPath = '/usr/bin/chromium'

const screenshots = join(import.meta.dirname, 'screenshots')

/** Where a test keeps a screenshot by this name: `e2e/screenshots/` (made when missing). */
export function screenshot(name: string): string {
  mkdirSync(screenshots, { recursive: true })
  return join(screenshots, name)
}

/** How every run here starts Chromium: no sandbox, GPU, background traffic, updates, sync or QUIC. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
const root = fileURLToPath(new URL('..', import.meta.url))
const webSource = join(root, 'src/web')
export const webDir = join(root, 'dist/web')

/** Whether the browser tests can run here; under CI=true a missing browser is a failure, not a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(chromiumPath)) return true
  if (process.env.CI === 'true') {
    throw new Error(
      `CI=true but Chromium is missing at ${chromiumPath}: install it (apt-get install chromium)`,
    )
  }
  console.warn(
    `\n*** ${chromiumPath} not found: the browser tests are SKIPPED (apt-get install chromium) ***\n`,
  )
  return false
}

function newestChange(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  )
}

/** Builds the web app into dist/web unless the build is newer than every file of src/web and the Vite config. */
export function buildWebApp(): void {
  const index = join(webDir, 'index.html')
  const newestSource = Math.max(newestChange(webSource), newestChange(join(root, 'vite.config.ts')))
  if (existsSync(index) && statSync(index).mtimeMs > newestSource) return
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    // Vitest sets NODE_ENV=test, which would make this a development build of React.
    { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
  )
}

export interface TestServer {
  url: string
  dataDir: string
  runtime: Runtime
  stop: () => Promise<void>
}

/**
 * Starts the real server with the built web app on a fresh data directory and a free port on 127.0.0.1.
 * `clock` replaces the system's time for everything the server dates.
 */
export async function startTestServer(options: { clock?: Clock } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'coffeechat-e2e-'))
  const opened = await openRuntime({ dataDir, env: {} })
  const clock = options.clock
  const runtime = clock ? { ...opened, clock, ctx: { ...opened.ctx, now: clock } } : opened
  let server: RunningServer
  try {
    server = await startServer({ runtime, port: 0, host: '127.0.0.1', webDir, version: 'e2e' })
  } catch (error) {
    await runtime.close()
    throw error
  }
  return {
    url: server.url,
    dataDir,
    runtime,
    stop: async () => {
      await server.close()
      await runtime.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export interface Browser {
  context: BrowserContext
  close: () => Promise<void>
}

/** Debian's Chromium through playwright-core (which never downloads a browser), with a fresh profile. */
export async function launchChromium(
  options: {
    viewport?: { width: number; height: number }
    colorScheme?: 'light' | 'dark'
    /** The browser's own zone (the machine's when not given). */
    timezoneId?: string
    /** The browser's language (dates follow it); British English unless a test says otherwise. */
    locale?: string
  } = {},
): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'coffeechat-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    locale: options.locale ?? 'en-GB',
    args: ['--headless', ...chromiumFlags],
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** A server a browser test opens: its base URL, and how to stop it. */
export interface StartedServer {
  url: string
  stop: () => Promise<void>
}

/** What a browser test's describe block works with: its own server and Chromium. */
export interface BrowserWorld<S extends StartedServer> {
  readonly server: S
  readonly browser: Browser
  /** Calls the API as the page would (same origin); the body is parsed JSON, or null. */
  call: (method: string, path: string, body?: unknown) => Promise<ApiAnswer>
  /** Calls the API as `call` does and expects it to succeed (below 300); the answer's body. */
  ok: (method: string, path: string, body?: unknown) => Promise<ApiAnswer['body']>
}

/** The world of a local-mode browser test (chromiumWorld). */
export type ChromiumWorld = BrowserWorld<TestServer>

export interface ApiAnswer {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: a test asserts the shape it reads with `expect`
  body: any
}

/**
 * Starts the server `start` makes and a fresh Chromium (none with
 * `browser: false`) before the describe block's tests (the web app built
 * once), and stops both after: the setup every browser test shares.
 */
export function browserWorld<S extends StartedServer>(
  start: () => Promise<S>,
  options: {
    browser?: Parameters<typeof launchChromium>[0] | false
    /** Runs once the server is up, before the browser starts (seeding data). */
    seed?: (server: S) => Promise<void>
  } = {},
): BrowserWorld<S> {
  let server: S | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    buildWebApp()
    server = await start()
    await options.seed?.(server)
    if (options.browser !== false) browser = await launchChromium(options.browser)
  }, 180_000)
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  const started = <T>(part: T | undefined, name: string): T => {
    if (part === undefined)
      throw new Error(`the ${name} is not started: use the world inside its tests`)
    return part
  }
  const call: BrowserWorld<S>['call'] = async (method, path, body) => {
    const url = started(server, 'server').url
    const response = await fetch(`${url}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', origin: url },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    return { status: response.status, body: await response.json().catch(() => null) }
  }
  return {
    get server() {
      return started(server, 'server')
    },
    get browser() {
      return started(browser, 'browser')
    },
    call,
    async ok(method, path, body) {
      const answer = await call(method, path, body)
      expect(answer.status, `${method} ${path}`).toBeLessThan(300)
      return answer.body
    },
  }
}

/**
 * browserWorld with the local server of startTestServer on a fresh data
 * directory, and Chromium as `browser` says.
 */
export function chromiumWorld(
  options: {
    server?: Parameters<typeof startTestServer>[0]
    browser?: Parameters<typeof launchChromium>[0] | false
    /** Runs once the server is up, before the browser starts (seeding data). */
    seed?: (server: TestServer) => Promise<void>
  } = {},
): ChromiumWorld {
  return browserWorld(() => startTestServer(options.server), options)
}

/**
 * An outreach draft to `personId` saved through the API, as the composer
 * saves one; the draft as answered.
 *
 * @example const draft = await outreachDraft(world, amara.id, 'Your advice', 'Hi Amara, …')
 */
export function outreachDraft(
  world: Pick<BrowserWorld<StartedServer>, 'ok'>,
  personId: string,
  subject: string,
  body: string,
): Promise<ApiAnswer['body']> {
  return world.ok('POST', '/messages', { kind: 'outreach', personId, subject, body })
}

/**
 * Opens a fresh Chromium at each of `sizes` in light and dark, its page
 * errors logged, and hands its page to `visit` (the screenshot scripts).
 */
export async function inEverySizeAndScheme(
  sizes: Record<string, { width: number; height: number }>,
  visit: (page: Page, sizeName: string, colorScheme: 'light' | 'dark') => Promise<void>,
): Promise<void> {
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const browser = await launchChromium({ viewport, colorScheme })
      const page = await browser.context.newPage()
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
      await visit(page, sizeName, colorScheme)
      await browser.close()
    }
  }
}

/**
 * Opens `url`, lets the network settle, does `shot.act`, waits `pause` ms,
 * then saves the page as `path` and names it on the console.
 */
export async function screenshotOf(
  page: Page,
  url: string,
  path: string,
  shot: { act?: (page: Page) => Promise<void>; fullPage?: boolean },
  pause: number,
): Promise<void> {
  await page.goto(url)
  await page.waitForLoadState('networkidle')
  await shot.act?.(page)
  await page.waitForTimeout(pause)
  await page.screenshot({ path, fullPage: shot.fullPage ?? false })
  console.log(basename(path))
}
