import { describe, expect, it } from 'vitest'
import { generateDemo } from '../src/demo/generate.ts'
import { TODAY_READS } from '../src/server/static.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

describe.skipIf(!chromiumAvailable())("Today's first visit", () => {
  const world = chromiumWorld({
    seed: async (server) => {
      await generateDemo(server.runtime.ctx)
    },
  })

  it('asks each of its reads once, with the page, and the app takes the preloaded answers', async () => {
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/`)
    await page
      .getByRole('heading', { level: 1, name: /^Good (morning|afternoon|evening)$/ })
      .waitFor()
    await page.waitForLoadState('networkidle')
    const asked = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({
          url: e.name.replace(location.origin, ''),
          by: (e as PerformanceResourceTiming).initiatorType,
        }))
        .filter((e) => e.url.startsWith('/api/')),
    )
    // Every read Today made before it drew was preloaded: a read the app
    // asked anew (initiator `fetch`) would be a URL that drifted from the list.
    for (const url of TODAY_READS)
      expect(
        asked.filter((e) => e.url === url),
        url,
      ).toEqual([{ url, by: 'link' }])
    expect(asked.filter((e) => e.by === 'fetch')).toEqual([])
  })
})
