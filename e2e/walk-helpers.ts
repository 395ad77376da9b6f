import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Helpers of the walk through the method (walk.test.ts), by roles and labels as a person reads the page. */

export const shots = join(import.meta.dirname, 'screenshots')

export { heading, question } from './page-helpers.ts'

/** A whole-page screenshot of a step of the walk, to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `walk-${name}.png`), fullPage: true })
}

/** A form's text field by its label, marked required or not. */
export function field(page: Page, label: string) {
  return page.getByRole('textbox', { name: new RegExp(`^${label}( \\*)?$`) })
}

/** The career page's coverage bars (an empty bar is there, but not visible). */
export async function careerCoverage(
  page: Page,
  people: number,
  organizations: number,
): Promise<void> {
  await page
    .getByLabel(`People spoken with: ${people} of 3`, { exact: true })
    .waitFor({ state: 'attached' })
  await page
    .getByLabel(`Organizations they come from: ${organizations} of 2`, { exact: true })
    .waitFor({ state: 'attached' })
}

/** Nothing on the page scrolls sideways. */
export async function fits(page: Page): Promise<void> {
  const width = page.viewportSize()?.width ?? 0
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    page.url(),
  ).toBeLessThanOrEqual(width)
}

/** Opens a section from the main navigation, through the burger on a phone. */
export async function navigate(page: Page, label: string): Promise<void> {
  const burger = page.getByRole('button', { name: 'Open navigation' })
  if (await burger.isVisible()) await burger.click()
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: label, exact: true })
    .click()
}

/**
 * The instant of a wall-clock time on Tuesday 10 March 2026 in Los Angeles
 * (UTC−7), five seconds into the minute: what is recorded a moment later
 * still reads that minute.
 */
export function tuesday(time: string): number {
  return Date.parse(`2026-03-10T${time}:05-07:00`)
}

/** Today's sections (with their counts) and items, as the page shows them. */
export async function today(page: Page): Promise<{ sections: string[]; items: string[] }> {
  await page.getByRole('heading', { level: 1, name: /^Good / }).waitFor()
  await page.getByTestId('agenda-item').first().waitFor()
  const main = page.getByRole('main')
  const sections = await main.getByRole('heading', { level: 2 }).allInnerTexts()
  const items = await main.getByTestId('agenda-item').allInnerTexts()
  return { sections, items: items.map((t) => t.split('\n').filter(Boolean).join(' | ')) }
}
