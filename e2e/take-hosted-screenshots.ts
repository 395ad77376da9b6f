/**
 * Screenshots of hosted mode's pages (sign-in, sign-up, password reset,
 * Account, Administration, the header's account menu) at desktop and phone
 * widths: for looking at them, not a test. Needs PostgreSQL (a throwaway
 * cluster is started, or COFFEECHAT_TEST_POSTGRES_URL is used).
 * Run: npx node e2e/take-hosted-screenshots.ts [filter]
 * PNGs go to e2e/screenshots/hosted-*.png (gitignored).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { generateDemo } from '../src/demo/generate.ts'
import { createPostgresDatabase } from '../test/engines.ts'
import { type Cluster, findPostgresBin, startCluster } from '../test/postgres-cluster.ts'
import { sizes } from './axe.ts'
import { linkIn, startHostedTestServer } from './hosted-server.ts'
import { buildWebApp, inEverySizeAndScheme, screenshotOf } from './support.ts'

const outDir = fileURLToPath(new URL('./screenshots/', import.meta.url))
const filter = process.argv[2] ?? ''
const admin = { email: 'career.centre@example.edu', password: 'a-long-admin-password' }

/** A request as the browser would send it: same origin, with the session cookie. */
async function call(base: string, cookie: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      origin: base,
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const setCookie = response.headers.get('set-cookie')?.split(';')[0] ?? cookie
  return { status: response.status, body: await response.json(), cookie: setCookie }
}

interface Shot {
  name: string
  path: string
  signedIn?: boolean
  /** Something to set up on the server before the page opens. */
  before?: () => Promise<void>
  act?: (page: Page) => Promise<void>
  fullPage?: boolean
  dark?: boolean
}

mkdirSync(outDir, { recursive: true })
buildWebApp()
let cluster: Cluster | undefined
let adminUrl = process.env.COFFEECHAT_TEST_POSTGRES_URL
if (!adminUrl) {
  const bin = findPostgresBin()
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql)')
  cluster = await startCluster(bin)
  adminUrl = cluster.url
}
const hosted = await startHostedTestServer(await createPostgresDatabase(adminUrl))
try {
  const base = hosted.url
  // The administrator with the demo data, two members, one of them disabled.
  const signedUp = await call(base, '', 'POST', '/api/auth/signup', admin)
  const adminCookie = signedUp.cookie
  await generateDemo({ ...hosted.server.hosted.instance, ownerId: signedUp.body.id })
  for (const email of ['sam.student@example.edu', 'lee.alumna@example.edu']) {
    await call(base, '', 'POST', '/api/auth/signup', { email, password: 'member-password-1' })
  }
  const { body } = await call(base, adminCookie, 'GET', '/api/admin/accounts')
  const lee = body.accounts.find((a: { email: string }) => a.email.startsWith('lee'))
  await call(base, adminCookie, 'POST', `/api/admin/accounts/${lee.id}/disable`)
  await call(base, '', 'POST', '/api/auth/password-reset/request', { email: admin.email })
  const resetLink = linkIn(hosted.mail.at(-1), base).replace(base, '')
  const invited = await call(base, adminCookie, 'POST', '/api/admin/invitations', {
    email: 'new.student@example.edu',
  })
  const invitationLink = String(invited.body.link).replace(base, '')

  const setMode = (signUpMode: string) =>
    call(base, adminCookie, 'PUT', '/api/admin/sign-up-mode', { signUpMode })

  const shots: Shot[] = [
    { name: 'signin', path: '/signin?next=%2Fpeople', dark: true },
    {
      name: 'signin-wrong',
      path: '/signin',
      act: async (page) => {
        await page.getByLabel('Email').fill(admin.email)
        await page.getByLabel('Password', { exact: true }).fill('not-it')
        await page.getByRole('button', { name: 'Sign in' }).click()
        await page.getByRole('alert').waitFor()
      },
    },
    { name: 'signin-signed-out', path: '/signin?done=signed-out' },
    {
      name: 'signup',
      path: '/signup',
      act: async (page) => {
        await page.getByLabel('Email').fill('sofia@example.edu')
        await page.getByLabel('Password', { exact: true }).fill('coffee')
        await page.getByLabel('Password, again').fill('tea')
        await page.getByRole('button', { name: 'Create account' }).click()
      },
      dark: true,
    },
    { name: 'signup-invitation', path: invitationLink },
    {
      name: 'signup-invitation-only',
      path: '/signup',
      before: async () => void (await setMode('invitation')),
    },
    { name: 'forgot', path: '/forgot-password' },
    {
      name: 'forgot-sent',
      path: '/forgot-password',
      act: async (page) => {
        await page.getByLabel('Email').fill('someone@example.edu')
        await page.getByRole('button', { name: 'Send me a link' }).click()
        await page.getByRole('status').waitFor()
      },
    },
    { name: 'reset', path: resetLink },
    { name: 'reset-no-token', path: '/reset-password' },
    { name: 'today', path: '/', signedIn: true, dark: true },
    {
      name: 'menu',
      path: '/people',
      signedIn: true,
      act: async (page) => {
        await page.getByRole('button', { name: /^Account menu/ }).click()
        await page.getByRole('menu').waitFor()
      },
      dark: true,
    },
    { name: 'account', path: '/account', signedIn: true, fullPage: true, dark: true },
    {
      name: 'account-delete',
      path: '/account',
      signedIn: true,
      act: async (page) => {
        await page.getByRole('button', { name: 'Delete my account' }).click()
        await page.getByRole('dialog').waitFor()
      },
    },
    { name: 'admin', path: '/admin', signedIn: true, fullPage: true, dark: true },
    {
      name: 'admin-invited',
      path: '/admin',
      signedIn: true,
      act: async (page) => {
        await page.getByLabel('Email').fill('another.student@example.edu')
        await page.getByRole('button', { name: 'Invite' }).click()
        await page.getByRole('textbox', { name: 'Invitation link' }).waitFor()
      },
    },
  ]

  await inEverySizeAndScheme(sizes, async (page, sizeName, colorScheme) => {
    await setMode('open')
    let signedIn = false
    for (const shot of shots) {
      const file = `hosted-${shot.name}-${sizeName}-${colorScheme}.png`
      if (filter && !file.includes(filter)) continue
      if (colorScheme === 'dark' && !shot.dark) continue
      if (shot.signedIn && !signedIn) {
        await page.goto(`${base}/signin`)
        await page.getByLabel('Email').fill(admin.email)
        await page.getByLabel('Password', { exact: true }).fill(admin.password)
        await page.getByRole('button', { name: 'Sign in' }).click()
        await page.getByRole('button', { name: /^Account menu/ }).waitFor()
        signedIn = true
      }
      await shot.before?.()
      await screenshotOf(page, `${base}${shot.path}`, join(outDir, file), shot, 350)
    }
  })
} finally {
  await hosted.stop()
  cluster?.stop()
}
