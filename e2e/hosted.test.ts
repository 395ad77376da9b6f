import { mkdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { hostedChromiumWorld, linkIn, postgresAvailable } from './hosted-server.ts'
import { sees } from './page-helpers.ts'
import { type Browser, chromiumAvailable, chromiumWorld, launchChromium } from './support.ts'

const admin = { email: 'ada@example.org', password: 'analytical-engine-1843' }
const newPassword = 'difference-engine-1822'
const member = { email: 'grace@example.org', password: 'compiler-cobol-1959' }

async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 10_000 })
}

/** An input by its label's exact words. */
function field(page: Page, label: string) {
  return page.getByLabel(new RegExp(`^${label}( \\*)?$`))
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await heading(page, 'Sign in')
  await field(page, 'Email').fill(email)
  await field(page, 'Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** Signed in and on `path` of the app, with the account menu in the header. */
async function inApp(page: Page, url: string): Promise<void> {
  await page.waitForURL(url)
  await page.getByRole('button', { name: /^Account menu/ }).waitFor({ timeout: 10_000 })
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Account menu/ }).click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await page.waitForURL(/\/signin\?done=signed-out$/)
}

/** The status of an API request made by the page itself, with its cookies. */
function statusOf(page: Page, path: string): Promise<number> {
  return page.evaluate(async (url) => (await fetch(url)).status, path)
}

const openPages: Page[] = []
const extraBrowsers: Browser[] = []

/** On a failure, a picture of every page still open, to see what the browser saw. */
async function pictureOpenPages(name: string): Promise<void> {
  const dir = fileURLToPath(new URL('./screenshots/', import.meta.url))
  mkdirSync(dir, { recursive: true })
  for (const [index, page] of openPages.entries()) {
    if (page.isClosed()) continue
    const file = join(dir, `hosted-failed-${name.replace(/\W+/g, '-').slice(0, 40)}-${index}.png`)
    await page.screenshot({ path: file }).catch(() => undefined)
    console.error(`failed on ${page.url()}: see ${file}`)
  }
}

/**
 * A page that fails its test on script errors and failed requests, except
 * the refusals this test provokes on purpose (401 without a session or with
 * a wrong password, 403 for a disabled account).
 */
async function watchedPage(browser: Browser, errors: string[]): Promise<Page> {
  const page = await browser.context.newPage()
  openPages.push(page)
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    const text = message.text()
    if (message.type() !== 'error') return
    if (/status of 40[013] \((Bad Request|Unauthorized|Forbidden)\)/.test(text)) return
    errors.push(text)
  })
  return page
}

const browserReady = chromiumAvailable()
const ready = browserReady && postgresAvailable(inject('postgresUrl'))

describe.skipIf(!ready)('hosted mode in Chromium', () => {
  const world = hostedChromiumWorld()
  const errors: string[] = []

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await pictureOpenPages(context.task.name)
    openPages.length = 0
    for (const extra of extraBrowsers.splice(0)) await extra.close()
  })

  it('signs up, signs out, signs in, adds a person, signs out and is refused afterwards', async () => {
    const page = await watchedPage(world.browser, errors)

    // Without a session, the people list sends the explorer to sign in, remembering the way.
    await page.goto(`${world.server.url}/people`)
    await page.waitForURL(/\/signin\?next=%2Fpeople$/)
    await page.getByRole('link', { name: 'Create an account' }).click()
    await page.waitForURL(/\/signup\?next=%2Fpeople$/)

    // Sign up: the 10-character rule shows as one types; the confirmation must match.
    await heading(page, 'Create your account')
    await field(page, 'Email').fill(admin.email)
    await field(page, 'Password').fill('short')
    await sees(page, 'At least 10 characters (5 more to go)')
    await field(page, 'Password').fill(admin.password)
    await sees(page, 'At least 10 characters: done')
    await field(page, 'Password, again').fill('something-else')
    await page.getByRole('button', { name: 'Create account' }).click()
    await sees(page, 'the two passwords differ; type the same one twice')
    await field(page, 'Password, again').fill(admin.password)
    await page.getByRole('button', { name: 'Create account' }).click()

    // In the app, where the explorer was going, with their email in the header.
    await page.waitForURL(`${world.server.url}/people`)
    await heading(page, 'People')
    await page.getByRole('button', { name: `Account menu, ${admin.email}` }).waitFor()
    await signOut(page)
    await sees(page, 'You are signed out.')

    // Signing in again, through a page that needs it: a wrong password first.
    await page.goto(`${world.server.url}/people/new`)
    await page.waitForURL(/\/signin\?next=%2Fpeople%2Fnew$/)
    await signIn(page, admin.email, 'not-the-password')
    await sees(page, 'The email or the password is not right.')
    await field(page, 'Password').fill(admin.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await heading(page, 'New person')

    // Add a person.
    await field(page, 'Name').fill('Katherine Johnson')
    await page.getByRole('button', { name: 'Add person' }).click()
    await heading(page, 'Katherine Johnson')
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'People' })
      .click()
    await sees(page, 'Katherine Johnson')

    // Signed out, the list is refused: the page goes to sign-in, the API answers 401.
    await signOut(page)
    await page.goto(`${world.server.url}/people`)
    await page.waitForURL(/\/signin\?next=%2Fpeople$/)
    await heading(page, 'Sign in')
    expect(await page.getByText('Katherine Johnson').count()).toBe(0)
    expect(await statusOf(page, '/api/people')).toBe(401)
    expect(await page.evaluate(async () => (await fetch('/api/people')).json())).toEqual({
      error: 'sign in first',
    })
    // The browser's Back button does not bring the list back either.
    await page.goBack()
    await page.waitForURL(/\/signin/)
    expect(await page.getByText('Katherine Johnson').count()).toBe(0)
    await page.close()
    expect(errors).toEqual([])
  })

  it('resets a forgotten password through the emailed link', async () => {
    const page = await watchedPage(world.browser, errors)
    await page.goto(`${world.server.url}/signin`)
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await heading(page, 'Forgot your password?')
    await field(page, 'Email').fill(admin.email)
    await page.getByRole('button', { name: 'Send me a link' }).click()
    await sees(page, `If an account exists for ${admin.email}, a link is on its way.`)

    const email = world.server.mail.findLast((m) => m.to === admin.email)
    expect(email?.subject).toBe('Reset your coffeechat password')
    const link = linkIn(email, world.server.url)
    expect(link).toMatch(/\/reset-password\?token=/)

    await page.goto(link)
    await heading(page, 'Choose a new password')
    await field(page, 'New password').fill(newPassword)
    await field(page, 'New password, again').fill(newPassword)
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await page.waitForURL(/\/signin\?done=password-reset$/)
    await sees(page, 'Your password is changed. Sign in with the new one.')

    // The old password is gone; the new one works; the link works once.
    await signIn(page, admin.email, admin.password)
    await sees(page, 'The email or the password is not right.')
    await field(page, 'Password').fill(newPassword)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await inApp(page, `${world.server.url}/`)
    await page.goto(link)
    await field(page, 'New password').fill('yet-another-password')
    await field(page, 'New password, again').fill('yet-another-password')
    await page.getByRole('button', { name: 'Save the new password' }).click()
    await sees(page, 'This reset link is not valid any more; ask for a new one.')
    await page.close()
    expect(errors).toEqual([])
  })

  it('lets the administrator invite, see counts and disable; a member leaves with their data', {
    timeout: 90_000,
  }, async () => {
    const page = await watchedPage(world.browser, errors)
    await page.goto(`${world.server.url}/signin`)
    await signIn(page, admin.email, newPassword)
    await inApp(page, `${world.server.url}/`)
    await page.getByRole('button', { name: /^Account menu/ }).click()
    await page.getByRole('menuitem', { name: 'Administration' }).click()
    await heading(page, 'Administration')

    // Counts, never notes: one person, and not her name.
    const row = page.getByRole('row', { name: new RegExp(admin.email) })
    await expect
      .poll(async () => (await row.getByRole('cell').allInnerTexts()).slice(2, 6))
      .toEqual(['0', '0', '1', '0'])
    expect(await page.getByText('Katherine Johnson').count()).toBe(0)

    // Sign-up by invitation only; an invitation gives a link to copy.
    await page.getByText('By invitation only', { exact: true }).click()
    await sees(page, 'New accounts now need an invitation.')
    await field(page, 'Email').fill(member.email)
    await page.getByRole('button', { name: 'Invite' }).click()
    const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue()
    expect(link).toMatch(new RegExp(`^${world.server.url}/signup\\?invitation=.+&email=`))
    expect(
      linkIn(
        world.server.mail.findLast((m) => m.to === member.email),
        world.server.url,
      ),
    ).toBe(link)

    // Someone else, in another browser: no invitation, no form; with it, an account.
    const other = await launchChromium({ viewport: { width: 390, height: 844 } })
    extraBrowsers.push(other)
    const guest = await watchedPage(other, errors)
    await guest.goto(`${world.server.url}/signup`)
    await sees(guest, 'Accounts here are opened by invitation only.')
    expect(await guest.getByRole('button', { name: 'Create account' }).count()).toBe(0)
    await guest.goto(link)
    expect(await field(guest, 'Email').inputValue()).toBe(member.email)
    await field(guest, 'Password').fill(member.password)
    await field(guest, 'Password, again').fill(member.password)
    await guest.getByRole('button', { name: 'Create account' }).click()
    await inApp(guest, `${world.server.url}/`)
    await guest.goto(`${world.server.url}/people`)
    await heading(guest, 'People')
    expect(await guest.getByText('Katherine Johnson').count()).toBe(0)
    await guest.goto(`${world.server.url}/admin`)
    await sees(guest, 'Only the administrator sees this page')

    // Disabled by the administrator: the member's next request goes to sign-in.
    await page.reload()
    await page.getByRole('button', { name: `Disable ${member.email}` }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Disable' }).click()
    await page.getByRole('button', { name: `Re-enable ${member.email}` }).waitFor()
    // Without a reload: the next request from the open app answers 401, and the app follows.
    await guest.getByRole('button', { name: 'Open navigation' }).click()
    await guest
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Organizations' })
      .click()
    await guest.waitForURL(/\/signin\?next=%2Forganizations$/)
    await signIn(guest, member.email, member.password)
    await sees(guest, 'This account is disabled; ask the administrator of this coffeechat.')

    // Re-enabled, the member signs in, and deletes the account with every record.
    await page.getByRole('button', { name: `Re-enable ${member.email}` }).click()
    await page.getByRole('button', { name: `Disable ${member.email}` }).waitFor()
    await guest.getByRole('button', { name: 'Sign in' }).click()
    await heading(guest, 'Organizations')
    await guest.goto(`${world.server.url}/account`)
    await heading(guest, 'Account')
    // The JSON backup downloads with the session, as one's own data only.
    const [download] = await Promise.all([
      guest.waitForEvent('download'),
      guest.getByRole('link', { name: 'Download all my data' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.json$/)
    const backup = await readFile(await download.path(), 'utf8')
    expect(JSON.parse(backup)).toMatchObject({ format: 'coffeechat-backup' })
    expect(backup).not.toContain('Katherine Johnson')
    // A new password: the current one is checked by the server, beside its field.
    const memberPassword = 'a-brand-new-password'
    await field(guest, 'Current password').fill('not-my-password')
    await field(guest, 'New password').fill(memberPassword)
    await field(guest, 'New password, again').fill(memberPassword)
    await guest.getByRole('button', { name: 'Change password' }).click()
    await sees(guest, 'this is not your current password')
    await field(guest, 'Current password').fill(member.password)
    await guest.getByRole('button', { name: 'Change password' }).click()
    await sees(guest, 'Password changed.')
    expect(await statusOf(guest, '/api/auth/me')).toBe(200)

    await guest.getByRole('button', { name: 'Delete my account' }).click()
    const dialog = guest.getByRole('dialog', { name: 'Delete your account?' })
    await dialog.getByText('There is no undo').waitFor()
    await dialog.getByRole('button', { name: 'Delete everything' }).click()
    await sees(guest, 'type your password to confirm')
    await dialog.getByLabel('Your password').fill('wrong-password')
    await dialog.getByRole('button', { name: 'Delete everything' }).click()
    await sees(guest, 'this is not your password')
    await dialog.getByLabel('Your password').fill(memberPassword)
    await dialog.getByRole('button', { name: 'Delete everything' }).click()
    await guest.waitForURL(/\/signin\?done=account-deleted$/)
    await sees(guest, 'Your account and every record of it are deleted.')
    await signIn(guest, member.email, memberPassword)
    await sees(guest, 'The email or the password is not right.')
    await page.reload()
    await heading(page, 'Administration')
    expect(await page.getByText(member.email).count()).toBe(0)
    await page.close()
    expect(errors).toEqual([])
  })
})

describe.skipIf(!browserReady)('local mode in Chromium', () => {
  const world = chromiumWorld()

  it('has no sign-in anywhere: no account menu, and the account pages lead to Today', async () => {
    const errors: string[] = []
    const page = await watchedPage(world.browser, errors)
    const url = world.server.url
    await page.goto(`${url}/people`)
    await heading(page, 'People')
    await sees(page, 'Your data stays on this machine.')
    expect(await page.getByRole('button', { name: /^Account menu/ }).count()).toBe(0)
    for (const path of ['/signin?next=%2Fpeople', '/signup', '/account', '/admin']) {
      await page.goto(`${url}${path}`)
      await page.waitForURL(`${url}/`)
    }
    expect(await page.getByRole('heading', { name: 'Sign in' }).count()).toBe(0)
    expect(errors).toEqual([])
  })
})
