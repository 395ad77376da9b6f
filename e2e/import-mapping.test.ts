import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, scrollsSideways, settled, sizes } from './axe.ts'
import { pageProblems, sees } from './page-helpers.ts'
import { chromiumAvailable, chromiumWorld, screenshot } from './support.ts'

/** A CSV of no program coffeechat knows, as exact bytes: German headers, `;`, CRLF. */
const csv = Buffer.from(
  [
    'Vorname;Familienname;E-Mail;Unternehmen;Handy;Lieblingsfarbe;Fax',
    'Ada;Lovelace;ada@example.org;Analytical Engines;+44 20 7946 0000;Blau;+44 1',
    'Charles;Babbage;charles@example.org;Analytical Engines;;;',
    'Grace;Hopper;grace@example.org;US Navy;;Grün;',
  ].join('\r\n'),
)

/** Waits for `text` where it is shown: the desktop table and the phone list each hold it, one hidden. */
async function seesShown(page: Page, text: string): Promise<void> {
  await page.getByText(text).locator('visible=true').first().waitFor({ timeout: 15_000 })
}

async function choose(page: Page, column: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: `Where "${column}" goes` }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

describe.skipIf(!chromiumAvailable())('mapping the columns of any contacts CSV in Chromium', () => {
  const world = chromiumWorld()

  it.each([
    ['desktop', sizes.desktop],
    ['phone', sizes.phone],
  ] as const)('maps, checks and imports a CSV of no known layout (%s)', async (size, viewport) => {
    const page = await world.browser.context.newPage()
    await page.setViewportSize(viewport)
    const problems = pageProblems(page)
    await page.goto(`${world.server.url}/import`)
    await page.getByRole('heading', { level: 1, name: 'Import contacts' }).waitFor()
    await page.locator('input[type=file]').setInputFiles({
      name: `adressen-${size}.csv`,
      mimeType: 'text/csv',
      buffer: csv,
    })
    await sees(page, `Map the columns of adressen-${size}.csv`)
    await page.screenshot({
      path: screenshot(`import-mapping-start-${size}.png`),
      fullPage: true,
    })
    // The suggestions from the German headers, the first values under each column.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Where "E-Mail" goes' }).inputValue())
      .toBe('Email')
    expect(
      await page.getByRole('combobox', { name: 'Where "Unternehmen" goes' }).inputValue(),
    ).toBe('Organization')
    expect(
      await page.getByRole('combobox', { name: 'Where "Lieblingsfarbe" goes' }).inputValue(),
    ).toBe('Keep in Imported details')
    // The table on a desktop, the list on a phone: the values are shown in whichever is visible.
    await seesShown(page, 'Blau · Grün')
    const preview = page.getByRole('list', { name: 'The first rows as people' })
    await expect
      .poll(() => preview.getByRole('listitem').allTextContents())
      .toEqual([
        'Ada Lovelace · ada@example.org · Analytical Engines',
        'Charles Babbage · charles@example.org · Analytical Engines',
        'Grace Hopper · grace@example.org · US Navy',
      ])
    expect(await scrollsSideways(page)).toBeNull()
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: screenshot(`import-mapping-${size}.png`), fullPage: true })

    // Two columns for one name field: said beside the column, and the import waits.
    await choose(page, 'Handy', 'Last name')
    await seesShown(page, '"Familienname" already goes to Last name')
    expect(await page.getByRole('button', { name: 'Import with this mapping' }).isDisabled()).toBe(
      true,
    )
    await choose(page, 'Handy', 'Phone')
    await choose(page, 'Fax', 'Ignore (leave out)')
    await settled(page)
    await page.getByRole('button', { name: 'Import with this mapping' }).click()
    await sees(page, `adressen-${size}.csv: ${size === 'desktop' ? 3 : 0} added`)
    await page.screenshot({
      path: screenshot(`import-mapping-done-${size}.png`),
      fullPage: true,
    })
    const people = await world.call('GET', '/people?q=Ada')
    const ada = people.body.items.find((p: { name: string }) => p.name === 'Ada Lovelace')
    expect(ada).toMatchObject({
      organization: 'Analytical Engines',
      emails: ['ada@example.org'],
      phones: ['+44 20 7946 0000'],
      notes: 'Imported details:\n- Lieblingsfarbe: Blau',
    })
    expect(problems).toEqual([])
  })

  it('offers the remembered mapping for the same header', async () => {
    const page = await world.browser.context.newPage()
    await page.goto(`${world.server.url}/import`)
    await page.locator('input[type=file]').setInputFiles({
      name: 'again.csv',
      mimeType: 'text/csv',
      buffer: csv,
    })
    await sees(page, 'These are the choices you made last time for a file with the same columns.')
    expect(await page.getByRole('combobox', { name: 'Where "Fax" goes' }).inputValue()).toBe(
      'Ignore (leave out)',
    )
  })
})
