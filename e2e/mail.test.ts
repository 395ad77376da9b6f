import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { dovecotAround, dovecotOrSkip } from '../test/dovecot.ts'
import { axeViolations, scrollsSideways, settled } from './axe.ts'
import { eventually, heading, phone, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld, outreachDraft, screenshot } from './support.ts'

/**
 * The mail check in the web app (issue 15), in Chromium against a real IMAP
 * server: connect the mailbox from Settings, check now, confirm a reply
 * first thing on Today, and find it on the person's page; a bounce shows the
 * address as bouncing. Desktop and 390 px, each page axe-clean.
 */

const bin = chromiumAvailable() ? dovecotOrSkip() : null
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000)
// Mail dates have whole seconds.
const replyAt = new Date(Math.floor(hoursAgo(5).getTime() / 1000) * 1000)

describe.skipIf(!bin)('the mail check in the web app', () => {
  const world = chromiumWorld()
  const imap = dovecotAround(bin)
  const call = world.call
  let amara: { id: string }
  let gus: { id: string }

  beforeAll(async () => {
    amara = (
      await call('POST', '/people', { name: 'Amara Okafor', emails: ['amara@northwind.example'] })
    ).body
    gus = (
      await call('POST', '/people', {
        name: 'Gus Ray',
        emails: ['gus@old.example'],
        phones: ['+44 20 7946 0000'],
      })
    ).body
    for (const person of [amara, gus]) {
      const draft = await outreachDraft(
        world,
        person.id,
        'Your advice on data science',
        'Hi, would you have 20 minutes for my questions? Sam',
      )
      const sent = await call('POST', `/messages/${draft.id}/sent`, {
        channel: 'eml',
        sentAt: hoursAgo(30).toISOString(),
      })
      expect(sent.status).toBe(200)
    }
    imap().deliver(
      '',
      `From: Amara Okafor <amara@northwind.example>\nTo: sam@example.org\nSubject: Re: Your advice on data science\nMessage-ID: <web1@northwind.example>\nDate: ${replyAt.toUTCString()}\n\nHappy to talk!\nThursday at 10 works for me.\n\n> Hi, would you have 20 minutes\n`,
    )
    imap().deliver(
      '',
      `From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: sam@example.org\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <web2@mx.example>\nContent-Type: multipart/report; report-type=delivery-status; boundary="BB"\nDate: ${hoursAgo(29).toUTCString()}\n\n--BB\nContent-Type: text/plain\n\nYour message could not be delivered.\n--BB\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; gus@old.example\nAction: failed\nStatus: 5.1.1\n--BB--\n`,
    )
    imap().deliver(
      '',
      `From: Deals <spam@stranger.example>\nTo: sam@example.org\nSubject: You won\nMessage-ID: <web3@stranger.example>\nDate: ${hoursAgo(2).toUTCString()}\n\nSecret stranger text\n`,
    )
  }, 60_000)

  async function clean(page: Page, what: string) {
    await settled(page)
    expect(await axeViolations(page), what).toEqual([])
    expect(await scrollsSideways(page), what).toBeNull()
  }

  it('connects from Settings, checks, confirms a reply on Today and shows it on the person page', async () => {
    const server = imap()
    const page = await world.browser.context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(`${world.server.url}/settings`)
    await heading(page, 'Settings')
    const section = page.getByRole('region', { name: 'Replies found in your mail' })
    await section.getByText(/Only your INBOX and your Sent folder are read/).waitFor()
    await section.getByRole('button', { name: 'Connect a mailbox' }).click()
    const dialog = page.getByRole('dialog', { name: 'Connect your mailbox' })
    await dialog.getByText(/first three lines/).waitFor()
    await dialog.getByLabel('IMAP server').fill(server.host)
    await dialog.getByLabel('Port').fill(String(server.port))
    await dialog.getByText('None (this machine only)').click()
    await dialog.getByLabel('User name').fill(server.user)
    // A wrong password is saved, and the check says what went wrong.
    await dialog.getByLabel('App password').fill('not the password')
    await page.waitForTimeout(250)
    expect(await axeViolations(page), 'connect dialog').toEqual([])
    await page.screenshot({ path: screenshot('mail-connect-desktop.png') })
    await dialog.getByRole('button', { name: 'Connect' }).click()
    await section.getByText(`Connected to ${server.host} as ${server.user}`).waitFor()
    await section.getByRole('button', { name: 'Check now' }).click()
    await section
      .getByText(/refused the user name or password/)
      .first()
      .waitFor()
    await section.getByText('The last check stopped').waitFor()

    await section.getByRole('button', { name: 'Change' }).click()
    await dialog.getByLabel('App password').fill(server.password)
    await dialog.getByRole('button', { name: 'Connect' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await section.getByRole('button', { name: 'Check now' }).click()
    // The server's own timer may have read the mailbox a moment before: either way both are found.
    await section.getByText(/^Checked: (2 new|nothing new) about your people\.$/).waitFor()
    await section.getByText(/2 findings wait on Today/).waitFor()
    expect(await section.getByText('The last check stopped').count()).toBe(0)
    await section.getByText(/checks every 10 minutes/).waitFor()
    await clean(page, 'settings')
    await section.screenshot({ path: screenshot('mail-settings-desktop.png') })

    // Today: the proposals come first.
    await page.goto(world.server.url)
    const found = page.getByRole('region', { name: 'Found in your mail' })
    await found.getByText(/Reply from Amara Okafor/).waitFor()
    await found.getByText('Mail to gus@old.example came back').waitFor()
    await found.getByText(/Thursday at 10 works for me/).waitFor()
    expect(await page.getByText(/stranger|You won/).count()).toBe(0)
    const firstRegion = await page.locator('main section').first().getAttribute('aria-label')
    expect(firstRegion).toBe('Found in your mail')
    await clean(page, 'today with proposals')
    await page.screenshot({ path: screenshot('mail-today-desktop.png'), fullPage: true })
    await found.getByRole('button', { name: /^Confirm the reply: Reply from Amara Okafor/ }).click()
    await eventually(() => found.getByText(/Reply from Amara Okafor/).count()).toBe(0)
    // The reply is recorded as "They replied" is: the message is answered, the chase is over.
    const messages = await call('GET', `/messages?personId=${amara.id}`)
    expect(messages.body.items[0]).toMatchObject({ status: 'replied' })
    expect(messages.body.items[0].repliedAt).toBe(replyAt.toISOString())

    // The person page shows the mail found for them.
    await page.goto(`${world.server.url}/people/${amara.id}`)
    await heading(page, 'Amara Okafor')
    const mail = page.getByRole('region', { name: 'Found in your mail' })
    await mail.getByText('Re: Your advice on data science').waitFor()
    await mail.getByText('confirmed').waitFor()
    await mail.getByText(/Happy to talk!/).waitFor()
    await clean(page, 'person page')
    await mail.screenshot({ path: screenshot('mail-person-desktop.png') })
    expect(pageErrors).toEqual([])
    await page.close()
  })

  it('at 390 px: the bounce on Today and "bouncing" on the person page, axe-clean', async () => {
    const page = await world.browser.context.newPage()
    await page.setViewportSize(phone)
    await page.goto(world.server.url)
    const found = page.getByRole('region', { name: 'Found in your mail' })
    await found.getByText('Mail to gus@old.example came back').waitFor()
    await sees(page, /try another route/)
    await clean(page, 'today at 390 px')
    await page.screenshot({ path: screenshot('mail-today-phone.png'), fullPage: true })
    await page.goto(`${world.server.url}/people/${gus.id}`)
    await heading(page, 'Gus Ray')
    await page.getByText('Bouncing: gus@old.example').waitFor()
    await clean(page, 'person page at 390 px')
    await page.screenshot({ path: screenshot('mail-person-phone.png'), fullPage: true })
    // Dark, too: the bounce's red and the badges stay readable.
    await page.emulateMedia({ colorScheme: 'dark' })
    await clean(page, 'person page at 390 px, dark')
    await page.goto(world.server.url)
    await found.getByText('Mail to gus@old.example came back').waitFor()
    await clean(page, 'today at 390 px, dark')
    await page.screenshot({ path: screenshot('mail-today-phone-dark.png'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto(`${world.server.url}/settings`)
    await heading(page, 'Settings')
    const section = page.getByRole('region', { name: 'Replies found in your mail' })
    await section.getByRole('button', { name: 'Disconnect' }).click()
    const ask = page.getByRole('dialog', { name: 'Disconnect your mailbox?' })
    await ask.getByText(/deletes every finding/).waitFor()
    await page.waitForTimeout(300)
    await page.screenshot({ path: screenshot('mail-disconnect-phone.png') })
    await ask.getByRole('button', { name: 'Disconnect and delete' }).click()
    await section.getByRole('button', { name: 'Connect a mailbox' }).waitFor()
    expect((await call('GET', '/mail/findings')).body.findings).toEqual([])
    await page.close()
  })
})
