import { readFileSync } from 'node:fs'
import { parseResponse } from 'hono/client'
import { beforeAll, describe, expect, it } from 'vitest'
import { api } from '../src/client/index.ts'
import { verifyIcs } from '../src/formats/ics-verify.ts'
import { pageProblems } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld, launchChromium, screenshot } from './support.ts'

describe.skipIf(!chromiumAvailable())('calendar in the web app', () => {
  let conversationId = ''

  const world = chromiumWorld()

  beforeAll(async () => {
    const client = api(`${world.server.url}/api`, { headers: { origin: world.server.url } })
    const person = await parseResponse(
      client.people.$post({ json: { name: 'Ada Lovelace', title: 'Senior Engineer' } }),
    )
    const chat = await parseResponse(
      client.conversations.$post({
        json: {
          personId: person.id,
          status: 'scheduled',
          scheduledAt: '2099-03-05T15:00',
          timeZone: 'Europe/Berlin',
          format: 'video',
          place: 'https://meet.example.org/ada',
        },
      }),
    )
    conversationId = chat.id
  }, 180_000)

  it('downloads a conversation’s .ics from "Add to calendar"', async () => {
    const page = await world.browser.context.newPage()
    const errors = pageProblems(page)
    await page.goto(`${world.server.url}/conversations/${conversationId}`)
    const button = page.getByRole('link', { name: 'Add to calendar' })
    await button.waitFor({ timeout: 10_000 })
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toBe('coffee-chat-ada-lovelace.ics')
    const file = readFileSync((await download.path()) ?? '')
    expect(verifyIcs(file).events[0]).toMatchObject({
      uid: `${conversationId}@coffeechat`,
      start: '2099-03-05T14:00:00.000Z',
      summary: 'Coffee chat with Ada Lovelace',
    })
    await page.screenshot({ path: screenshot('calendar-conversation-desktop.png') })
    expect(errors).toEqual([])
    await page.close()
  })

  it('makes a feed URL in Settings that a calendar app can fetch, regenerates it and turns it off', async () => {
    const page = await world.browser.context.newPage()
    const errors = pageProblems(page)
    await page.goto(`${world.server.url}/settings`)
    const section = page.getByRole('region', { name: 'Calendar feed' })
    await section.getByText('The feed is off.').waitFor({ timeout: 10_000 })
    await section.getByText(/Google Calendar cannot subscribe/).waitFor()
    await section.getByRole('button', { name: 'Make a feed URL' }).click()
    const input = section.getByLabel('Your feed URL')
    await input.waitFor({ timeout: 10_000 })
    const url = await input.inputValue()
    expect(url).toMatch(new RegExp(`^${world.server.url}/calendar/[A-Za-z0-9_-]{43}\\.ics$`))
    await section.screenshot({ path: screenshot('calendar-feed-desktop.png') })

    const feed = await fetch(url)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(verifyIcs(await feed.text()).events.map((e) => e.uid)).toEqual([
      `${conversationId}@coffeechat`,
    ])

    await section.getByRole('button', { name: 'Regenerate URL' }).click()
    await page.getByRole('button', { name: 'Make a new URL' }).click()
    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).not.toBe(url)
    expect((await fetch(url)).status).toBe(404)
    const fresh = await input.inputValue()
    expect((await fetch(fresh)).status).toBe(200)

    await section.getByRole('button', { name: 'Turn off' }).click()
    await section.getByText('The feed is off.').waitFor({ timeout: 10_000 })
    expect((await fetch(fresh)).status).toBe(404)
    expect(errors).toEqual([])
    await page.close()
  })

  it('fits a phone screen', async () => {
    const phone = await launchChromium({ viewport: { width: 390, height: 844 } })
    try {
      const page = await phone.context.newPage()
      await page.goto(`${world.server.url}/conversations/${conversationId}`)
      await page.getByRole('link', { name: 'Add to calendar' }).waitFor({ timeout: 10_000 })
      await page.screenshot({ path: screenshot('calendar-conversation-phone.png') })
      await page.goto(`${world.server.url}/settings`)
      const section = page.getByRole('region', { name: 'Calendar feed' })
      await section.getByRole('button', { name: 'Make a feed URL' }).click()
      await section.getByLabel('Your feed URL').waitFor({ timeout: 10_000 })
      await section.scrollIntoViewIfNeeded()
      await page.screenshot({ path: screenshot('calendar-feed-phone.png') })
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width).toBeLessThanOrEqual(390)
    } finally {
      await phone.close()
    }
  })
})
