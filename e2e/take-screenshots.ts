/**
 * Screenshots of every page, with the demo data and with an empty data
 * directory, at desktop and phone widths, light and dark: for looking at
 * the app, not a test. Run: npx node e2e/take-screenshots.ts [filter]
 * PNGs go to e2e/screenshots/ (gitignored).
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseResponse } from 'hono/client'
import type { Page } from 'playwright-core'
import { api } from '../src/client/index.ts'
import { generateDemo } from '../src/demo/generate.ts'
import { sizes } from './axe.ts'
import { buildWebApp, inEverySizeAndScheme, screenshotOf, startTestServer } from './support.ts'

const outDir = fileURLToPath(new URL('./screenshots/', import.meta.url))
const filter = process.argv[2] ?? ''

interface Shot {
  name: string
  path: string | ((ids: Ids) => string)
  /** Something to do before the picture: open a menu, type a search. */
  act?: (page: Page) => Promise<void>
  fullPage?: boolean
}

interface Ids {
  career: string
  person: string
  organization: string
  conversation: string
}

const demoShots: Shot[] = [
  { name: 'today', path: '/' },
  { name: 'careers', path: '/careers' },
  { name: 'career', path: (ids) => `/careers/${ids.career}`, fullPage: true },
  { name: 'organizations', path: '/organizations', fullPage: true },
  { name: 'organization', path: (ids) => `/organizations/${ids.organization}` },
  { name: 'people', path: '/people', fullPage: true },
  { name: 'person', path: (ids) => `/people/${ids.person}`, fullPage: true },
  { name: 'person-edit', path: (ids) => `/people/${ids.person}/edit`, fullPage: true },
  { name: 'conversations', path: '/conversations' },
  { name: 'conversation', path: (ids) => `/conversations/${ids.conversation}` },
  {
    name: 'conversation-edit',
    path: (ids) => `/conversations/${ids.conversation}/edit`,
    fullPage: true,
  },
  {
    name: 'career-new-invalid',
    path: '/careers/new',
    act: (page) => page.getByRole('button', { name: 'Add career' }).click(),
  },
  {
    name: 'server-issue',
    path: (ids) => `/conversations/new?personId=${ids.person}`,
    act: async (page) => {
      await page.getByRole('combobox', { name: 'Status', exact: true }).click()
      await page.getByRole('option', { name: 'scheduled', exact: true }).click()
      await page.getByRole('button', { name: 'Add conversation' }).click()
      await page.waitForTimeout(500)
    },
  },
  {
    name: 'delete-refused',
    path: (ids) => `/careers/${ids.career}`,
    act: async (page) => {
      await page.getByRole('button', { name: 'Delete' }).click()
      await page.getByRole('dialog').waitFor()
      await page.waitForTimeout(300)
    },
  },
  { name: 'search', path: '/search?q=data' },
  {
    name: 'spotlight',
    path: '/',
    act: async (page) => {
      await page.keyboard.press('Control+K')
      await page.keyboard.type('consult')
      await page.waitForTimeout(600)
    },
  },
  { name: 'settings', path: '/settings', fullPage: true },
  { name: 'not-found', path: '/nowhere' },
  {
    name: 'nav-open',
    path: '/people',
    act: async (page) => {
      const burger = page.getByRole('button', { name: 'Open navigation' })
      if (await burger.isVisible()) await burger.click()
      await page.waitForTimeout(300)
    },
  },
]

const emptyShots: Shot[] = [
  { name: 'empty-today', path: '/' },
  { name: 'empty-careers', path: '/careers' },
  { name: 'empty-people', path: '/people' },
  { name: 'empty-import', path: '/import' },
]

async function shoot(baseUrl: string, shots: Shot[], ids: Ids | null) {
  await inEverySizeAndScheme(sizes, async (page, sizeName, colorScheme) => {
    for (const shot of shots) {
      const file = `${shot.name}-${sizeName}-${colorScheme}.png`
      if (filter && !file.includes(filter)) continue
      if (
        colorScheme === 'dark' &&
        !['today', 'person', 'organizations', 'empty-today', 'career'].includes(shot.name)
      )
        continue
      const path = typeof shot.path === 'function' ? (ids ? shot.path(ids) : '/') : shot.path
      await screenshotOf(page, `${baseUrl}${path}`, join(outDir, file), shot, 250)
    }
  })
}

mkdirSync(outDir, { recursive: true })
buildWebApp()
const demo = await startTestServer()
try {
  await generateDemo(demo.runtime.ctx)
  const client = api(`${demo.url}/api`)
  const query = { query: { limit: '100' } }
  const careers = (await parseResponse(client.careers.$get(query))).items
  const people = (await parseResponse(client.people.$get(query))).items
  const organizations = (await parseResponse(client.organizations.$get(query))).items
  const conversations = (await parseResponse(client.conversations.$get(query))).items
  const ids: Ids = {
    career: careers.find((c) => c.name === 'Data scientist')?.id ?? '',
    person: people.find((p) => p.emails.length > 0 && p.referredById !== null)?.id ?? '',
    organization: organizations[0]?.id ?? '',
    conversation: conversations.find((c) => c.status === 'scheduled')?.id ?? '',
  }
  await shoot(demo.url, demoShots, ids)
} finally {
  await demo.stop()
}
const empty = await startTestServer()
try {
  await shoot(empty.url, emptyShots, null)
} finally {
  await empty.stop()
}
