import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { eventually, heading, phone, sees } from './page-helpers.ts'
import {
  chromiumAvailable,
  chromiumWorld,
  launchChromium,
  outreachDraft,
  screenshot,
} from './support.ts'

/**
 * Sending unfinished text, in Chromium, on a fresh install that was never
 * told the explorer's name: the draft signs {myName}, the lint says so in
 * the text itself, and no way out is offered until it is filled; "I sent
 * it" asks how; a sending recorded by mistake is taken back, and what it
 * moved with it. The draft saves as it is typed.
 */

describe.skipIf(!chromiumAvailable())('sending unfinished text, and taking a sending back', () => {
  const world = chromiumWorld()
  const call = world.call

  it('blocks every way out while {myName} is unfilled, signs it, asks how it went, and undoes it', async () => {
    const career = (await call('POST', '/careers', { name: 'Data scientist' })).body
    const org = (await call('POST', '/organizations', { name: 'Northwind Health' })).body
    const amara = (
      await call('POST', '/people', {
        name: 'Amara Okafor',
        organizationId: org.id,
        careerIds: [career.id],
        connection: 'alumni',
        emails: ['amara@northwind.example'],
      })
    ).body
    const page = await world.browser.context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))

    await page.goto(`${world.server.url}/people/${amara.id}`)
    await heading(page, 'Amara Okafor')
    await page.getByRole('link', { name: 'Write' }).click()
    await page.getByRole('button', { name: 'Write the draft' }).click()
    await heading(page, /First email to Amara Okafor/)
    const body = page.getByLabel('Message')
    expect(await body.inputValue()).toMatch(/Your path into data science at Northwind Health/)
    expect(await body.inputValue()).toMatch(/\{myName\}$/)

    // The lint names it, marks it in the text, and never says "no problems" over it.
    const problems = page.getByTestId('lint-problems')
    await problems.getByText('1 problem').waitFor()
    await problems.getByText(/\{myName\} is not filled in yet/).waitFor()
    await eventually(() => page.getByTestId('lint-marks').locator('mark').allInnerTexts()).toEqual([
      '{myName}',
    ])
    const unfinished = page.getByTestId('unfinished')
    await unfinished.getByText(/\{myName\} is still in the draft/).waitFor()
    for (const name of ['Copy text', 'Open in your mail program', 'I sent it…', 'Send via SMTP…']) {
      expect(await page.getByRole('button', { name }).isDisabled(), name).toBe(true)
    }
    expect(await page.getByRole('link', { name: 'Download an .eml draft' }).count()).toBe(0)
    await page.screenshot({ path: screenshot('send-blocked-desktop.png'), fullPage: true })
    await page.setViewportSize(phone)
    await unfinished.scrollIntoViewIfNeeded()
    await page.screenshot({ path: screenshot('send-blocked-phone.png'), fullPage: true })
    // The link to the setting lands on the name field itself, focused and in view.
    await unfinished.getByRole('link', { name: /set it in Settings/ }).click()
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor()
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('#setting-explorerName') !== null),
      )
      .toBe(true)
    expect(await page.locator('#setting-explorerName').isVisible()).toBe(true)
    const inView = await page
      .locator('#setting-explorerName')
      .evaluate((row) => row.getBoundingClientRect().top < window.innerHeight)
    expect(inView).toBe(true)
    await page.screenshot({ path: screenshot('settings-name-phone.png') })
    await page.goBack()
    await unfinished.getByText(/\{myName\} is still in the draft/).waitFor()
    await page.setViewportSize({ width: 1280, height: 800 })

    // The name, given where it is missing: saved in the settings and signed in one step.
    await unfinished.getByRole('button', { name: 'Save and sign' }).click()
    await unfinished.getByText('Write the name you sign with.').waitFor()
    await unfinished.getByLabel('Your name, as you sign').fill('Sam Lee')
    await unfinished.getByRole('button', { name: 'Save and sign' }).click()
    await eventually(() => body.inputValue()).toMatch(/\nSam Lee$/)
    await problems.getByText(/no problems/).waitFor()
    expect((await call('GET', '/settings')).body.settings.explorerName).toBe('Sam Lee')

    // Saved as typed: an edit survives a reload without pressing anything.
    const text = (await body.inputValue()).replace('a lot', 'a great deal')
    await body.fill(text)
    await page.getByRole('status').getByText('saved').waitFor()
    await eventually(async () => (await call('GET', `/messages/${draftId(page)}`)).body.body).toBe(
      text,
    )
    await page.reload()
    await heading(page, /First email to Amara Okafor/)
    expect(await body.inputValue()).toBe(text)

    // "I sent it" asks how: nothing is chosen for the explorer.
    await page.getByRole('button', { name: 'I sent it…' }).click()
    const dialog = page.getByRole('dialog', { name: 'How did you send it?' })
    const record = dialog.getByRole('button', { name: 'Record it as sent' })
    expect(await record.isDisabled()).toBe(true)
    await dialog.getByLabel('Another way').check()
    await dialog.screenshot({ path: screenshot('send-how-dialog.png') })
    await record.click()
    await sees(page, /\(another way\) to amara@northwind\.example/)
    const sent = (await call('GET', `/messages/${draftId(page)}`)).body
    expect(sent).toMatchObject({ status: 'sent', channel: 'other' })
    expect((await call('GET', `/conversations/${sent.conversationId}`)).body.status).toBe(
      'requested',
    )
    await page.screenshot({ path: screenshot('send-undo-desktop.png'), fullPage: true })

    // Undo, in the same session: a draft again, and the conversation it started is gone.
    await page.getByRole('button', { name: 'Undo: not sent' }).click()
    await sees(page, /The conversation it started is gone again/)
    await page.getByRole('button', { name: 'I sent it…' }).waitFor()
    expect((await call('GET', `/messages/${sent.id}`)).body.status).toBe('draft')
    expect((await call('GET', `/conversations?personId=${amara.id}`)).body.total).toBe(0)

    // Recorded elsewhere (the CLI, another tab): back to draft after a question.
    expect((await call('POST', `/messages/${sent.id}/sent`, { channel: 'copy' })).status).toBe(200)
    await page.reload()
    await page.getByRole('button', { name: 'Back to draft…' }).click()
    await page
      .getByRole('dialog', { name: 'Marked sent by mistake?' })
      .getByRole('button', { name: 'Back to draft' })
      .click()
    await page.getByRole('button', { name: 'I sent it…' }).waitFor()
    expect((await call('GET', `/messages/${sent.id}`)).body.status).toBe('draft')
    expect(pageErrors).toEqual([])
  }, 120_000)

  it('keeps the ways out usable on a phone', async () => {
    const handset = await launchChromium({ viewport: phone })
    try {
      const person = (await call('POST', '/people', { name: 'Li Wei', emails: ['li@example.org'] }))
        .body
      const draft = await outreachDraft(
        world,
        person.id,
        'Your advice on data science',
        'Hi Li,\n\nWould you share your advice in a 20-minute call in the coming weeks?\n\nBest,\nSam',
      )
      const page = await handset.context.newPage()
      await page.goto(`${world.server.url}/drafts/${draft.id}`)
      await heading(page, /First email to Li Wei/)
      const iSentIt = page.getByRole('button', { name: 'I sent it…' })
      await iSentIt.scrollIntoViewIfNeeded()
      expect(await iSentIt.isDisabled()).toBe(false)
      const box = await iSentIt.boundingBox()
      expect(box && box.x + box.width).toBeLessThanOrEqual(phone.width)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        phone.width,
      )
      await page.screenshot({ path: screenshot('send-ways-out-phone.png'), fullPage: true })
    } finally {
      await handset.close()
    }
  }, 60_000)
})

function draftId(page: Page): string {
  return new URL(page.url()).pathname.split('/').at(-1) ?? ''
}
