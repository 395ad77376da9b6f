import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSmtpServer, type TestSmtpServer } from '../test/smtp-server.ts'
import { sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld, launchChromium, screenshot } from './support.ts'

/**
 * The "done means", in Chromium: an outreach drafted and passing the
 * lint, sent through SMTP to a local server, the 3B7 suggestions appearing
 * on the right business days (a weekend and a holiday in between), the
 * reply recorded, the chat scheduled, the confirmation due the day before,
 * and after the meeting the thank-you due that night. The server runs in
 * process with a clock the test moves.
 */

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 10_000 })
}

/** The Today agenda's items of one kind, by title. */
async function agendaTitles(page: Page, kind: string): Promise<string[]> {
  await page.getByRole('heading', { level: 1 }).waitFor()
  await page.getByTestId('agenda-item').first().waitFor()
  const items = page.locator(`[data-testid="agenda-item"][data-kind="${kind}"]`)
  const titles: string[] = []
  for (const item of await items.all()) {
    titles.push(((await item.locator('p').first().textContent()) ?? '').trim())
  }
  return titles
}

describe.skipIf(!chromiumAvailable())(
  'reaching out in Chromium, with a clock the test moves',
  () => {
    let smtp: TestSmtpServer
    let clock = new Date('2026-03-05T09:00:00Z')
    const world = chromiumWorld({ server: { clock: () => new Date(clock) } })
    /** The API as the web app's own origin, for the set-up only. */
    const call = world.ok
    /** Today's items of one kind, opened with the clock moved to `at`. */
    const titlesAt = async (page: Page, at: string, kind: string) => {
      clock = new Date(at)
      await page.goto(world.server.url)
      return agendaTitles(page, kind)
    }

    beforeAll(async () => {
      smtp = await startTestSmtpServer()
    })

    afterAll(async () => {
      await smtp?.close()
    })

    it('drafts, lints, sends, follows 3B7, records the reply, schedules, confirms and thanks', async () => {
      await call('PATCH', '/settings', {
        timeZone: 'Europe/Berlin',
        explorerName: 'Sam Lee',
        holidays: ['2026-03-09'],
      })
      const career = await call('POST', '/careers', { name: 'Data scientist' })
      const org = await call('POST', '/organizations', { name: 'Northwind Health' })
      const amara = await call('POST', '/people', {
        name: 'Amara Okafor',
        organizationId: org.id,
        careerIds: [career.id],
        title: 'Senior Data Scientist',
        connection: 'alumni',
        emails: ['amara@northwind.example'],
      })
      await call('POST', '/people', {
        name: 'Jonas Becker',
        organizationId: org.id,
        careerIds: [career.id],
      })

      const page = await world.browser.context.newPage()
      const pageErrors: string[] = []
      page.on('pageerror', (error) => pageErrors.push(error.message))

      // The SMTP account, on the Settings page; the password never comes back.
      await page.goto(`${world.server.url}/settings`)
      const smtpSection = page.getByRole('region', { name: 'Sending email (SMTP)' })
      await smtpSection.getByLabel('Server').fill(smtp.host)
      await smtpSection.getByLabel('Port').fill(String(smtp.port))
      await smtpSection.getByText('None', { exact: true }).click()
      await smtpSection.getByLabel('User name').fill(smtp.user)
      await smtpSection.getByLabel('Password', { exact: true }).fill(smtp.password)
      await smtpSection.getByLabel('From address').fill('sam@example.org')
      await smtpSection.getByRole('button', { name: 'Save SMTP settings' }).click()
      await smtpSection.getByPlaceholder('stored — leave empty to keep it').waitFor()
      await smtpSection.getByRole('button', { name: 'Test the connection' }).click()
      await sees(page, 'The server accepted the connection and the sign-in.')
      await smtpSection.screenshot({ path: screenshot('outreach-smtp-settings.png') })

      // Thursday 5 March, 10:00 in Berlin: draft the first email from her page.
      await page.goto(`${world.server.url}/people/${amara.id}`)
      await heading(page, 'Amara Okafor')
      await page.getByRole('link', { name: 'Write' }).click()
      await heading(page, 'New draft')
      await page.getByRole('button', { name: 'Write the draft' }).click()
      await heading(page, /First email to Amara Okafor/)
      const problems = page.getByTestId('lint-problems')
      await problems.getByText(/no problems/).waitFor()
      const body = page.getByLabel('Message')
      const drafted = await body.inputValue()
      expect(drafted).toMatch(/^Hi Amara,\n\nI found you through our alumni network\./)

      // Live lint: a job ask is flagged as it is typed, its words marked; taking it out clears it.
      await body.fill(`${drafted}\n\nP.S. Are you hiring?`)
      await problems.getByText(/1 problem/).waitFor()
      await expect
        .poll(() => page.getByTestId('lint-marks').locator('mark').allInnerTexts())
        .toEqual(['Are you hiring'])
      await page.screenshot({ path: screenshot('outreach-live-lint.png'), fullPage: true })
      await body.fill(drafted)
      await problems.getByText(/no problems/).waitFor()

      // Send through SMTP, only after confirming this one message.
      await page.getByRole('button', { name: 'Send via SMTP…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Send this message now?' })
      await expect
        .poll(() => dialog.getByTestId('smtp-recipient').textContent())
        .toBe('Amara Okafor <amara@northwind.example>')
      await dialog.screenshot({ path: screenshot('outreach-smtp-confirm.png') })
      const before = smtp.received.length
      await dialog.getByRole('button', { name: 'Send now' }).click()
      await page.getByText('They replied').first().waitFor()
      expect(smtp.received).toHaveLength(before + 1)
      expect(smtp.received[before]?.subject).toBe(
        'Introduction through our alumni network: your advice on data science',
      )
      expect(smtp.received[before]?.text?.trimEnd()).toBe(drafted)

      // 3B7, in business days: Fri 6 (1), the weekend, Mon 9 a holiday, Tue 10 (2), Wed 11 (3).
      expect(await titlesAt(page, '2026-03-10T12:00:00Z', 'reply-awaited')).toEqual([
        'Waiting for Amara Okafor',
      ])
      expect(await agendaTitles(page, 'second-contact')).toEqual([])

      expect(await titlesAt(page, '2026-03-11T08:00:00Z', 'second-contact')).toEqual([
        'Write to a second person at Northwind Health',
      ])
      await page.getByRole('link', { name: 'Write to Jonas Becker' }).waitFor()
      await page.screenshot({ path: screenshot('outreach-today-3b7.png'), fullPage: true })

      // … Thu 12 (4), Fri 13 (5), Mon 16 (6): no follow-up yet; Tue 17 (7): the one follow-up.
      expect(await titlesAt(page, '2026-03-16T12:00:00Z', 'follow-up')).toEqual([])
      expect(await titlesAt(page, '2026-03-17T08:00:00Z', 'follow-up')).toEqual([
        'Follow up with Amara Okafor',
      ])

      // She replies that morning: recorded on her page; a week after a booster's time, an obligate.
      await page.goto(`${world.server.url}/people/${amara.id}`)
      await heading(page, 'Amara Okafor')
      await page.getByRole('button', { name: 'They replied' }).click()
      await page.getByRole('button', { name: 'Record the reply' }).click()
      await sees(page, 'Obligate: replied, but later')
      // No time agreed yet: the schedule offered in the same dialog waits.
      await page.getByRole('button', { name: 'Later' }).click()
      await expect.poll(() => page.getByTestId('responsiveness').textContent()).toBe('obligate')
      await page.goto(world.server.url)
      expect(await agendaTitles(page, 'follow-up')).toEqual([])

      // Schedule the chat: Tuesday 24 March, 15:00 in Berlin.
      await page.goto(`${world.server.url}/people/${amara.id}`)
      await page.getByRole('link', { name: /No date yet/ }).click()
      await heading(page, /Conversation with Amara Okafor/)
      await page.getByRole('button', { name: 'We set a time' }).click()
      await page.getByLabel(/^Day( \*)?$/).fill('2026-03-24')
      await page.getByLabel(/^Time( \*)?$/).fill('15:00')
      const zone = page.getByRole('combobox', { name: 'Time zone' })
      await zone.click()
      await zone.fill('Europe/Berl')
      await page.getByRole('option', { name: 'Europe/Berlin', exact: true }).click()
      await page.getByRole('button', { name: 'Save changes' }).click()
      await heading(page, /Conversation with Amara Okafor/)
      await sees(page, 'scheduled')

      // Monday 23 March: the day-before confirmation is due; written, linted, sent by hand.
      expect(await titlesAt(page, '2026-03-23T08:00:00Z', 'meeting')).toEqual([
        'Meeting with Amara Okafor',
      ])
      await page.getByRole('link', { name: 'Add to calendar (.ics)' }).waitFor()
      expect(await agendaTitles(page, 'confirmation')).toEqual([
        'Confirm the meeting with Amara Okafor',
      ])
      await page.getByRole('link', { name: 'Write the confirmation' }).click()
      await heading(page, 'New draft')
      await page.getByRole('button', { name: 'Write the draft' }).click()
      await heading(page, /Confirmation to Amara Okafor/)
      expect(await page.getByLabel('Subject').inputValue()).toBe(
        'Confirming Tuesday, 24 March at 15:00 CET',
      )
      // Where they meet was never noted: the way to the field, and the variable selected there.
      await page.getByTestId('unfinished').getByRole('button', { name: 'Go to {place}' }).click()
      await page.keyboard.type('on Zoom')
      expect(await body.inputValue()).toContain('on Tuesday, 24 March at 15:00 CET (on Zoom)')
      await problems.getByText(/no problems/).waitFor()
      await page.getByRole('button', { name: 'I sent it…' }).click()
      const how = page.getByRole('dialog', { name: 'How did you send it?' })
      await how.getByLabel('I copied and pasted it').check()
      await how.getByRole('button', { name: 'Record it as sent' }).click()
      await page.getByText('They replied').first().waitFor()
      await page.goto(world.server.url)
      expect(await agendaTitles(page, 'confirmation')).toEqual([])

      // After the meeting (15:00–15:30): did it happen? Marked met, the thank-you is due tonight.
      expect(await titlesAt(page, '2026-03-24T14:45:00Z', 'meeting-unconfirmed')).toEqual([
        'Did you meet Amara Okafor?',
      ])
      await page.getByRole('link', { name: 'We met' }).click()
      await heading(page, /Conversation with Amara Okafor/)
      await page.getByRole('button', { name: 'We met' }).click()
      await sees(page, 'Write the thank-you')
      await page.goto(world.server.url)
      expect(await agendaTitles(page, 'thank-you')).toEqual(['Thank Amara Okafor'])
      const thanks = page.locator('[data-testid="agenda-item"][data-kind="thank-you"]')
      await thanks.getByText('tonight by 21:00').waitFor()
      await page.screenshot({ path: screenshot('outreach-today-thank-you.png'), fullPage: true })

      expect(pageErrors).toEqual([])
    }, 120_000)

    it('keeps the explorer’s own template, refusing an unknown variable', async () => {
      const page = await world.browser.context.newPage()
      await page.goto(`${world.server.url}/settings`)
      const section = page.getByRole('region', { name: 'Message templates' })
      const picker = section.getByRole('combobox', { name: 'Template' })
      await picker.click()
      await page.getByRole('option', { name: 'The one follow-up', exact: true }).click()
      const subject = section.getByLabel('Subject')
      await expect.poll(() => subject.inputValue()).toBe('Following up: your advice on {career}')
      await subject.fill('Still keen, {firstname}')
      await section.getByRole('button', { name: 'Save your version' }).click()
      await section.getByText(/\{firstname\} is not a variable/).waitFor()
      await subject.fill('Still keen to hear from you, {firstName}')
      await section.getByRole('button', { name: 'Save your version' }).click()
      await section.getByRole('button', { name: 'Reset to our text' }).waitFor()
      await section.screenshot({ path: screenshot('outreach-templates.png') })
      const saved = await call('GET', '/templates/follow-up')
      expect(saved).toMatchObject({
        isDefault: false,
        subject: 'Still keen to hear from you, {firstName}',
      })
      await section.getByRole('button', { name: 'Reset to our text' }).click()
      await expect.poll(() => subject.inputValue()).toBe('Following up: your advice on {career}')
    }, 60_000)

    it('shows Today and the draft editor at phone width', async () => {
      const phone = await launchChromium({ viewport: { width: 390, height: 844 } })
      try {
        const page = await phone.context.newPage()
        await page.goto(world.server.url)
        await page.getByTestId('agenda-item').first().waitFor()
        await page.screenshot({ path: screenshot('outreach-today-phone.png'), fullPage: true })
        const [message] = (await call('GET', '/messages')).items
        await page.goto(`${world.server.url}/drafts/${message.id}`)
        await heading(page, /to Amara Okafor/)
        await page.screenshot({ path: screenshot('outreach-message-phone.png'), fullPage: true })
      } finally {
        await phone.close()
      }
    }, 60_000)
  },
)
