import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { deleteOwnedData } from '../src/core/backup/wipe.ts'
import { inTransaction } from '../src/core/context.ts'
import { hostedChromiumWorld, postgresAvailable } from './hosted-server.ts'
import { chromiumAvailable, chromiumWorld, screenshot } from './support.ts'

/**
 * Restoring a backup from Settings → Export and backup, in Chromium: the
 * backup downloaded from the same section, the data changed, the backup
 * chosen, its contents and the warning shown, the restore confirmed, and
 * the records back on their pages; a damaged file named by table, row and
 * field; an emptied coffeechat restored without a warning; and on a hosted
 * coffeechat the replaced data downloaded, since the server keeps no copy.
 */

/** Collects script errors of a page. */
function watch(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  return problems
}

async function settings(page: Page, url: string) {
  await page.goto(`${url}/settings`)
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor({ timeout: 15_000 })
  const section = page.getByRole('region', { name: 'Restore from a backup' })
  await section.scrollIntoViewIfNeeded()
  return section
}

const exportSection = (page: Page) => page.getByRole('region', { name: 'Export and backup' })

/** Chooses a file in the restore section through its file picker. */
async function choose(page: Page, name: string, content: string) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a backup file' }).click(),
  ])
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) })
}

describe.skipIf(!chromiumAvailable())('restoring a backup in Chromium', () => {
  const world = chromiumWorld()
  const call = world.ok

  it('downloads a backup, replaces changed data with it, and finds the records again', async () => {
    const career = await call('POST', '/careers', { name: 'Data scientist' })
    const ada = await call('POST', '/people', {
      name: 'Ada Lovelace',
      careerIds: [career.id],
      notes: 'Knows everyone in clinical ML.',
    })
    await call('POST', '/conversations', { personId: ada.id, status: 'met' })

    const page = await world.browser.context.newPage()
    const problems = watch(page)
    await settings(page, world.server.url)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Backup (JSON)' }).click(),
    ])
    const backup = readFileSync((await download.path()) ?? '', 'utf8')
    expect(JSON.parse(backup).tables.people).toHaveLength(1)

    // Ada goes, Zoe comes: the data the backup will replace.
    await call('DELETE', `/people/${ada.id}`)
    await call('POST', '/people', { name: 'Zoe Zhang' })

    await choose(page, download.suggestedFilename(), backup)
    const preview = page.getByTestId('restore-preview')
    await preview.getByText(`${download.suggestedFilename()} holds`).waitFor()
    await preview.getByText('1 person', { exact: true }).waitFor()
    await preview.getByText('1 career or focus area', { exact: true }).waitFor()
    await preview.getByText('This replaces everything here now').waitFor()
    await preview.getByText(/Now in coffeechat: .*1 person/).waitFor()
    const replace = preview.getByRole('button', { name: 'Replace with this backup' })
    expect(await replace.isDisabled()).toBe(true)
    await preview.getByLabel('Replace my data with this backup').check()
    await exportSection(page).screenshot({ path: screenshot('restore-preview-desktop.png') })
    await replace.click()

    await page.getByTestId('restore-done').waitFor()
    const kept = page.getByTestId('restore-replaced')
    await kept.getByText(/The data that was here is saved in /).waitFor()
    const savedTo = (await kept.textContent())?.match(/saved in (\S+\.json)/)?.[1] ?? ''
    expect(savedTo.startsWith(join(world.server.dataDir, 'backups'))).toBe(true)
    expect(existsSync(savedTo)).toBe(true)
    expect(readFileSync(savedTo, 'utf8')).toContain('Zoe Zhang')
    await exportSection(page).screenshot({ path: screenshot('restore-done-desktop.png') })

    await page.goto(`${world.server.url}/people`)
    await page.getByRole('link', { name: 'Ada Lovelace' }).first().waitFor()
    expect(await page.getByText('Zoe Zhang').count()).toBe(0)
    await page.getByRole('link', { name: 'Ada Lovelace' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor()
    await page.getByText('Knows everyone in clinical ML.').waitFor()
    expect(problems).toEqual([])
  }, 120_000)

  it('names the table, row and field of a damaged file, and restores into an emptied coffeechat', async () => {
    const page = await world.browser.context.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    const problems = watch(page)
    const backup = await (await fetch(`${world.server.url}/api/export/json`)).text()
    const json = JSON.parse(backup)
    json.tables.people[0].name = 42
    await settings(page, world.server.url)
    await choose(page, 'damaged.json', JSON.stringify(json))
    const refusal = page.getByTestId('restore-error')
    await refusal.getByText('damaged.json cannot be restored').waitFor()
    await refusal.getByText(/^people, row 1 \(id [0-9a-f-]+\), name: expected text$/).waitFor()
    await refusal.getByText('Nothing was changed.').waitFor()
    await exportSection(page).screenshot({ path: screenshot('restore-damaged-phone.png') })

    await inTransaction(world.server.runtime.ctx, (tx) => deleteOwnedData(tx))
    await choose(page, 'backup.json', backup)
    const preview = page.getByTestId('restore-preview')
    await preview.getByText('coffeechat is empty here, so nothing is replaced.').waitFor()
    expect(await preview.getByText('This replaces everything here now').count()).toBe(0)
    await exportSection(page).screenshot({ path: screenshot('restore-preview-phone.png') })
    await preview.getByRole('button', { name: 'Restore this backup' }).click()
    await page.getByTestId('restore-done').waitFor()
    expect(await page.getByTestId('restore-replaced').count()).toBe(0)
    await page.goto(`${world.server.url}/people`)
    await page.getByRole('link', { name: 'Ada Lovelace' }).first().waitFor()
    expect(problems).toEqual([])
  }, 120_000)

  it('shows no script link an older coffeechat kept, and restores its backup cleaned after saying what changes', async () => {
    await inTransaction(world.server.runtime.ctx, (tx) => deleteOwnedData(tx))
    const ada = await call('POST', '/people', { name: 'Ada Lovelace', notes: 'Met at the fair' })
    // What an older coffeechat let into its SQLite file: a NUL, and a link that is a script.
    await sql`update people set notes = ${'Met at\u0000 the fair'}, linkedin_url = 'javascript:alert(document.cookie)' where id = ${ada.id}`.execute(
      world.server.runtime.ctx.db,
    )
    const page = await world.browser.context.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    const problems = watch(page)
    await page.goto(`${world.server.url}/people/${ada.id}`)
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor()
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0)
    expect(await page.getByRole('link', { name: 'LinkedIn profile' }).count()).toBe(0)

    const backup = await (await fetch(`${world.server.url}/api/export/json`)).text()
    await settings(page, world.server.url)
    await choose(page, 'older.json', backup)
    const preview = page.getByTestId('restore-preview')
    const notice = preview.getByTestId('restore-cleaning')
    await notice.getByText('2 values need cleaning').waitFor()
    await notice.getByText(/notes: 1 NUL character \(U\+0000\) removed$/).waitFor()
    await notice
      .getByText(
        /linkedin_url: “javascript:alert\(document\.cookie\)” is not a LinkedIn profile address: cleared$/,
      )
      .waitFor()
    await preview.getByLabel('Replace my data with this backup').check()
    await exportSection(page).screenshot({ path: screenshot('restore-cleaning-phone.png') })
    await page.setViewportSize({ width: 360, height: 800 })
    await preview.getByRole('button', { name: 'Clean and replace' }).screenshot({
      path: screenshot('restore-cleaning-button-360.png'),
    })
    await page.setViewportSize({ width: 1280, height: 900 })
    await exportSection(page).screenshot({ path: screenshot('restore-cleaning-desktop.png') })
    await preview.getByRole('button', { name: 'Clean and replace' }).click()
    await page.getByTestId('restore-done').waitFor()
    const person = await call('GET', `/people/${ada.id}`)
    expect(person).toMatchObject({ notes: 'Met at the fair', linkedinUrl: null })
    expect(problems).toEqual([])
  }, 120_000)
})

const postgres = inject('postgresUrl')

describe.skipIf(!chromiumAvailable() || !postgresAvailable(postgres))(
  'restoring a backup on a hosted coffeechat in Chromium',
  () => {
    const world = hostedChromiumWorld()

    it('downloads the data it replaces, since the server keeps no copy', async () => {
      const page = await world.browser.context.newPage()
      const problems = watch(page)
      // The browser's own session: requests of its context share its cookies.
      const api = async (method: string, path: string, data?: unknown) => {
        const response = await page.request.fetch(`${world.server.url}/api${path}`, {
          method,
          headers: { origin: world.server.url },
          ...(data === undefined ? {} : { data }),
        })
        expect(response.status(), `${method} ${path}`).toBeLessThan(300)
        return response
      }
      await api('POST', '/auth/signup', { email: 'ana@example.org', password: 'ana-password-1' })
      await api('POST', '/people', { name: 'Grace Hopper' })
      const backup = await (await api('GET', '/export/json')).text()
      await api('POST', '/people', { name: 'Katherine Johnson' })

      await settings(page, world.server.url)
      await choose(page, 'backup.json', backup)
      const preview = page.getByTestId('restore-preview')
      await preview.getByText(/downloaded to this device first/).waitFor()
      await preview.getByLabel('Replace my data with this backup').check()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        preview.getByRole('button', { name: 'Replace with this backup' }).click(),
      ])
      expect(download.suggestedFilename()).toMatch(/^coffeechat-before-restore-.*\.json$/)
      const replaced = readFileSync((await download.path()) ?? '', 'utf8')
      expect(replaced).toContain('Katherine Johnson')
      await page
        .getByTestId('restore-replaced')
        .getByText(/was downloaded as coffeechat-before-restore-/)
        .waitFor()
      await page.goto(`${world.server.url}/people`)
      await page.getByRole('link', { name: 'Grace Hopper' }).first().waitFor()
      expect(await page.getByText('Katherine Johnson').count()).toBe(0)
      expect(problems).toEqual([])
    }, 120_000)
  },
)
