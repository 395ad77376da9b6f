import { describe, expect, it } from 'vitest'
import { generateDemo } from '../src/demo/generate.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

/** What Today reads before it draws: the frame's settings, then the page's own. */
const todayReads = [
  '/api/settings',
  '/api/careers?limit=500',
  '/api/people?limit=1&offset=0',
  '/api/today',
  '/api/mail/findings?status=proposed',
]

describe.skipIf(!chromiumAvailable())("Today's first visit", () => {
  const world = chromiumWorld({
    seed: async (server) => {
      await generateDemo(server.runtime.ctx)
    },
  })

  it('asks all its reads at once as the app starts, each once: none waits for another to answer', async () => {
    const page = await world.browser.context.newPage()
    // Every answer takes at least 100 ms, as on a phone: a read asked only
    // once another has answered (a component that asks when it draws) would
    // start after that answer's end.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 100,
      downloadThroughput: -1,
      uploadThroughput: -1,
    })
    await page.goto(`${world.server.url}/`)
    await page
      .getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening)$/ })
      .waitFor()
    await page.waitForLoadState('networkidle')
    const reads = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({
          url: e.name.replace(location.origin, ''),
          start: e.startTime,
          end: (e as PerformanceResourceTiming).responseEnd,
        }))
        .filter((e) => e.url.startsWith('/api/') && e.url !== '/api/meta'),
    )
    for (const url of todayReads)
      expect(
        reads.filter((r) => r.url === url),
        url,
      ).toHaveLength(1)
    const firstAnswer = Math.min(
      ...reads.filter((r) => todayReads.includes(r.url)).map((r) => r.end),
    )
    const late = reads.filter((r) => todayReads.includes(r.url) && r.start >= firstAnswer)
    expect(late.map((r) => r.url)).toEqual([])
  })
})
