import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { chromiumAvailable, chromiumWorld, launchChromium, screenshot } from './support.ts'

/**
 * Asking for referrals in Chromium, with a clock the test moves: the
 * advice on the person page (a good time for a booster met two weeks ago;
 * too soon and not a booster for an obligate met two days ago), the
 * reason needed to ask anyway, and a hand-written ask in a check-in whose
 * ways out wait for that reason, kept with the message on the server (a
 * reason an older version kept in localStorage moves there once).
 */

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 10_000 })
}

/** The check-in to Ben is open and shows `reason` as why it asks anyway. */
async function checkInWithReason(page: Page, reason: RegExp): Promise<void> {
  await heading(page, /Check-in to Ben Adler/)
  await page.getByTestId('referral-reason').getByText(reason).waitFor()
}

describe.skipIf(!chromiumAvailable())('asking for referrals in Chromium', () => {
  let clock = new Date('2026-03-02T09:00:00Z')
  const world = chromiumWorld({ server: { clock: () => new Date(clock) } })
  /** The API as the web app's own origin, for the set-up only. */
  const call = world.ok

  /** Writes to someone now; returns them and the conversation the email started. */
  async function writeTo(name: string, careerId: string) {
    const person = await call('POST', '/people', {
      name,
      careerIds: [careerId],
      connection: 'alumni',
      emails: [`${name.split(' ')[0]?.toLowerCase()}@example.org`],
    })
    const draft = await call('POST', '/messages', {
      kind: 'outreach',
      personId: person.id,
      subject: 'Your advice',
      body: `Hi ${name.split(' ')[0]},\n\nWould you share your advice in a 20-minute call?\n\nSam`,
    })
    const sent = await call('POST', `/messages/${draft.id}/sent`, { channel: 'copy' })
    return { id: person.id as string, conversationId: sent.conversationId as string }
  }

  /** They answer now; the meeting is at `meetsAt` and is held. */
  async function repliesAndMeets(who: { id: string; conversationId: string }, meetsAt: string) {
    await call('POST', '/replies', { personId: who.id })
    await call('PATCH', `/conversations/${who.conversationId}`, {
      status: 'scheduled',
      scheduledAt: meetsAt,
    })
  }

  it('advises, asks for a reason when cautioned, and keeps the ways out behind it', async () => {
    await call('PATCH', '/settings', { timeZone: 'Europe/Berlin', explorerName: 'Sam Lee' })
    const career = await call('POST', '/careers', { name: 'Data scientist' })
    const ana = await writeTo('Ana Souza', career.id)
    const ben = await writeTo('Ben Adler', career.id)
    // Ana answers the next day (a booster); Ben after two weeks (an obligate).
    clock = new Date('2026-03-03T10:00:00Z')
    await repliesAndMeets(ana, '2026-03-05T14:00:00Z')
    clock = new Date('2026-03-16T10:00:00Z')
    await repliesAndMeets(ben, '2026-03-18T14:00:00Z')
    clock = new Date('2026-03-18T15:00:00Z')
    for (const chat of [ana, ben]) {
      await call('PATCH', `/conversations/${chat.conversationId}`, { status: 'met' })
    }
    // Friday 20 March: two weeks after meeting Ana, two days after meeting Ben.
    clock = new Date('2026-03-20T09:00:00Z')

    const page = await world.browser.context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))

    await page.goto(`${world.server.url}/people/${ana.id}`)
    await heading(page, 'Ana Souza')
    const anaSection = page.getByRole('region', { name: 'Ask for referrals' })
    await anaSection.getByText('A good time to ask').waitFor()
    await anaSection.screenshot({ path: screenshot('referral-ask-good-time.png') })
    await anaSection.getByRole('button', { name: 'Ask for referrals' }).click()
    await heading(page, /Check-in to Ana Souza/)
    expect(await page.getByLabel('Subject').inputValue()).toBe('Who else should I talk to?')
    expect(await page.getByLabel('Message').inputValue()).toContain(
      'Is there anyone else you think I should talk to?',
    )
    await page.getByTestId('referral-advice').getByText('A good time to ask').waitFor()
    await page.getByRole('button', { name: 'Copy text' }).waitFor()

    await page.goto(`${world.server.url}/people/${ben.id}`)
    await heading(page, 'Ben Adler')
    const benSection = page.getByRole('region', { name: 'Ask for referrals' })
    await benSection.getByText('Better not ask yet').waitFor()
    await benSection.getByText(/Give it until 2026-03-25/).waitFor()
    await benSection.getByText(/Ask boosters/).waitFor()
    const anyway = benSection.getByRole('button', { name: 'Ask anyway' })
    expect(await anyway.isDisabled()).toBe(true)
    await benSection
      .getByLabel(/Why ask anyway/)
      .fill('He offered two names at the end of our chat.')
    expect(await anyway.isDisabled()).toBe(false)
    await benSection.screenshot({ path: screenshot('referral-ask-cautioned.png') })
    await anyway.click()
    await checkInWithReason(page, /He offered two names at the end of our chat\./)
    await page.getByRole('button', { name: 'Copy text' }).waitFor()

    // A check-in written by hand that asks for names: the ways out wait for a reason.
    const handWritten = await call('POST', '/messages', {
      kind: 'check-in',
      personId: ben.id,
      subject: 'Thank you again',
      body: 'Hi Ben,\n\nThanks again for Wednesday. Could you introduce me to a colleague in pricing?\n\nBest,\nSam',
    })
    await page.goto(`${world.server.url}/drafts/${handWritten.id}`)
    await heading(page, /Check-in to Ben Adler/)
    await page.getByText('Better not ask yet').waitFor()
    expect(await page.getByRole('button', { name: 'Copy text' }).count()).toBe(0)
    await page.screenshot({
      path: screenshot('referral-ask-draft-gate-desktop.png'),
      fullPage: true,
    })
    await page.getByLabel(/Why ask anyway/).fill('He asked me to remind him.')
    await page.getByRole('button', { name: 'Ask anyway' }).click()
    await page.getByRole('button', { name: 'Copy text' }).waitFor()
    // The reason is kept with the draft on the server, so another device shows it too.
    await expect
      .poll(async () => (await call('GET', `/messages/${handWritten.id}`)).overrideReason)
      .toBe('He asked me to remind him.')
    const otherDevice = await launchChromium()
    try {
      const other = await otherDevice.context.newPage()
      await other.goto(`${world.server.url}/drafts/${handWritten.id}`)
      await checkInWithReason(other, /He asked me to remind him\./)
      await other.getByRole('button', { name: 'Copy text' }).waitFor()
    } finally {
      await otherDevice.close()
    }

    // A reason an older version kept in this browser's localStorage moves to the server once.
    const older = await call('POST', '/messages', {
      kind: 'check-in',
      personId: ben.id,
      subject: 'One more thing',
      body: 'Hi Ben,\n\nIs there anyone else you think I should talk to?\n\nBest,\nSam',
    })
    const legacyKey = `coffeechat:referral-ask-reason:${older.id}`
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key ?? '', value ?? ''),
      [legacyKey, 'He said so on the phone.'],
    )
    await page.goto(`${world.server.url}/drafts/${older.id}`)
    await checkInWithReason(page, /He said so on the phone\./)
    await expect
      .poll(async () => (await call('GET', `/messages/${older.id}`)).overrideReason)
      .toBe('He said so on the phone.')
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), legacyKey)).toBeNull()

    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${world.server.url}/people/${ben.id}`)
    await heading(page, 'Ben Adler')
    await page.getByRole('region', { name: 'Ask for referrals' }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshot('referral-ask-person-phone.png'), fullPage: true })
    expect(pageErrors).toEqual([])
  }, 120_000)
})
