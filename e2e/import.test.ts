import { describe, expect, it } from 'vitest'
import { fixture } from '../test/fixtures/corpus.ts'
import { pageProblems, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld, screenshot } from './support.ts'

const zipName = 'Basic_LinkedInDataExport_01-05-2026.zip'

describe.skipIf(!chromiumAvailable())('importing contacts in Chromium', () => {
  const world = chromiumWorld()

  it('uploads a LinkedIn ZIP, shows the preview, imports on confirm, and lists the people', async () => {
    const page = await world.browser.context.newPage()
    const problems = pageProblems(page)
    await page.goto(`${world.server.url}/people`)
    await page.getByRole('link', { name: 'Import' }).first().click()
    await page.getByRole('heading', { level: 1, name: 'Import contacts' }).waitFor()
    await page.screenshot({ path: screenshot('import-start.png'), fullPage: true })

    await page.locator('input[type=file]').setInputFiles({
      name: zipName,
      mimeType: 'application/zip',
      buffer: Buffer.from(fixture(`linkedin/${zipName}`).bytes),
    })
    await sees(page, `Preview of ${zipName}`)
    await sees(page, 'Will be added')
    await sees(page, /Read as LinkedIn connections \(utf-8\), 12 rows; \d+ new organizations\./)
    await sees(page, /^no first or last name/)
    await sees(page, 'Ada Lovelace')
    await page.screenshot({ path: screenshot('import-preview.png'), fullPage: true })
    // The preview wrote nothing.
    const before = await fetch(`${world.server.url}/api/people`).then((r) => r.json())
    expect(before.total).toBe(0)

    await page.getByRole('button', { name: 'Import 11 people' }).click()
    await sees(page, /: 11 added, 0 updated, 0 already up to date, 1 skipped\./)
    await page.screenshot({ path: screenshot('import-done.png'), fullPage: true })
    await page.getByRole('link', { name: 'See your people' }).click()
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor()
    await sees(page, 'Grace Hopper')
    await sees(page, 'Ada Lovelace')
    expect(problems).toEqual([])
  })

  it('says what a wrong file is, and offers the exports on the Settings page (phone width)', async () => {
    const page = await world.browser.context.newPage()
    await page.setViewportSize({ width: 390, height: 844 })
    const problems = pageProblems(page)
    await page.goto(`${world.server.url}/import`)
    await page.locator('input[type=file]').setInputFiles({
      name: 'messages.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(fixture('linkedin/messages.csv').bytes),
    })
    await sees(page, 'Could not import messages.csv')
    await sees(
      page,
      /^This is LinkedIn's messages\.csv \(your LinkedIn messages\), not Connections\.csv/,
    )
    // Said once, beside the file: no notification on top.
    expect(await page.getByText('Not saved').count()).toBe(0)
    await page.screenshot({ path: screenshot('import-refused-phone.png'), fullPage: true })

    await page.goto(`${world.server.url}/settings`)
    const section = page.getByRole('region', { name: 'Export and backup' })
    await section.waitFor()
    const backup = await section.getByRole('link', { name: 'Backup (JSON)' }).getAttribute('href')
    expect(backup).toBe('/api/export/json')
    const response = await page.request.get(`${world.server.url}${backup}`)
    expect(JSON.parse(await response.text()).tables.people).toHaveLength(11)
    await section.screenshot({ path: screenshot('settings-export-phone.png') })
    // The refusal is a 400 the page shows; nothing else may fail.
    expect(problems.filter((p) => !/status of 400/.test(p))).toEqual([])
  })
})
