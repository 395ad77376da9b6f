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
