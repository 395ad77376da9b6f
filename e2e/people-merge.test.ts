import { describe, expect, it } from 'vitest'
import { axeViolations, scrollsSideways } from './axe.ts'
import { heading, phone, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld, screenshot } from './support.ts'

/**
 * Duplicates in Chromium, at desktop width and on a 390 px phone: the
 * People page points to a suggestion, the pair shows why, the side-by-side
 * preview says what each field becomes, Merge puts both people's
 * conversations on the kept person's page, and Undo brings the other back.
 */

const sizes = [
  {
    name: 'desktop',
    viewport: { width: 1280, height: 800 },
    kept: 'Ada Lovelace',
    other: 'Ada K. Lovelace',
  },
  { name: 'phone', viewport: phone, kept: 'Grace Hopper', other: 'Grace B. Hopper' },
] as const

describe.skipIf(!chromiumAvailable())('merging duplicates in Chromium', () => {
  const world = chromiumWorld()

  for (const size of sizes) {
    it(`sees a suggestion, previews, merges and undoes (${size.name})`, async () => {
      const { call } = world
      const org = await call('POST', '/organizations', { name: `Acme ${size.name}` })
      const first = size.kept.split(' ')[0]?.toLowerCase()
      const kept = await call('POST', '/people', {
        name: size.kept,
        organizationId: org.body.id,
        emails: [`${first}.hopper.lovelace@gmail.com`],
      })
      const other = await call('POST', '/people', {
        name: size.other,
        organizationId: org.body.id,
        title: 'Analyst',
        emails: [`${first}hopperlovelace@gmail.com`],
      })
      const keptChat = await call('POST', '/conversations', {
        personId: kept.body.id,
        status: 'identified',
        notes: 'First contact',
      })
      const otherChat = await call('POST', '/conversations', {
        personId: other.body.id,
        status: 'met',
        scheduledAt: '2026-02-10T10:00',
        timeZone: 'Europe/London',
      })
      expect(otherChat.status).toBe(201)

      const page = await world.browser.context.newPage()
      const pageErrors: string[] = []
      page.on('pageerror', (error) => pageErrors.push(error.message))
      await page.setViewportSize(size.viewport)
      await page.goto(`${world.server.url}/people`)
      await heading(page, 'People')
      const link = page.getByRole('link', { name: /^Possible duplicates: \d+$/ })
      await link.waitFor()
      expect(await scrollsSideways(page)).toBeNull()
      await page.screenshot({ path: screenshot(`people-merge-people-page-${size.name}.png`) })
      await link.click()
      await heading(page, 'Possible duplicates')
      const pair = page.getByRole('article', { name: `${size.kept} and ${size.other}` })
      await pair
        .getByText(
          `${size.kept} and ${size.other} differ only by a middle initial, both at Acme ${size.name}`,
        )
        .waitFor()
      await pair.getByText(/^same Gmail address without dots: /).waitFor()
      expect(await axeViolations(page)).toEqual([])
      expect(await scrollsSideways(page)).toBeNull()
      await page.screenshot({
        path: screenshot(`people-merge-suggestion-${size.name}.png`),
        fullPage: true,
      })

      await pair
        .getByRole('button', { name: `Compare and merge ${size.kept} and ${size.other}` })
        .click()
      const dialog = page.getByRole('dialog', { name: `Merge ${size.other} into ${size.kept}?` })
      await dialog.waitFor()
      const title = dialog.getByRole('row', { name: /^Title/ })
      await expect.poll(() => title.textContent()).toContain('Analyst')
      await dialog.getByText('Moves to', { exact: false }).waitFor()
      await dialog.getByText(`- Name: ${size.other}`).waitFor()
      // The dialog fades in; the picture (and axe, which reads colours) waits for it.
      await page.waitForTimeout(600)
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: screenshot(`people-merge-preview-${size.name}.png`) })
      await dialog.getByRole('button', { name: 'Merge', exact: true }).click()

      // The kept person's page holds both conversations; the notification offers Undo.
      await heading(page, size.kept)
      await sees(page, `${size.other} is now part of ${size.kept}.`)
      const conversations = page.getByRole('region', { name: 'Conversations' })
      await expect
        .poll(() => conversations.getByRole('heading').textContent())
        .toBe('Conversations2')
      const owned = await call('GET', `/conversations?personId=${kept.body.id}`)
      expect(owned.body.items.map((c: { id: string }) => c.id).sort()).toEqual(
        [keptChat.body.id, otherChat.body.id].sort(),
      )
      expect((await call('GET', `/people/${other.body.id}`)).status).toBe(404)
      await page.screenshot({
        path: screenshot(`people-merge-merged-${size.name}.png`),
        fullPage: true,
      })

      await page.getByRole('button', { name: 'Undo', exact: true }).click()
      await sees(page, `${size.other} is back.`)
      await heading(page, size.other)
      await expect
        .poll(async () => (await call('GET', `/conversations/${otherChat.body.id}`)).body.personId)
        .toBe(other.body.id)
      expect((await call('GET', `/people/${kept.body.id}`)).body.title).toBe('')
      await page.screenshot({
        path: screenshot(`people-merge-undone-${size.name}.png`),
        fullPage: true,
      })
      expect(pageErrors).toEqual([])
      await page.close()
    })
  }
})

describe.skipIf(!chromiumAvailable())('Merge with… and Not the same person in Chromium', () => {
  const world = chromiumWorld()

  it('offers the likely duplicate on the person page, and forgets a pair said to be two people', async () => {
    const { call } = world
    const alan = await call('POST', '/people', {
      name: 'Alan Turing',
      emails: ['Alan@bletchley.example'],
    })
    await call('POST', '/people', { name: 'Alan M. Turing', emails: ['alan@bletchley.example'] })
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/people/${alan.body.id}`)
    await heading(page, 'Alan Turing')
    await page.getByRole('button', { name: 'Merge with…' }).click()
    const picker = page.getByRole('dialog', { name: 'Merge someone into Alan Turing' })
    await picker.getByRole('button', { name: 'Alan M. Turing' }).click()
    const preview = page.getByRole('dialog', { name: 'Merge Alan M. Turing into Alan Turing?' })
    await preview.waitFor()
    await preview.getByRole('button', { name: 'Cancel' }).click()
    await preview.waitFor({ state: 'hidden' })
    expect((await call('GET', '/people/duplicates')).body.total).toBe(1)

    await page.goto(`${world.server.url}/people/duplicates`)
    await heading(page, 'Possible duplicates')
    await page
      .getByRole('button', { name: 'Alan Turing and Alan M. Turing are not the same person' })
      .click()
    await sees(page, 'No likely duplicates')
    expect((await call('GET', '/people/duplicates')).body.total).toBe(0)
    await page.close()
  })
})
