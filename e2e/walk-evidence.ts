import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { sees } from './page-helpers.ts'
import { heading, shot } from './walk-helpers.ts'

/** Picks `option` in the select or multi-select labelled `label`. */
export async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

/**
 * The Data scientist board after one conversation, with Amara: the same
 * coverage as every other page, her as the grid's only column (not Raj, who
 * was referred and not spoken with), her answers, the fit and the gaps.
 */
export async function expectBoard(page: Page): Promise<void> {
  await heading(page, 'Data scientist: board')
  await sees(page, '1 of 3 people spoken with, from 1 of 2 organizations')
  await sees(page, 'below target')
  await sees(page, '(one rating)')
  await sees(page, 'Talk to someone new: 1 of 3 people spoken with, from 1 of 2 organizations.')
  const grid = page.getByRole('region', { name: 'Answers by topic and person' })
  const columns = await grid.locator('thead th').allInnerTexts()
  expect(columns.map((t) => t.replace(/\s+/g, ' ').trim())).toEqual([
    'Topic or question',
    'Amara Okafor Northwind Health',
  ])
  await grid.getByText('Answer 1', { exact: true }).waitFor()
  await sees(
    page,
    'Gaps: nobody has told you about dislikes, compensation, hours and lifestyle, skills and training, industry trends, advice yet.',
  )
  await shot(page, '20-board')
}

/** Compare, row by row: the board's figures for the one career. */
export async function expectCompare(page: Page): Promise<void> {
  await heading(page, 'Careers side by side')
  const row = async (name: string) =>
    (
      await page
        .locator('tr')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .locator('td')
        .allInnerTexts()
    ).map((t) => t.trim().replace(/\s+/g, ' '))
  expect(await row('Conversations held')).toEqual(['1'])
  expect(await row('People spoken with')).toEqual(['1'])
  expect(await row('Their organizations')).toEqual(['1'])
  expect(await row('Coverage')).toEqual([
    'below target 1 of 3 people spoken with, from 1 of 2 organizations',
  ])
  expect(await row('Mean fit and trend')).toEqual(['4.0 (one rating)'])
  expect(await row('Top pros')).toEqual(['Work with real data ×1'])
  await shot(page, '21-compare')
}

/**
 * The next plan's suggestions: exactly the questions not asked, carried over
 * and first; nothing already answered, nothing the guard flags, and no
 * "who else" before the referral-ask advice allows it.
 */
export async function expectCarriedOver(page: Page, notAsked: string[]): Promise<void> {
  const suggestions = page.getByTestId('suggestion')
  await suggestions.first().waitFor()
  const first = (texts: string[]) => texts.map((t) => t.split('\n')[0] ?? '')
  const carried = first(await suggestions.filter({ hasText: 'carried over' }).allInnerTexts())
  expect(carried).toEqual(notAsked)
  const all = first(await suggestions.allInnerTexts())
  expect(all.slice(0, notAsked.length)).toEqual(notAsked)
  expect(
    all.filter((t) => /master into data science|normal week at Northwind|enjoy most/.test(t)),
  ).toEqual([])
  expect(all.filter((t) => /who else|hiring/i.test(t))).toEqual([])
}
