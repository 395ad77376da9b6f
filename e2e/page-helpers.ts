import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** The phone the meeting is run on, in the browser tests. */
export const phone = { width: 390, height: 844 }

/** Waits until the page shows `text` (the first match), for up to 15 s. */
export async function sees(page: Page, text: string | RegExp): Promise<void> {
  await page.getByText(text).first().waitFor({ state: 'visible', timeout: 15_000 })
}

/** Autosave is asynchronous: what the page sends reaches the server within seconds. */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000 })
}

/** Meeting mode's answer box for question `number`. */
export function answerBox(page: Page, number: number) {
  return page.getByRole('textbox', { name: `What they said — question ${number}`, exact: true })
}

/** Waits for the page's `h1` named `name`, for up to 15 s. */
export async function heading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 })
}

/** On the New career page: types the career and its hypothesis, adds it, and waits for its page. */
export async function addCareer(page: Page, name: string, hypothesis: string): Promise<void> {
  await page.getByRole('textbox', { name: /^Career( \*)?$/ }).fill(name)
  await page.getByRole('textbox', { name: 'Hypothesis', exact: true }).fill(hypothesis)
  await page.getByRole('button', { name: 'Add career' }).click()
  await heading(page, name)
}

/**
 * Collects the page's script errors and the errors it logs (a blocked script
 * or style, a failed request), but for the logged ones `expected` lets pass.
 */
export function pageProblems(page: Page, expected: (text: string) => boolean = () => false) {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected(message.text())) problems.push(message.text())
  })
  return problems
}

/** Meeting mode's card of question `number`. */
export function question(page: Page, number: number) {
  return page.getByRole('article', { name: `Question ${number}`, exact: true })
}

/**
 * In a started meeting, answers questions 1 to 3 ("Answer 1"…), then presses
 * Asked on each: typing the answer asked it, and un-asking an answered
 * question asks first; "Keep it asked" keeps it asked.
 */
export async function answerThreeAndKeepThemAsked(page: Page): Promise<void> {
  for (const n of [1, 2, 3]) await answerBox(page, n).fill(`Answer ${n}`)
  for (const n of [1, 2, 3]) {
    const asked = question(page, n).getByRole('button', { name: 'Asked' })
    expect(await asked.getAttribute('aria-pressed')).toBe('true')
    await asked.click()
    const dialog = page.getByRole('dialog', { name: `Question ${n} has notes` })
    await dialog.waitFor({ timeout: 5000 })
    await dialog.getByRole('button', { name: 'Keep it asked' }).click()
    await dialog.waitFor({ state: 'hidden' })
    expect(await asked.getAttribute('aria-pressed')).toBe('true')
  }
}
