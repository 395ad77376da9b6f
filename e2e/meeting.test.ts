import { describe, expect, it } from 'vitest'
import { createCareer } from '../src/core/careers/service.ts'
import { getConversation } from '../src/core/conversations/service.ts'
import { getMeeting, startMeeting } from '../src/core/meetings/service.ts'
import { listPeople } from '../src/core/people/service.ts'
import { getPlan } from '../src/core/plans/service.ts'
import { answerBox, eventually, pageProblems, phone, question, sees } from './page-helpers.ts'
import { planStates, scheduledNow } from './seed.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

describe.skipIf(!chromiumAvailable())('meeting mode on a phone, in Chromium', () => {
  const world = chromiumWorld({ browser: { viewport: phone } })

  /** A career, an organization and a person with a conversation scheduled about now. */
  async function scheduled(name: string) {
    const ctx = world.server.runtime.ctx
    const career =
      (await ctx.db
        .selectFrom('careers')
        .select('id')
        .where('name', '=', 'Data scientist')
        .executeTakeFirst()) ?? (await createCareer(ctx, { name: 'Data scientist' }))
    const who = { name, organization: `Northwind ${name}`, careerId: career.id }
    return scheduledNow(ctx, who, { format: 'video' })
  }

  it('plans, runs a meeting with answers and a referral, survives a reload and a lost connection, and ends', async () => {
    const ctx = world.server.runtime.ctx
    const { person, conversation } = await scheduled('Amara Okafor')
    const page = await world.browser.context.newPage()
    let offlineOnPurpose = false
    const pageErrors = pageProblems(page, () => offlineOnPurpose)

    // Prepare: the suggested plan, taken whole, then one question less.
    await page.goto(`${world.server.url}/conversations/${conversation.id}/prepare`)
    await page.getByRole('heading', { level: 1, name: 'Prepare: Amara Okafor' }).waitFor()
    await page.getByRole('button', { name: /^Add all \d+$/ }).click()
    await eventually(async () => (await getPlan(ctx, conversation.id)).items.length).toBe(10)
    await page.getByRole('button', { name: 'Remove question 10' }).click()
    await eventually(async () => (await getPlan(ctx, conversation.id)).items.length).toBe(9)
    const planned = await getPlan(ctx, conversation.id)
    await page.getByRole('button', { name: 'Move question 2 up' }).click()
    await eventually(async () => (await getPlan(ctx, conversation.id)).items[0]?.id).toBe(
      planned.items[1]?.id,
    )

    // Meeting mode, one hand: start, answer, skip, capture a referral.
    await page.getByRole('link', { name: 'Meeting mode' }).click()
    await sees(page, '30 minutes promised')
    await page.getByRole('button', { name: 'Start meeting' }).click()
    await sees(page, /left of 30 minutes/)
    await question(page, 1).getByRole('button', { name: 'Asked' }).click()
    await answerBox(page, 1).fill('Postdoc, then a six-month contract "to see".')
    await question(page, 2).getByRole('button', { name: 'Skip' }).click()
    await answerBox(page, 3).fill('About 60% cleaning data.')
    await page.getByRole('button', { name: 'Who else?' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Jonas Becker')
    await page.getByRole('textbox', { name: 'Organization' }).fill('Northwind Amara Okafor')
    await page.getByRole('button', { name: 'Add Jonas Becker' }).click()
    await sees(page, 'Jonas Becker · Northwind Amara Okafor')
    await eventually(() => planStates(ctx, conversation.id)).toEqual([
      ['asked', 'Postdoc, then a six-month contract "to see".'],
      ['skipped', ''],
      ['asked', 'About 60% cleaning data.'],
      ...Array.from({ length: 6 }, () => ['planned', '']),
    ])
    expect((await getMeeting(ctx, conversation.id)).state).toBe('running')
    await eventually(async () =>
      (await listPeople(ctx, { referredById: person.id })).items.map((p) => p.name),
    ).toEqual(['Jonas Becker'])

    // The connection drops: what is typed stays on the phone.
    offlineOnPurpose = true
    await world.browser.context.setOffline(true)
    await answerBox(page, 4).fill('Typed while the server was unreachable')
    await sees(page, 'offline — kept on this device')
    // The server stays unreachable for answers across a reload.
    await page.route('**/api/plan-items/**', (route) => route.abort('internetdisconnected'))
    await world.browser.context.setOffline(false)
    await page.reload()
    await eventually(() => answerBox(page, 4).inputValue()).toBe(
      'Typed while the server was unreachable',
    )
    await expect(answerBox(page, 1).inputValue()).resolves.toBe(
      'Postdoc, then a six-month contract "to see".',
    )
    await sees(page, 'Jonas Becker · Northwind Amara Okafor')
    await sees(page, /left of 30 minutes/)
    expect((await getPlan(ctx, conversation.id)).items[3]?.answer).toBe('')

    // The server is back: the kept answer arrives.
    await page.unroute('**/api/plan-items/**')
    await page.evaluate(() => window.dispatchEvent(new Event('online')))
    await eventually(async () => (await getPlan(ctx, conversation.id)).items[3]).toMatchObject({
      state: 'asked',
      answer: 'Typed while the server was unreachable',
    })
    await sees(page, 'saved')
    offlineOnPurpose = false

    // End: the conversation is met, the overrun recorded.
    await page.getByRole('button', { name: 'End', exact: true }).click()
    await page.getByRole('button', { name: 'End meeting' }).click()
    await sees(page, 'Meeting ended')
    await eventually(async () => (await getMeeting(ctx, conversation.id)).state).toBe('ended')
    const ended = await getMeeting(ctx, conversation.id)
    expect(ended.overrunMinutes).toBeLessThan(0)
    expect((await getConversation(ctx, conversation.id)).status).toBe('met')

    // Nothing lost, seen from the conversation page.
    await page.reload()
    await sees(page, 'Meeting ended')
    await page
      .getByTestId('meeting-summary')
      .getByRole('link', { name: 'Back to the conversation' })
      .click()
    await sees(page, 'Typed while the server was unreachable')
    await sees(page, 'skipped — carries over')
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((k) => k.startsWith('coffeechat:unsaved')),
      ),
    ).toEqual([])
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('warns quietly before the end, then asks politely for five more minutes', async () => {
    const ctx = world.server.runtime.ctx
    const { conversation } = await scheduled('Hannah Schulz')
    await startMeeting(ctx, conversation.id, {
      at: new Date(Date.now() - 26 * 60_000).toISOString(),
    })
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/conversations/${conversation.id}/meeting`)
    await sees(page, /minutes? left — time to pick the most important questions/)
    const clock = page.getByRole('region', { name: 'Meeting clock' })
    expect(await clock.getAttribute('data-phase')).toBe('warning')
    await ctx.db
      .updateTable('meetings')
      .set({ started_at: new Date(Date.now() - 31 * 60_000).toISOString() })
      .where('conversation_id', '=', conversation.id)
      .execute()
    await page.reload()
    await sees(page, 'Our time is up — do you have five more minutes?')
    expect(await clock.getAttribute('data-phase')).toBe('overrun')
    await eventually(() => page.getByTestId('meeting-time').textContent()).toMatch(/^\+1:\d\d$/)
    await page.close()
  })
})
