import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { createConversation } from '../src/core/conversations/service.ts'
import { createPerson } from '../src/core/people/service.ts'
import { addPlanItems, getPlan } from '../src/core/plans/service.ts'
import { hostedChromiumWorld, postgresAvailable } from './hosted-server.ts'
import { answerBox, eventually, pageProblems, phone, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld } from './support.ts'

/** Every device copy of API answers in this browser, as cache name → paths (the shell aside). */
function deviceCopies(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const copies: Record<string, string[]> = {}
    for (const name of await caches.keys()) {
      if (!name.startsWith('coffeechat-device-copy-')) continue
      const keys = await (await caches.open(name)).keys()
      copies[name] = keys.map((request) => new URL(request.url).pathname).sort()
    }
    return copies
  })
}

/** The device copy of one answer, as JSON (null when there is none). */
function deviceCopy(page: Page, path: string): Promise<unknown> {
  return page.evaluate(async (p) => {
    const response = await caches.match(p)
    return response ? response.json() : null
  }, path)
}

const offlineNotice =
  'Offline — showing what this device kept; your notes are saved here and sent when the connection is back.'

describe.skipIf(!chromiumAvailable())(
  'meeting mode without the server, on a phone in Chromium',
  () => {
    const world = chromiumWorld({ browser: { viewport: phone } })

    /** A person with a conversation scheduled for about now and a plan of three questions. */
    async function prepared(name: string) {
      const ctx = world.server.runtime.ctx
      const person = await createPerson(ctx, { name })
      const conversation = await createConversation(ctx, {
        personId: person.id,
        status: 'scheduled',
        scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
        timeZone: 'Europe/Berlin',
        format: 'in_person',
      })
      await addPlanItems(ctx, conversation.id, {
        items: [
          { text: `How did you get into this, ${name}?`, topic: 'path' },
          { text: 'What does a normal Tuesday look like?', topic: 'day-to-day' },
          { text: 'What would you tell yourself five years ago?', topic: 'advice' },
        ],
      })
      return { person, conversation }
    }

    it('reopens a prepared meeting offline, keeps what is typed, and sends it when the connection is back', async () => {
      const ctx = world.server.runtime.ctx
      const { person, conversation } = await prepared('Lucía Fernández')
      const other = await createPerson(ctx, { name: 'Not Kept' })
      const page = await world.browser.context.newPage()
      let offlineOnPurpose = false
      const pageErrors = pageProblems(page, () => offlineOnPurpose)

      // Prepared online: the prepare page keeps the conversation on this device and says so.
      await page.goto(`${world.server.url}/conversations/${conversation.id}/prepare`)
      await page.getByRole('heading', { level: 1, name: 'Prepare: Lucía Fernández' }).waitFor()
      await sees(page, /^Kept on this device: meeting mode opens here without a connection until/)
      await page.getByRole('link', { name: 'Meeting mode' }).click()
      await sees(page, 'How did you get into this, Lucía Fernández?')

      // Other pages and records are never kept.
      await page.goto(`${world.server.url}/people/${other.id}`)
      await sees(page, 'Not Kept')
      await page.goto(`${world.server.url}/conversations`)
      await sees(page, 'Lucía Fernández')
      const c = `/api/conversations/${conversation.id}`
      expect(await deviceCopies(page)).toEqual({
        'coffeechat-device-copy-v1-local': [
          c,
          `${c}/meeting`,
          `${c}/plan`,
          '/api/meta',
          `/api/people/${person.id}`,
        ].sort(),
      })

      // The connection drops; the page is reloaded: meeting mode opens from the device.
      await page.goto(`${world.server.url}/conversations/${conversation.id}/meeting`)
      await sees(page, '30 minutes promised')
      offlineOnPurpose = true
      await world.browser.context.setOffline(true)
      await page.reload()
      await sees(page, offlineNotice)
      await sees(page, /^Last fetched from the server /)
      await sees(page, 'How did you get into this, Lucía Fernández?')
      await sees(page, 'What would you tell yourself five years ago?')
      await sees(page, '30 minutes promised')
      await page.screenshot({ path: 'e2e/screenshots/offline-meeting-phone.png' })

      // Typed offline: kept on the phone, not on the server.
      await page.getByRole('button', { name: 'Start meeting' }).click()
      await answerBox(page, 2).fill('Standups, then four hours of modelling. Typed in the café.')
      await sees(page, 'offline — kept on this device')
      expect((await getPlan(ctx, conversation.id)).items[1]?.answer).toBe('')

      // The connection is back: the answer reaches the server, the notice goes.
      await world.browser.context.setOffline(false)
      await eventually(async () => (await getPlan(ctx, conversation.id)).items[1]).toMatchObject({
        state: 'asked',
        answer: 'Standups, then four hours of modelling. Typed in the café.',
      })
      await sees(page, 'saved')
      await page.getByTestId('offline-notice').waitFor({ state: 'detached', timeout: 20_000 })
      offlineOnPurpose = false

      // The device copy caught up with what the server now has.
      await eventually(async () => {
        const plan = (await deviceCopy(page, `${c}/plan`)) as { items: { answer: string }[] }
        return plan.items[1]?.answer
      }).toBe('Standups, then four hours of modelling. Typed in the café.')

      expect(pageErrors).toEqual([])

      // Deleted, it is forgotten on the device (and with it the account's whole copy).
      await page.goto(`${world.server.url}/conversations/${conversation.id}`)
      await page.getByRole('button', { name: 'Delete', exact: true }).click()
      await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click()
      await page.waitForURL(`${world.server.url}/conversations`)
      await eventually(() => deviceCopies(page)).toEqual({})
      await page.close()
    })

    it('does not open a meeting whose device copy is older than seven days', async () => {
      const expired = await prepared('Kenji Watanabe')
      const kept = await prepared('Amina Diallo')
      const page = await world.browser.context.newPage()
      await page.goto(world.server.url)
      // Whatever an earlier test left on the device is not this test's.
      await page.evaluate(async () => {
        for (const name of await caches.keys())
          if (name.startsWith('coffeechat-device-copy-')) await caches.delete(name)
      })
      const local = 'coffeechat-device-copy-v1-local'
      for (const { conversation, person } of [expired, kept]) {
        await page.goto(`${world.server.url}/conversations/${conversation.id}/meeting`)
        await sees(page, `How did you get into this, ${person.name}?`)
        await eventually(async () => (await deviceCopies(page))[local] ?? []).toContain(
          `/api/conversations/${conversation.id}/plan`,
        )
      }
      const e = `/api/conversations/${expired.conversation.id}`
      const k = `/api/conversations/${kept.conversation.id}`
      await eventually(async () => (await deviceCopies(page))[local]?.length).toBe(9)

      // Eight days pass for one of them (its copies say they were kept then).
      await page.evaluate(async (prefix) => {
        const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600_000).toISOString()
        const cache = await caches.open('coffeechat-device-copy-v1-local')
        for (const request of await cache.keys()) {
          if (!new URL(request.url).pathname.startsWith(prefix)) continue
          const response = await cache.match(request)
          if (!response) continue
          const headers = new Headers(response.headers)
          headers.set('x-coffeechat-kept-at', eightDaysAgo)
          await cache.put(request, new Response(await response.blob(), { headers }))
        }
      }, e)

      await world.browser.context.setOffline(true)
      try {
        await page.goto(`${world.server.url}/conversations/${expired.conversation.id}/meeting`)
        await sees(page, 'Not kept on this device')
        expect(await page.getByText('How did you get into this, Kenji Watanabe?').count()).toBe(0)
        expect(await deviceCopies(page)).toEqual({
          [local]: [
            k,
            `${k}/meeting`,
            `${k}/plan`,
            '/api/meta',
            `/api/people/${kept.person.id}`,
          ].sort(),
        })
        // The other one still opens.
        await page.goto(`${world.server.url}/conversations/${kept.conversation.id}/meeting`)
        await sees(page, 'How did you get into this, Amina Diallo?')
        await sees(page, offlineNotice)
      } finally {
        await world.browser.context.setOffline(false)
      }
      await page.close()
    })
  },
)

/** A POST of the signed-in page (its cookie, its origin), returning the answer's JSON. */
function post(page: Page, path: string, body: unknown): Promise<{ id: string }> {
  return page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
      return response.json()
    },
    { path, body },
  )
}

const hostedReady = chromiumAvailable() && postgresAvailable(inject('postgresUrl'))

describe.skipIf(!hostedReady)('meeting mode without the server, hosted, in Chromium', () => {
  const world = hostedChromiumWorld({ viewport: phone })

  it('keeps the account’s meeting on the phone, opens it offline, and forgets it on sign-out', async () => {
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/signup`)
    await page.getByLabel(/^Email( \*)?$/).fill('noor@example.org')
    await page.getByLabel(/^Password( \*)?$/).fill('offline-cafe-2026')
    await page.getByLabel(/^Password, again( \*)?$/).fill('offline-cafe-2026')
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.getByRole('button', { name: /^Account menu/ }).waitFor({ timeout: 15_000 })
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json())
    const person = await post(page, '/api/people', { name: 'Ines Moreau' })
    const conversation = await post(page, '/api/conversations', {
      personId: person.id,
      status: 'scheduled',
      scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
      timeZone: 'Europe/Paris',
    })
    await post(page, `/api/conversations/${conversation.id}/plan/items`, {
      items: [{ text: 'What made you stay in consulting?', topic: 'path' }],
    })

    // Opened once with a connection: kept under the account's name, session answers included.
    await page.goto(`${world.server.url}/conversations/${conversation.id}/meeting`)
    await sees(page, 'What made you stay in consulting?')
    const c = `/api/conversations/${conversation.id}`
    await eventually(() => deviceCopies(page)).toEqual({
      [`coffeechat-device-copy-v1-account:${me.id}`]: [
        c,
        `${c}/meeting`,
        `${c}/plan`,
        '/api/auth/me',
        '/api/meta',
        `/api/people/${person.id}`,
      ].sort(),
    })

    // In the café: no connection, a reload, the meeting is there.
    await world.browser.context.setOffline(true)
    try {
      await page.reload()
      await sees(page, offlineNotice)
      await sees(page, 'What made you stay in consulting?')
    } finally {
      await world.browser.context.setOffline(false)
    }
    await page.getByTestId('offline-notice').waitFor({ state: 'detached', timeout: 20_000 })

    // Signed out: nothing of the account stays on the device.
    await page.goto(`${world.server.url}/`)
    await page.getByRole('button', { name: /^Account menu/ }).click()
    await page.getByRole('menuitem', { name: 'Sign out' }).click()
    await page.waitForURL(/\/signin\?done=signed-out$/)
    expect(await deviceCopies(page)).toEqual({})
    await page.close()
  })
})
