import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { generateDemo } from '../src/demo/generate.ts'
import {
  type AppRoute,
  demoIds,
  endsSomePattern,
  hostedRoutes,
  localRoutes,
  routerPaths,
} from './app-routes.ts'
import { axeViolations, openInApp, pageShape, scrollsSideways, settled, sizes } from './axe.ts'
import { hostedChromiumWorld, postgresAvailable } from './hosted-server.ts'
import { type Focused, focused, tab, tabTo } from './meeting-keyboard.ts'
import { answerBox, phone } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

const routerFile = fileURLToPath(new URL('../src/web/app/router.tsx', import.meta.url))

/**
 * Visits every route at both sizes in both colour schemes, in one browser
 * tab on one load of the app (pages opened through the router, the scheme
 * by emulateMedia), and returns what is wrong, one line per problem, named
 * by size, scheme and URL.
 */
async function checkEveryPage(page: Page, baseUrl: string, routes: AppRoute[]): Promise<string[]> {
  const problems: string[] = []
  await page.goto(`${baseUrl}${routes[0]?.url ?? '/'}`)
  await settled(page)
  for (const [sizeName, viewport] of Object.entries(sizes)) {
    await page.setViewportSize(viewport)
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      for (const route of routes) {
        const where = `${sizeName} ${colorScheme} ${route.url}`
        await openInApp(page, route.url)
        for (const problem of await axeViolations(page)) problems.push(`${where}: ${problem}`)
        if (colorScheme === 'light') {
          for (const problem of await pageShape(page)) problems.push(`${where}: ${problem}`)
        }
      }
    }
  }
  return problems
}

/** The routes whose page scrolls sideways at 360 px, with how wide it is. */
async function sidewaysAt360(page: Page, baseUrl: string, routes: AppRoute[]): Promise<string[]> {
  await page.setViewportSize({ width: 360, height: 780 })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(`${baseUrl}${routes[0]?.url ?? '/'}`)
  await settled(page)
  const wide: string[] = []
  for (const route of routes) {
    await openInApp(page, route.url)
    const overflow = await scrollsSideways(page)
    if (overflow) wide.push(`${route.url}: ${overflow.scrollWidth} px in ${overflow.clientWidth}`)
  }
  return wide
}

const browserReady = chromiumAvailable()

describe.skipIf(!browserReady)('every page is accessible (axe-core, WCAG 2.2 AA)', () => {
  let routes: AppRoute[] = []
  let meetingUrl = ''
  const world = chromiumWorld({
    seed: async (server) => {
      await generateDemo(server.runtime.ctx)
      const ids = await demoIds(server.url)
      routes = localRoutes(ids)
      meetingUrl = `/conversations/${ids.scheduled}/meeting`
    },
  })

  it('visits every route the router declares', () => {
    const patterns = [...routes, ...hostedRoutes].map((route) => route.pattern)
    const missed = routerPaths(routerFile).filter((path) => !endsSomePattern(path, patterns))
    expect(missed).toEqual([])
  })

  /** What `visit` finds going through every route in a tab of its own, closed after. */
  async function inNewTab(visit: typeof checkEveryPage): Promise<string[]> {
    const page = await world.browser.context.newPage()
    const found = await visit(page, world.server.url, routes)
    await page.close()
    return found
  }

  it('has no violations on any page, phone and desktop, light and dark', async () => {
    expect(await inNewTab(checkEveryPage)).toEqual([])
  }, 400_000)

  it('never scrolls sideways at 360 px wide', async () => {
    expect(await inNewTab(sidewaysAt360)).toEqual([])
  }, 120_000)

  it('is installable as an app: a manifest Chromium accepts, with its icons', async () => {
    const page = await world.browser.context.newPage()
    await page.goto(world.server.url)
    await settled(page)
    const manifest = await fetch(`${world.server.url}/manifest.webmanifest`)
    expect(manifest.headers.get('content-type')).toMatch(/^application\/manifest\+json/)
    const cdp = await world.browser.context.newCDPSession(page)
    const read = await cdp.send('Page.getAppManifest')
    expect(read.errors).toEqual([])
    expect(JSON.parse(read.data ?? '{}')).toMatchObject({
      name: 'coffeechat',
      display: 'standalone',
      start_url: '/',
      theme_color: '#b3502b',
    })
    // The service worker of a production build is what makes it installable.
    await page.evaluate(() => navigator.serviceWorker.ready)
    await expect
      .poll(async () => (await cdp.send('Page.getInstallabilityErrors')).installabilityErrors, {
        timeout: 15_000,
      })
      .toEqual([])
    // Precached with the rest of the shell, so the installed app opens offline with its icon.
    const cached = await page.evaluate(async () => {
      const paths = ['/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png']
      return Promise.all(paths.map(async (path) => [path, Boolean(await caches.match(path))]))
    })
    expect(Object.fromEntries(cached)).toEqual({
      '/manifest.webmanifest': true,
      '/icons/icon-192.png': true,
      '/icons/icon-512.png': true,
    })
    for (const [path, size] of [
      ['/icons/icon-192.png', 192],
      ['/icons/icon-512.png', 512],
      ['/icons/icon-maskable-512.png', 512],
    ] as const) {
      const png = Buffer.from(await (await fetch(`${world.server.url}${path}`)).arrayBuffer())
      // A PNG's header holds its width and height at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([size, size])
    }
    await page.close()
  })

  // Last: it starts and ends the demo's scheduled meeting.
  it('runs meeting mode by keyboard alone, with a focus ring on every stop', async () => {
    const page = await world.browser.context.newPage()
    await page.setViewportSize(phone)
    await page.goto(`${world.server.url}${meetingUrl}`)
    await settled(page)
    const stops: Focused[] = []
    for (let step = 0; step < 80; step++) {
      const stop = await tab(page)
      // Past the last control the focus leaves the page, then comes round again.
      if (stop.name === '(nothing)') continue
      if (stops.some((s) => s.name === stop.name && stop.name === 'Back to the conversation')) break
      stops.push(stop)
    }
    const names = stops.map((s) => s.name)
    // Nothing behind meeting mode takes the focus: the first stop is its own way back.
    expect(names[0]).toBe('Back to the conversation')
    expect(names.slice(1, 4)).toEqual(['Asked', 'Skip', 'What they said — question 1'])
    expect(names).toContain('Start meeting')
    expect(stops.filter((s) => !s.ring).map((s) => s.name)).toEqual([])
    expect(stops.filter((s) => !s.visible).map((s) => s.name)).toEqual([])

    // Enter on a checklist button marks it; Space on another does too.
    await page.goto(`${world.server.url}${meetingUrl}`)
    await settled(page)
    await tab(page)
    expect(await tab(page)).toMatchObject({ name: 'Asked', pressed: 'false' })
    await page.keyboard.press('Enter')
    expect(await focused(page)).toMatchObject({ name: 'Asked', pressed: 'true' })
    await tab(page)
    await tab(page)
    expect(await tab(page)).toMatchObject({ name: 'Asked', pressed: 'false' })
    expect(await tab(page)).toMatchObject({ name: 'Skip', pressed: 'false' })
    await page.keyboard.press('Space')
    expect(await focused(page)).toMatchObject({ name: 'Skip', pressed: 'true' })

    // An answer typed where the focus is lands in the meeting's answer box.
    await tabTo(page, 'What they said — question 2')
    await page.keyboard.type('Mostly cleaning data')
    expect(await answerBox(page, 2).inputValue()).toBe('Mostly cleaning data')

    // Start, then End through the dialog: Escape keeps the meeting going, Enter ends it.
    await tabTo(page, 'Start meeting')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'End', exact: true }).waitFor()
    await tabTo(page, 'End', 'Shift+Tab')
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: 'End the meeting?' })
    await dialog.waitFor()
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true)
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'hidden' })
    expect(await focused(page)).toMatchObject({ name: 'End' })
    await page.keyboard.press('Enter')
    await dialog.waitFor()
    await tabTo(page, 'End meeting', 'Tab', 6)
    await page.keyboard.press('Enter')
    await dialog.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Who else should I talk to?' }).waitFor()
    // The end screen: the reflection is reached by Tab, and opens by Enter.
    await tabTo(page, 'Write your reflection')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/reflection$/)
    await page.close()
  }, 60_000)
})

describe.skipIf(!browserReady || !postgresAvailable(inject('postgresUrl')))(
  'hosted mode’s own pages are accessible',
  () => {
    const world = hostedChromiumWorld()
    const signedOut = hostedRoutes.filter((r) => !['/account', '/admin'].includes(r.pattern))
    const signedIn = hostedRoutes.filter((r) => ['/account', '/admin'].includes(r.pattern))

    it('has no violations before and after signing in, and never scrolls sideways', async () => {
      const page = await world.browser.context.newPage()
      const problems = await checkEveryPage(page, world.server.url, signedOut)
      problems.push(...(await sidewaysAt360(page, world.server.url, signedOut)))
      // The first account administers the instance: it sees Account and Administration.
      const status = await page.evaluate(async () => {
        const answer = await fetch('/api/auth/signup', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'ada@example.org', password: 'analytical-engine-1843' }),
        })
        return answer.status
      })
      expect(status).toBe(201)
      problems.push(...(await checkEveryPage(page, world.server.url, signedIn)))
      problems.push(...(await sidewaysAt360(page, world.server.url, signedIn)))
      await page.close()
      expect(problems).toEqual([])
    }, 200_000)
  },
)
