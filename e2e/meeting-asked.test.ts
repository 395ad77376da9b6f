import { describe, expect, it } from 'vitest'
import { createCareer } from '../src/core/careers/service.ts'
import { createConversation } from '../src/core/conversations/service.ts'
import { createPerson } from '../src/core/people/service.ts'
import { addPlanItems, getPlan } from '../src/core/plans/service.ts'
import { suggestPlan } from '../src/core/plans/suggest.ts'
import {
  answerBox,
  answerThreeAndKeepThemAsked,
  eventually,
  phone,
  question,
  sees,
} from './page-helpers.ts'
import { planStates, scheduledNow } from './seed.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

describe.skipIf(!chromiumAvailable())('meeting mode: a question with an answer was asked', () => {
  const world = chromiumWorld({ browser: { viewport: phone } })

  it('keeps answered questions asked whatever is clicked, asks before un-asking, and every count agrees', async () => {
    const ctx = world.server.runtime.ctx
    const career = await createCareer(ctx, { name: 'Data scientist' })
    const { conversation } = await scheduledNow(ctx, {
      name: 'Amara Okafor',
      organization: 'Northwind Health',
      careerId: career.id,
    })
    const texts = [
      'How did you get into this role?',
      'What does a typical week look like?',
      'What do you like most about the work?',
      'What would you change about it?',
      'What skills matter most?',
    ]
    await addPlanItems(ctx, conversation.id, {
      items: texts.map((text) => ({ text, topic: 'advice' })),
    })
    const page = await world.browser.context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${world.server.url}/conversations/${conversation.id}/meeting`)
    await page.getByRole('button', { name: 'Start meeting' }).click()
    await sees(page, /left of 30 minutes/)

    // Answer three, then press Asked on each, as a person confirming them does.
    await answerThreeAndKeepThemAsked(page)
    // Skip on an answered one asks too.
    await question(page, 2).getByRole('button', { name: 'Skip' }).click()
    await page
      .getByRole('dialog', { name: 'Question 2 has notes' })
      .getByRole('button', { name: 'Keep it asked' })
      .click()
    await sees(page, '3 asked · 0 skipped · 2 to go')
    await eventually(() => planStates(ctx, conversation.id)).toEqual([
      ['asked', 'Answer 1'],
      ['asked', 'Answer 2'],
      ['asked', 'Answer 3'],
      ['planned', ''],
      ['planned', ''],
    ])

    // Un-asking one on purpose: the notes go, after a clear question.
    await question(page, 3).getByRole('button', { name: 'Asked' }).click()
    await page
      .getByRole('dialog', { name: 'Question 3 has notes' })
      .getByRole('button', { name: 'Delete notes and un-mark' })
      .click()
    await eventually(() => answerBox(page, 3).inputValue()).toBe('')
    expect(
      await question(page, 3).getByRole('button', { name: 'Asked' }).getAttribute('aria-pressed'),
    ).toBe('false')
    await eventually(async () => (await getPlan(ctx, conversation.id)).counts).toEqual({
      total: 5,
      planned: 3,
      asked: 2,
      skipped: 0,
    })
    await sees(page, 'saved')

    // The end: the summary, the conversation page and the next plan agree.
    await page.getByRole('button', { name: 'End', exact: true }).click()
    await page.getByRole('button', { name: 'End meeting' }).click()
    await sees(page, '2 asked; 3 not asked carry over to your next conversation in this career')
    await page.goto(`${world.server.url}/conversations/${conversation.id}`)
    await sees(page, 'Answer 2')
    const questions = page.locator('#plan')
    expect(await questions.getByText('not asked').count()).toBe(3)
    const next = await createConversation(ctx, {
      personId: (await createPerson(ctx, { name: 'Jonas Becker', careerIds: [career.id] })).id,
      status: 'scheduled',
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
    })
    const carried = (await suggestPlan(ctx, next.id)).suggestions
      .filter((s) => s.reason === 'carried-over')
      .map((s) => s.text)
    expect(carried).toEqual([texts[2], texts[3], texts[4]])
    expect(pageErrors).toEqual([])
    await page.close()
  }, 120_000)
})
