import { describe, expect, it } from 'vitest'
import { createConversation } from '../src/core/conversations/service.ts'
import { captureReferral } from '../src/core/meetings/referrals.ts'
import { endMeeting, startMeeting, updateMeeting } from '../src/core/meetings/service.ts'
import { createPerson } from '../src/core/people/service.ts'
import { addPlanItems, updatePlanItem } from '../src/core/plans/service.ts'
import { getReflection } from '../src/core/reflections/service.ts'
import { eventually, heading, phone, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld, launchChromium, screenshot } from './support.ts'

/**
 * The flow a person expects, in Chromium: a first run that asks who they
 * are, a reply that is scheduled in the same dialog, a meeting whose end
 * screen puts the thank-you and the reflection side by side, and a
 * reflection written beside what was said, offering the pay heard and the
 * people referred.
 */

describe.skipIf(!chromiumAvailable())('the flow a person expects', () => {
  const world = chromiumWorld()
  const call = world.ok

  it('asks the name, time zone and clock on the first run, once, and says what to do first', async () => {
    const page = await world.browser.context.newPage()
    await page.goto(world.server.url)
    const about = page.getByRole('region', { name: 'First, about you' })
    await about.waitFor()
    await page.getByRole('heading', { name: 'What to do first' }).waitFor()
    await page.screenshot({ path: screenshot('welcome-desktop.png'), fullPage: true })
    await about.getByRole('button', { name: 'Save' }).click()
    await about.getByText('Write the name you sign with, or skip this for now.').waitFor()
    await about.getByLabel('Your name, as you sign your emails').fill('Sam Lee')
    const zone = about.getByRole('combobox', { name: 'Time zone' })
    await zone.click()
    await zone.fill('Europe/Berl')
    await page.getByRole('option', { name: 'Europe/Berlin', exact: true }).click()
    await about.getByText('12-hour (3:00 PM)').click()
    await about.getByRole('button', { name: 'Save' }).click()
    await about.waitFor({ state: 'detached' })
    expect((await call('GET', '/settings')).settings).toMatchObject({
      explorerName: 'Sam Lee',
      timeZone: 'Europe/Berlin',
      clock: '12h',
      welcomeDone: true,
    })
    // Not asked again; what to do first stays while coffeechat is empty.
    await page.reload()
    await page.getByRole('heading', { name: 'What to do first' }).waitFor()
    expect(await page.getByRole('region', { name: 'First, about you' }).count()).toBe(0)

    // Asked again (the setting put back) and skipped: not asked after that either.
    await call('PATCH', '/settings', { welcomeDone: false })
    const handset = await launchChromium({ viewport: phone })
    try {
      const small = await handset.context.newPage()
      await small.goto(world.server.url)
      const ask = small.getByRole('region', { name: 'First, about you' })
      await ask.waitFor()
      await small.screenshot({ path: screenshot('welcome-phone.png'), fullPage: true })
      expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        phone.width,
      )
      await ask.getByRole('button', { name: 'Skip for now' }).click()
      await ask.waitFor({ state: 'detached' })
      expect((await call('GET', '/settings')).settings).toMatchObject({
        explorerName: 'Sam Lee',
        welcomeDone: true,
      })
    } finally {
      await handset.close()
    }
  }, 90_000)

  it('schedules the conversation in the dialog that records the reply', async () => {
    // The explorer's zone is where the agreed time is read, unless they pick another.
    await call('PATCH', '/settings', { timeZone: 'Europe/Berlin' })
    const person = await call('POST', '/people', { name: 'Ana Souza', emails: ['ana@example.org'] })
    const draft = await call('POST', '/messages', {
      kind: 'outreach',
      personId: person.id,
      subject: 'Your advice',
      body: 'Hi Ana,\n\nWould you share your advice in a 20-minute call?\n\nSam',
    })
    const sent = await call('POST', `/messages/${draft.id}/sent`, { channel: 'copy' })
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/people/${person.id}`)
    await heading(page, 'Ana Souza')
    await page.getByRole('button', { name: 'They replied' }).click()
    const dialog = page.getByRole('dialog', { name: 'Ana Souza replied' })
    await dialog.getByRole('button', { name: 'Record the reply' }).click()
    await dialog.getByText('Did you agree on a time? Schedule the conversation now.').waitFor()
    await dialog.getByRole('button', { name: 'Schedule it' }).click()
    await dialog.getByText('Pick the day you agreed on').waitFor()
    await dialog.getByLabel('Day').fill('2030-03-24')
    await dialog.getByLabel('Time', { exact: true }).fill('15:00')
    await dialog.getByText('video', { exact: true }).click()
    await dialog.getByLabel('Where').fill('https://meet.example/ana')
    await dialog.screenshot({ path: screenshot('reply-schedule.png') })
    await dialog.getByRole('button', { name: 'Schedule it' }).click()
    await dialog.getByText(/^Scheduled: /).waitFor()
    await dialog.getByRole('button', { name: 'Done' }).click()
    const chat = await call('GET', `/conversations/${sent.conversationId}`)
    expect(chat).toMatchObject({
      status: 'scheduled',
      scheduledAt: '2030-03-24T14:00:00.000Z',
      timeZone: 'Europe/Berlin',
      format: 'video',
      place: 'https://meet.example/ana',
    })
  }, 60_000)

  it('ends a meeting with the thank-you and the reflection side by side, and reflects beside what was said', async () => {
    const ctx = world.server.runtime.ctx
    const person = await createPerson(ctx, { name: 'Amara Okafor', emails: ['amara@example.org'] })
    const chat = await createConversation(ctx, {
      personId: person.id,
      status: 'scheduled',
      scheduledAt: new Date().toISOString(),
      format: 'video',
    })
    const plan = await addPlanItems(ctx, chat.id, {
      items: [
        { text: 'How did you start?', topic: 'path' },
        { text: 'What does the pay look like?', topic: 'compensation' },
      ],
    })
    await startMeeting(ctx, chat.id)
    await updatePlanItem(ctx, plan.items[0]?.id ?? '', { answer: 'A postdoc, then a bootcamp.' })
    await updatePlanItem(ctx, plan.items[1]?.id ?? '', { answer: 'Juniors start at €55–62k.' })
    await updateMeeting(ctx, chat.id, {
      freeNotes: 'Offered a practice case.',
      updatedAt: new Date().toISOString(),
    })
    await captureReferral(ctx, chat.id, { name: 'Raj Patel', organization: 'Brightline' })
    await endMeeting(ctx, chat.id)

    const handset = await launchChromium({ viewport: phone })
    try {
      const small = await handset.context.newPage()
      await small.goto(`${world.server.url}/conversations/${chat.id}/meeting`)
      await sees(small, 'Meeting ended')
      await small.getByTestId('thank-you-card').getByText('Thank Amara Okafor').waitFor()
      await small.getByTestId('reflection-card').waitFor()
      await small.screenshot({ path: screenshot('meeting-end-phone.png'), fullPage: true })
    } finally {
      await handset.close()
    }

    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/conversations/${chat.id}/meeting`)
    const thanks = page.getByTestId('thank-you-card')
    const reflect = page.getByTestId('reflection-card')
    await thanks.getByRole('button', { name: 'Write the thank-you' }).waitFor()
    const [a, b] = [await thanks.boundingBox(), await reflect.boundingBox()]
    // Side by side: the same row.
    expect(a && b && Math.abs(a.y - b.y)).toBeLessThan(2)
    expect(a && b && a.x < b.x).toBe(true)
    await page.screenshot({ path: screenshot('meeting-end-desktop.png'), fullPage: true })
    await thanks.getByRole('button', { name: 'Write the thank-you' }).click()
    await heading(page, /Thank-you to Amara Okafor/)
    await page.goBack()
    await thanks.getByRole('link', { name: 'Finish the thank-you' }).waitFor()

    await reflect.getByRole('link', { name: 'Write your reflection' }).click()
    await heading(page, 'Reflection')
    const beside = page.getByRole('region', { name: 'From the meeting' })
    await beside.getByText('A postdoc, then a bootcamp.').waitFor()
    await beside.getByText('Offered a practice case.').waitFor()
    await page.screenshot({ path: screenshot('reflection-beside-desktop.png'), fullPage: true })
    await beside.getByRole('button', { name: 'Add €55–62k to the pay heard' }).click()
    await beside.getByRole('button', { name: 'Add Raj Patel to the next people' }).click()
    await eventually(async () => {
      const r = await getReflection(ctx, chat.id)
      return [
        r.pay.map((p) => [p.low, p.high, p.currency, p.period]),
        r.nextPeople.map((p) => p.name),
      ]
    }).toEqual([[[55_000, 62_000, 'EUR', 'year']], ['Raj Patel']])
    expect(await beside.getByTestId('pay-said').count()).toBe(0)
    expect(await beside.getByTestId('referrals-captured').count()).toBe(0)
  }, 90_000)
})
