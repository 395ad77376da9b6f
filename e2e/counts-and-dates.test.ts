import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { Career } from '../src/core/careers/schema.ts'
import { listCareers } from '../src/core/careers/service.ts'
import type { Ctx } from '../src/core/context.ts'
import { createConversation, updateConversation } from '../src/core/conversations/service.ts'
import { endMeeting, startMeeting } from '../src/core/meetings/service.ts'
import { createPerson } from '../src/core/people/service.ts'
import { effectiveTimeZone, getSettings, updateSettings } from '../src/core/settings/service.ts'
import { generateDemo } from '../src/demo/generate.ts'
import { phone, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

/** A new person, and a conversation with them scheduled `hours` from now. */
async function scheduledWith(ctx: Ctx, name: string, hours: number) {
  const person = await createPerson(ctx, { name })
  return createConversation(ctx, {
    personId: person.id,
    status: 'scheduled',
    scheduledAt: new Date(Date.now() + hours * 3_600_000).toISOString(),
  })
}

/** "4 of 3 people spoken with, from 3 of 2 organizations", as every page words it. */
function spoken(career: Career): string {
  const c = career.coverage
  return `${c.people} of ${c.minPeople} people spoken with, from ${c.organizations} of ${c.minOrganizations} organizations`
}

describe.skipIf(!chromiumAvailable())(
  'every page tells the same counts and dates (demo data)',
  () => {
    let careers: Career[]
    const world = chromiumWorld({
      seed: async (server) => {
        await generateDemo(server.runtime.ctx)
        careers = (await listCareers(server.runtime.ctx)).items
      },
    })

    it('shows one coverage for each career on Careers, its page, its board, Compare and Today', async () => {
      const page = await world.browser.context.newPage()
      await page.goto(`${world.server.url}/careers`)
      await page.getByRole('heading', { level: 1, name: 'Careers' }).waitFor()
      for (const career of careers) {
        await page
          .getByLabel(`Coverage: ${spoken(career)}`)
          .first()
          .waitFor()
        await sees(page, `${career.peopleCount} people linked`)
      }
      const compare = await world.browser.context.newPage()
      await compare.goto(`${world.server.url}/careers/compare`)
      await sees(compare, 'People spoken with')
      const cells = await compare
        .locator('tr')
        .filter({
          has: compare.getByRole('rowheader', { name: 'People spoken with', exact: true }),
        })
        .locator('td')
        .allTextContents()
      expect(cells.map((c) => c.trim())).toEqual(careers.map((c) => String(c.coverage.people)))
      await compare.close()

      for (const career of careers) {
        await page.goto(`${world.server.url}/careers/${career.id}`)
        await page.getByRole('heading', { level: 1, name: career.name }).waitFor()
        if (career.status !== 'dropped') {
          const c = career.coverage
          await page
            .getByLabel(`People spoken with: ${c.people} of ${c.minPeople}`, { exact: true })
            .waitFor()
          await page
            .getByLabel(`Organizations they come from: ${c.organizations} of ${c.minOrganizations}`)
            .waitFor()
        }
        await page.goto(`${world.server.url}/careers/${career.id}/board`)
        await sees(page, spoken(career))
        // The grid's columns are the same people.
        const columns = await page
          .getByRole('region', { name: 'Answers by topic and person' })
          .locator('thead th')
          .count()
        expect(columns - 1, career.name).toBe(career.coverage.people)
      }

      await page.goto(world.server.url)
      await page.getByTestId('agenda-item').first().waitFor()
      const findMore = await page
        .locator('[data-testid="agenda-item"][data-kind="coverage"]')
        .allInnerTexts()
      const under = careers.filter((c) => c.status !== 'dropped' && !c.coverage.covered)
      expect(findMore.map((t) => t.split('\n')[0]).sort()).toEqual(
        under.map((c) => `Find more people for ${c.name}`).sort(),
      )
      for (const career of under) {
        const c = career.coverage
        const people = `${c.people} ${c.people === 1 ? 'person' : 'people'}`
        const orgs = `${c.organizations} ${c.organizations === 1 ? 'organization' : 'organizations'}`
        await sees(page, `${people} spoken with, from ${orgs}; the target is 3 from 2.`)
      }
      await page.close()
    }, 120_000)

    it('dates a meeting planned for tomorrow and held today as today, on Today and its page', async () => {
      const ctx = world.server.runtime.ctx
      const conversation = await scheduledWith(ctx, 'Noor Haddad', 26)
      // Held 40 to 5 minutes ago, but both ends today in the explorer's zone
      // however soon after midnight this runs (it failed at 00:05).
      const now = Date.now()
      const zone = effectiveTimeZone(await getSettings(ctx))
      const midnight = DateTime.fromMillis(now).setZone(zone).startOf('day').toMillis()
      const started = Math.max(now - 40 * 60_000, midnight + (now - midnight) / 3)
      const ended = Math.max(now - 5 * 60_000, midnight + (2 * (now - midnight)) / 3)
      await startMeeting(ctx, conversation.id, { at: new Date(started).toISOString() })
      await endMeeting(ctx, conversation.id, { at: new Date(ended).toISOString() })
      const page = await world.browser.context.newPage()
      await page.setViewportSize(phone)
      await page.goto(`${world.server.url}/conversations/${conversation.id}`)
      await sees(page, 'Held')
      await sees(page, /· today/)
      await sees(page, /^planned for /)
      await page.goto(world.server.url)
      const thanks = page.locator('[data-testid="agenda-item"][data-kind="thank-you"]', {
        hasText: 'Thank Noor Haddad',
      })
      expect(await thanks.textContent()).toMatch(/You met today at/)
      const reflect = page.locator('[data-testid="agenda-item"][data-kind="reflection"]', {
        hasText: 'Noor Haddad',
      })
      expect(await reflect.textContent()).not.toMatch(/tomorrow/)
      await page.close()
    }, 60_000)

    it('warns about a question that asks for a job while it is typed, before it is added', async () => {
      const ctx = world.server.runtime.ctx
      const conversation = await scheduledWith(ctx, 'Ines Moreau', 72)
      const page = await world.browser.context.newPage()
      await page.goto(`${world.server.url}/conversations/${conversation.id}/prepare`)
      await page.getByRole('tab', { name: 'New question' }).click()
      await page.getByRole('textbox', { name: 'Question' }).fill('Is your team hiring this spring?')
      await sees(page, /“Is your team hiring”: Asking whether they are hiring/)
      await page.getByRole('textbox', { name: 'Question' }).fill('Who else should I talk to?')
      await sees(page, /Asking who else to talk to is advised from a week after you met/)
      await page.close()
    }, 60_000)
    it('writes times in your clock after the setting changes, and offers the progress update only once due', async () => {
      const ctx = world.server.runtime.ctx
      await updateSettings(ctx, { timeZone: 'Europe/Berlin', clock: '24h' })
      const person = await createPerson(ctx, { name: 'Lena Vogel' })
      // 14:00 UTC in two days: 15:00 in Berlin (winter).
      const start = new Date(Date.now() + 2 * 86_400_000)
      start.setUTCHours(14, 0, 0, 0)
      const scheduled = await createConversation(ctx, {
        personId: person.id,
        status: 'scheduled',
        scheduledAt: start.toISOString(),
        timeZone: 'Europe/Berlin',
      })
      const page = await world.browser.context.newPage()
      await page.goto(`${world.server.url}/conversations/${scheduled.id}`)
      await sees(page, /, 15:00/)
      await updateSettings(ctx, { clock: '12h' })
      await page.reload()
      await sees(page, /, 3:00 PM/)
      expect(await page.getByText(/15:00/).count()).toBe(0)

      // Met and thanked yesterday: the update is 14 days after the meeting, not now.
      const thanked = await createConversation(ctx, {
        personId: person.id,
        status: 'scheduled',
        scheduledAt: new Date(Date.now() - 86_400_000).toISOString(),
      })
      await updateConversation(ctx, thanked.id, { status: 'met' })
      await updateConversation(ctx, thanked.id, { status: 'thanked' })
      await page.goto(`${world.server.url}/conversations/${thanked.id}`)
      await sees(page, /The progress update is due on /)
      expect(await page.getByRole('link', { name: 'Write the progress update' }).count()).toBe(0)
      await updateSettings(ctx, { progressUpdateAfterDays: 1 })
      await page.reload()
      await page.getByRole('link', { name: 'Write the progress update' }).waitFor()
      await updateSettings(ctx, { progressUpdateAfterDays: 14, clock: null })
      await page.close()
    }, 60_000)
  },
)
