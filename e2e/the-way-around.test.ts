import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { getConversation } from '../src/core/conversations/service.ts'
import { generateDemo } from '../src/demo/generate.ts'
import { type DemoIds, demoIds } from './app-routes.ts'
import { settled } from './axe.ts'
import { eventually, heading, phone, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

/** Everything the page says, notifications included. */
const pageText = (page: Page) => page.evaluate(() => document.body.textContent)

/**
 * Finding the way around the app, on the demo: scroll, Back, the command
 * palette, forms that check before they ask, tables on a phone.
 */
describe.skipIf(!chromiumAvailable())('the way around the app, in Chromium', () => {
  let ids: DemoIds

  const world = chromiumWorld({ browser: { viewport: phone } })

  beforeAll(async () => {
    await generateDemo(world.server.runtime.ctx)
    ids = await demoIds(world.server.url)
  }, 180_000)

  it('starts a new page at its top, and Back returns to where the explorer was', async () => {
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/people`)
    await heading(page, 'People')
    await settled(page)
    const scrolled = await page.evaluate(() => {
      window.scrollTo(0, 700)
      return window.scrollY
    })
    expect(scrolled).toBeGreaterThan(600)
    // A person on screen there, followed by a click as a person would.
    const link = page.locator('main a[href^="/people/"]')
    const onScreen = await link.evaluateAll((links) => {
      const seen = links.find((a) => {
        const box = a.getBoundingClientRect()
        return box.top > 80 && box.bottom < window.innerHeight - 20
      })
      return seen?.getAttribute('href') ?? null
    })
    expect(onScreen).toMatch(/^\/people\//)
    await page.locator(`main a[href="${onScreen}"]`).first().click()
    await page.waitForURL(`**${onScreen}`)
    await eventually(() => page.evaluate(() => window.scrollY)).toBe(0)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.goBack()
    await heading(page, 'People')
    await eventually(() => page.evaluate(() => window.scrollY)).toBe(scrolled)
    await page.close()
  }, 60_000)

  it('checks a form in the browser before asking, and says what the server refused beside its field in plain words', async () => {
    const page = await world.browser.context.newPage()
    const writes: string[] = []
    page.on('request', (request) => {
      if (request.method() !== 'GET') writes.push(`${request.method()} ${request.url()}`)
    })
    await page.goto(`${world.server.url}/people/new`)
    await heading(page, 'New person')
    await page.getByRole('button', { name: 'Add person' }).click()
    await expect
      .poll(() => page.getByRole('textbox', { name: /^Name/ }).getAttribute('aria-invalid'))
      .toBe('true')
    expect(writes).toEqual([])

    // 02:30 on 29 March 2026 never happens in Berlin: the clocks go from 02:00 to 03:00.
    const before = await getConversation(world.server.runtime.ctx, ids.scheduled)
    await page.goto(`${world.server.url}/conversations/${ids.scheduled}/edit`)
    await heading(page, /^Conversation with /)
    await page.getByRole('textbox', { name: 'Day', exact: true }).fill('2026-03-29')
    await page.getByLabel('Time', { exact: true }).fill('02:30')
    const zone = page.getByRole('combobox', { name: 'Time zone', exact: true })
    await zone.click()
    await zone.fill('Europe/Berlin')
    await page.getByRole('option', { name: 'Europe/Berlin', exact: true }).click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await sees(page, '02:30 on Sunday, 29 March is not a time that exists in Europe/Berlin')
    await expect
      .poll(() =>
        page.getByRole('textbox', { name: 'Day', exact: true }).getAttribute('aria-invalid'),
      )
      .toBe('true')
    // Said once, on the field: no notification repeats it (it would come within a turn of the answer).
    await page.waitForTimeout(500)
    expect(await page.getByText(/is not a time that exists in Europe\/Berlin/).count()).toBe(1)
    expect(await page.getByText('Not saved').count()).toBe(0)
    const text = await pageText(page)
    expect(text).not.toContain('the request is not valid')
    expect(text).not.toContain('scheduledAt')
    // Nothing was lost: the conversation is as it was, the form still holds what was typed.
    expect((await getConversation(world.server.runtime.ctx, ids.scheduled)).scheduledAt).toBe(
      before.scheduledAt,
    )
    expect(await page.getByLabel('Time', { exact: true }).inputValue()).toBe('02:30')
    await page.close()
  }, 60_000)

  it('runs actions from the command palette (Ctrl+K), not only search', async () => {
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/people`)
    await heading(page, 'People')
    const palette = page.getByRole('textbox', { name: 'Search or run a command' })
    const upcomingAsked: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/conversations?') && request.url().includes('sort=upcoming'))
        upcomingAsked.push(request.url())
    })
    await settled(page)
    // The page never waits for the palette: its meetings are asked once it opens.
    expect(upcomingAsked).toEqual([])

    await page.keyboard.press('Control+K')
    await palette.waitFor()
    // Opened empty, it offers the day and the next meetings.
    const scheduled = await getConversation(world.server.runtime.ctx, ids.scheduled)
    await sees(page, `Start meeting with ${scheduled.person}`)
    await palette.fill('new per')
    await page.getByRole('button', { name: /^New person/ }).waitFor()
    // The first action is chosen as you type: Enter runs it.
    await page.keyboard.press('Enter')
    await heading(page, 'New person')
    expect(new URL(page.url()).pathname).toBe('/people/new')
    await palette.waitFor({ state: 'detached' })

    // Ctrl+K opens it from inside a form field too, where typing goes on.
    await page.getByRole('textbox', { name: /^Name/ }).first().focus()
    await page.keyboard.press('Control+K')
    await palette.fill('today')
    await page.getByRole('button', { name: /^Today/ }).click()
    await page.waitForURL(`${world.server.url}/`)
    await palette.waitFor({ state: 'detached' })
    await page.getByRole('heading', { level: 1 }).waitFor()

    await page.keyboard.press('Control+K')
    await palette.fill(`start meeting ${scheduled.person.split(' ')[0]}`)
    await page
      .getByRole('button', { name: new RegExp(`^Start meeting with ${scheduled.person}`) })
      .click()
    await page.waitForURL(`**/conversations/${ids.scheduled}/meeting`)
    await page.close()
  }, 60_000)

  it('on a phone, a wide table says that it scrolls, and the board reads person by person', async () => {
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/careers/compare`)
    await heading(page, 'Careers side by side')
    await settled(page)
    const table = page.getByRole('region', { name: /careers side by side/i })
    await expect.poll(() => table.evaluate((e) => e.parentElement?.dataset.moreRight)).toBe('true')
    await sees(page, 'Scroll sideways to see more')
    await table.evaluate((e) => {
      e.scrollLeft = e.scrollWidth
    })
    await expect.poll(() => table.evaluate((e) => e.parentElement?.dataset.moreLeft)).toBe('true')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    )

    await page.goto(`${world.server.url}/careers/${ids.career}/board`)
    await heading(page, /Data scientist/)
    await page.getByRole('radio', { name: 'Person by person' }).waitFor({ state: 'attached' })
    expect(await page.getByRole('radio', { name: 'Person by person' }).isChecked()).toBe(true)
    await page.close()
  }, 60_000)
})
