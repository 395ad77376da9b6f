import AxeBuilder from '@axe-core/playwright'
import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** WCAG 2.2 AA, as axe-core tags it. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** The desktop and phone sizes every page is checked at. */
export const sizes = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const

/**
 * Opens `path` inside the app already loaded in `page`, as a click on a
 * link would (React Router follows the history), and waits until the new
 * page has drawn: a new heading of level 1 and no skeleton left. One load
 * of the app for every page keeps a run over all routes short. A page that
 * never shows a heading is reported by `pageShape`, not here.
 */
export async function openInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((target) => {
    if (`${window.location.pathname}${window.location.search}` === target) return
    for (const heading of document.querySelectorAll('h1')) heading.dataset.before = 'yes'
    window.history.pushState(null, '', target)
    window.dispatchEvent(new PopStateEvent('popstate'))
  }, path)
  await settled(page)
}

/** Waits until a new heading of level 1 is drawn and no skeleton is left. */
export async function settled(page: Page): Promise<void> {
  await page
    .locator('h1:not([data-before])')
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(() => undefined)
  await page.waitForFunction(
    () => document.querySelectorAll('.mantine-Skeleton-root').length === 0,
    null,
    { timeout: 15_000 },
  )
  // Mantine's transitions (menus, notifications) take up to 200 ms; colours mid-fade mislead axe.
  await page.waitForTimeout(250)
}

/**
 * axe-core's WCAG 2.2 AA violations on the page as it is now, one line per
 * element. axe is loaded into the document once (`openInApp` keeps the
 * document from page to page) and run in the page itself (legacy mode: no
 * blank page per run for the results): reloading and re-running axe's
 * 600 KB per page made a run over every route four times slower.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window)
  if (!loaded) await page.evaluate(axe.source)
  const results = await new AxeBuilder({ page, axeSource: 'void 0' })
    // options() replaces what withTags() set, so it comes first.
    .options({ resultTypes: ['violations'] })
    .withTags(wcagTags)
    .setLegacyMode(true)
    .analyze()
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? violation.help}`,
    ),
  )
}

/** What every page must have beyond axe's rules: one `h1`, a title naming it, a skip link. */
export async function pageShape(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const headings = [...document.querySelectorAll('h1')]
    if (headings.length !== 1) problems.push(`${headings.length} h1 elements`)
    const heading = (headings[0]?.textContent ?? '').trim()
    if (heading && !document.title.includes(heading)) {
      problems.push(`title "${document.title}" does not name the h1 "${heading}"`)
    }
    // Where a header or navigation comes first, a skip link leads past it to the page.
    const repeated = document.querySelector('header, nav')
    const skip = document.querySelector<HTMLAnchorElement>('a[href="#main"]')
    if (repeated && !skip) problems.push('no skip link to #main')
    if (skip && !document.getElementById('main')) problems.push('the skip link has no #main')
    return problems
  })
}

/** Whether the page scrolls sideways: wider than the window it is shown in. */
export function scrollsSideways(
  page: Page,
): Promise<{ scrollWidth: number; clientWidth: number } | null> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return root.scrollWidth > root.clientWidth
      ? { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }
      : null
  })
}
