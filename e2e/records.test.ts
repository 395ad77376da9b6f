import { parseResponse } from 'hono/client'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { api } from '../src/client/index.ts'
import { addCareer, pageProblems, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

/** Waits until the page shows `text` somewhere, failing with what it looked for. */

/** An input by its label's exact words (a required field's label ends in " *"). */
function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label}( \\*)?$`))
}

/** Opens a Mantine select or multi-select by its label and picks one option. */
async function pick(page: Page, label: string, option: string, typed?: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label, exact: true })
  await input.click()
  if (typed) await input.fill(typed)
  await page.getByRole('option', { name: option, exact: true }).click()
  await page.keyboard.press('Escape')
}

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 10_000 })
}

describe.skipIf(!chromiumAvailable())('the web app in Chromium', () => {
  const world = chromiumWorld()

  it('creates a career, an organization, a person and a conversation, and finds them after a reload', async () => {
    const page = await world.browser.context.newPage()
    // A blocked script or style (the CSP forbids inline script) or a failed request shows up here.
    const pageErrors = pageProblems(page)

    // An empty coffeechat points to the first career.
    await page.goto(world.server.url)
    await page.getByRole('link', { name: 'Add a career' }).click()

    // Career: the shared schema's message first, then a real one.
    await heading(page, 'New career')
    await page.getByRole('button', { name: 'Add career' }).click()
    await sees(page, 'give the career a name')
    await addCareer(page, 'Data scientist', "I'd love the modelling, not the meetings.")

    // Organization, a target for that career, with a LAMP motivation.
    await page.getByRole('link', { name: 'Organizations' }).click()
    await page.getByRole('link', { name: 'New organization' }).click()
    await heading(page, 'New organization')
    await field(page, 'Name').fill('Northwind Health')
    await field(page, 'Website').fill('northwind.example')
    await field(page, 'Industry').fill('Health care analytics')
    await pick(page, 'Target for careers', 'Data scientist')
    await page
      .getByRole('radiogroup', { name: 'Motivation' })
      .getByText('3', { exact: true })
      .click()
    await page.getByRole('button', { name: 'Add organization' }).click()
    await heading(page, 'Northwind Health')

    // Person at that organization, speaking to that career.
    await page.getByRole('link', { name: 'People', exact: true }).click()
    await page.getByRole('link', { name: 'New person' }).click()
    await heading(page, 'New person')
    await field(page, 'Name').fill('Ada Lovelace')
    await pick(page, 'Organization', 'Northwind Health', 'North')
    await field(page, 'Role or title').fill('Senior data scientist')
    await pick(page, 'Careers they can speak to', 'Data scientist')
    await page.getByRole('combobox', { name: 'Emails' }).fill('ada@example.org')
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: 'Add person' }).click()
    await heading(page, 'Ada Lovelace')

    // Conversation with her, scheduled at 15:00 in Berlin.
    await page.getByRole('link', { name: 'Plan a conversation' }).click()
    await heading(page, 'New conversation')
    await pick(page, 'Status', 'scheduled')
    await field(page, 'Day').fill('2030-03-05')
    await field(page, 'Time').fill('15:00')
    await pick(page, 'Time zone', 'Europe/Berlin', 'Europe/Berl')
    await page.getByText('video', { exact: true }).click()
    await field(page, 'Place or link').fill('https://meet.example/ada')
    await page.getByRole('button', { name: 'Add conversation' }).click()
    await heading(page, /Conversation with Ada Lovelace/)

    // After a reload, everything is still there, linked as entered.
    await page.reload()
    await heading(page, /Conversation with Ada Lovelace/)
    await sees(page, 'scheduled')
    await sees(page, 'https://meet.example/ada')
    await page.getByRole('link', { name: 'Edit' }).click()
    expect(await field(page, 'Day').inputValue()).toBe('2030-03-05')
    expect(await field(page, 'Time').inputValue()).toBe('15:00')
    expect(await page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe(
      'Europe/Berlin',
    )

    await page.goto(`${world.server.url}/people`)
    await page.reload()
    await page.getByRole('link', { name: 'Ada Lovelace' }).click()
    await heading(page, 'Ada Lovelace')
    await page.getByRole('link', { name: 'Northwind Health' }).first().waitFor()
    await page.getByRole('link', { name: 'Data scientist' }).first().waitFor()
    await sees(page, 'ada@example.org')

    await page.goto(`${world.server.url}/organizations`)
    await page.getByRole('link', { name: 'Northwind Health' }).waitFor()
    await page.goto(`${world.server.url}/careers`)
    await page.getByRole('link', { name: 'Data scientist' }).waitFor()
    await page.goto(`${world.server.url}/conversations`)
    await page.getByRole('link', { name: 'Ada Lovelace' }).waitFor()

    // The server holds the same records and links: the time went through the zone's rules.
    const client = api(`${world.server.url}/api`)
    const [career] = (await parseResponse(client.careers.$get({ query: {} }))).items
    const [organization] = (await parseResponse(client.organizations.$get({ query: {} }))).items
    const [person] = (await parseResponse(client.people.$get({ query: {} }))).items
    const [conversation] = (await parseResponse(client.conversations.$get({ query: {} }))).items
    expect(career).toMatchObject({
      name: 'Data scientist',
      hypothesis: "I'd love the modelling, not the meetings.",
    })
    expect(organization).toMatchObject({
      name: 'Northwind Health',
      motivation: 3,
      careerIds: [career?.id],
    })
    expect(person).toMatchObject({
      name: 'Ada Lovelace',
      organizationId: organization?.id,
      careerIds: [career?.id],
      emails: ['ada@example.org'],
    })
    expect(conversation).toMatchObject({
      personId: person?.id,
      careerIds: [career?.id],
      status: 'scheduled',
      scheduledAt: '2030-03-05T14:00:00.000Z',
      timeZone: 'Europe/Berlin',
      format: 'video',
    })
    expect(pageErrors).toEqual([])
  }, 120_000)
})
