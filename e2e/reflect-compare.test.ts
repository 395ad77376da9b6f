import { describe, expect, it } from 'vitest'
import { createCareer } from '../src/core/careers/service.ts'
import { createConversation } from '../src/core/conversations/service.ts'
import { getCareerBoard } from '../src/core/insights/service.ts'
import { getMeeting } from '../src/core/meetings/service.ts'
import { createOrganization } from '../src/core/organizations/service.ts'
import { createPerson, listPeople } from '../src/core/people/service.ts'
import { getPlan } from '../src/core/plans/service.ts'
import { getReflection, saveReflection } from '../src/core/reflections/service.ts'
import { eventually, phone, sees } from './page-helpers.ts'
import { scheduledNow } from './seed.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

describe.skipIf(!chromiumAvailable())(
  'plan, meet, reflect, compare on a phone, in Chromium',
  () => {
    const world = chromiumWorld({ browser: { viewport: phone } })

    it('runs a whole meeting, writes the reflection, and finds the answers in the comparison grid', async () => {
      const ctx = world.server.runtime.ctx
      const career = await createCareer(ctx, {
        name: 'Data scientist',
        hypothesis: 'The modelling, not the meetings',
      })
      // Someone met earlier, so the grid has a second voice to compare with.
      const li = await createPerson(ctx, {
        name: 'Li Wei',
        organizationId: (await createOrganization(ctx, { name: 'Cobalt Mutual' })).id,
        careerIds: [career.id],
      })
      const earlier = await createConversation(ctx, {
        personId: li.id,
        status: 'met',
        scheduledAt: new Date(Date.now() - 7 * 86_400_000).toISOString(),
      })
      await saveReflection(ctx, earlier.id, { fitRating: 3, pros: ['Real data'] })
      const amaraAt = {
        name: 'Amara Okafor',
        organization: 'Northwind Health',
        careerId: career.id,
      }
      const { person: amara, conversation } = await scheduledNow(ctx, amaraAt, { format: 'video' })

      const page = await world.browser.context.newPage()
      page.setDefaultTimeout(10_000)
      const pageErrors: string[] = []
      page.on('pageerror', (error) => pageErrors.push(error.message))

      // Plan: the suggested questions, taken whole.
      await page.goto(`${world.server.url}/conversations/${conversation.id}/prepare`)
      await page.getByRole('button', { name: /^Add all \d+$/ }).click()
      await eventually(
        async () => (await getPlan(ctx, conversation.id)).items.length,
      ).toBeGreaterThan(3)
      const [first, second] = (await getPlan(ctx, conversation.id)).items

      // Meet: the countdown, two answers, a referral, a reload in the middle.
      await page.getByRole('link', { name: 'Meeting mode' }).click()
      await page.getByRole('button', { name: 'Start meeting' }).click()
      await sees(page, /left of 30 minutes/)
      const answer = (n: number) =>
        page.getByRole('textbox', { name: `What they said — question ${n}`, exact: true })
      await answer(1).fill('A six-month contract "to see", and she never went back.')
      await answer(2).fill('About 60% cleaning data, 40% modelling.')
      await page.getByRole('button', { name: 'Who else?' }).click()
      await page.getByRole('textbox', { name: 'Name' }).fill('Jonas Becker')
      await page.getByRole('button', { name: 'Add Jonas Becker' }).click()
      await eventually(async () =>
        (await getPlan(ctx, conversation.id)).items.slice(0, 2).map((i) => i.answer),
      ).toEqual([
        'A six-month contract "to see", and she never went back.',
        'About 60% cleaning data, 40% modelling.',
      ])
      await page.reload()
      await eventually(() => answer(2).inputValue()).toBe('About 60% cleaning data, 40% modelling.')
      await sees(page, /left of 30 minutes/)
      await page.getByRole('button', { name: 'End', exact: true }).click()
      await page.getByRole('button', { name: 'End meeting' }).click()
      await eventually(async () => (await getMeeting(ctx, conversation.id)).state).toBe('ended')
      expect((await listPeople(ctx, { referredById: amara.id })).items.map((p) => p.name)).toEqual([
        'Jonas Becker',
      ])

      // Reflect, straight from the end of the meeting.
      await page.getByRole('link', { name: 'Write your reflection' }).click()
      await page.getByRole('heading', { level: 1, name: 'Reflection' }).waitFor()
      await page.getByRole('region', { name: 'Fit' }).getByText('4', { exact: true }).click()
      await page
        .getByRole('textbox', { name: 'Takeaways' })
        .fill('The cleaning leads somewhere: models reach the wards.')
      await page
        .getByRole('textbox', { name: 'The day-to-day picture' })
        .fill('Hospital data all week, six hours of meetings.')
      const pros = page.getByRole('combobox', { name: 'What they like (pros)' })
      await pros.fill('real  DATA')
      await pros.press('Enter')
      await pros.fill('Feedback in months')
      await pros.press('Enter')
      await page.getByRole('button', { name: 'Add pay heard' }).click()
      await page.getByRole('textbox', { name: 'Low' }).fill('62000')
      await page.getByRole('textbox', { name: 'High' }).fill('70000')
      await page.getByRole('textbox', { name: 'Level' }).fill('PhD entry')
      await page.getByRole('button', { name: 'Add a question' }).click()
      const question = page.getByRole('textbox', { name: 'Question for next time 1' })
      await question.fill('How do clinicians review a model?')
      await question.blur()
      await eventually(async () => {
        const r = await getReflection(ctx, conversation.id)
        return [
          r.fitRating,
          r.pros,
          r.dayToDay,
          r.pay.map((p) => [p.low, p.high, p.currency, p.level]),
          r.questions.map((q) => q.text),
        ]
      }).toEqual([
        4,
        ['real DATA', 'Feedback in months'],
        'Hospital data all week, six hours of meetings.',
        [[62000, 70000, 'EUR', 'PhD entry']],
        ['How do clinicians review a model?'],
      ])
      // A reload loses nothing.
      await page.reload()
      await eventually(() => page.getByRole('textbox', { name: 'Takeaways' }).inputValue()).toBe(
        'The cleaning leads somewhere: models reach the wards.',
      )
      await page.getByRole('button', { name: 'Mark as done' }).click()
      await eventually(
        async () => (await getReflection(ctx, conversation.id)).completedAt,
      ).not.toBeNull()

      // Compare: the career's board, phone-sized, with the answers in the grid.
      await page.getByRole('link', { name: 'Data scientist board' }).click()
      await page.getByRole('heading', { level: 1, name: 'Data scientist: board' }).waitFor()
      // A phone shows the answers person by person first; side by side is one tap away.
      const byPerson = page.getByRole('radio', { name: 'Person by person' })
      await byPerson.waitFor({ state: 'attached' })
      expect(await byPerson.isChecked()).toBe(true)
      await page.locator('label', { hasText: 'Side by side' }).click()
      const grid = page.getByRole('region', { name: 'Answers by topic and person' })
      await grid.getByRole('columnheader', { name: /Amara Okafor/ }).waitFor()
      await expect(grid.getByRole('columnheader', { name: /Li Wei/ }).count()).resolves.toBe(1)
      /** How many times `text` stands in the grid's row of `label`. */
      const inRow = (label: string | RegExp, text: string | RegExp) =>
        grid
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: label }) })
          .getByText(text)
          .count()
      await expect(inRow(first?.text ?? '', 'A six-month contract')).resolves.toBe(1)
      await expect(inRow(second?.text ?? '', 'About 60% cleaning data')).resolves.toBe(1)
      // One voice so far on that question: marked as one data point.
      await expect(inRow(second?.text ?? '', 'one data point')).resolves.toBe(1)
      await expect(inRow(/^Day-to-day/, 'Hospital data all week')).resolves.toBe(1)
      await expect(inRow(/^Compensation/, /62,000–70,000 EUR\/year · PhD entry/)).resolves.toBe(1)
      // Pros counted across people, case and spacing ignored.
      const likes = page.getByRole('list', { name: 'Pros with counts' })
      await expect(likes.getByRole('listitem').first().textContent()).resolves.toMatch(
        /^2Real data/,
      )
      // The first column stays while the people scroll past.
      const header = grid.getByRole('rowheader').first()
      const before = await header.boundingBox()
      await grid.evaluate((element) => {
        element.scrollLeft = 400
      })
      expect((await header.boundingBox())?.x).toBe(before?.x)
      expect(await grid.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true)
      await page.screenshot({
        path: 'e2e/screenshots/reflect-compare-board-phone-light.png',
        fullPage: false,
      })

      const board = await getCareerBoard(ctx, career.id)
      expect(board.fit).toMatchObject({ count: 2, mean: 3.5, direction: 'rising' })
      expect(pageErrors).toEqual([])
      await page.close()
    }, 120_000)
  },
)
