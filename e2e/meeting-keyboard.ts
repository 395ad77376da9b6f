import type { Page } from 'playwright-core'

/** What has the keyboard focus: its name as a person hears it, and whether a focus ring is drawn. */
export interface Focused {
  name: string
  pressed: string | null
  ring: boolean
  visible: boolean
}

/** Presses Tab and says where the focus went. */
export async function tab(page: Page, key = 'Tab'): Promise<Focused> {
  await page.keyboard.press(key)
  return focused(page)
}

/** The element with the keyboard focus, described. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) {
      return { name: '(nothing)', pressed: null, ring: false, visible: false }
    }
    const labelledBy = element.getAttribute('aria-labelledby')
    const name =
      element.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      ((element as HTMLInputElement).labels?.[0]?.textContent || element.textContent || '')
    const style = getComputedStyle(element)
    const ring = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2
    const box = element.getBoundingClientRect()
    // Seen, and not under the sticky clock or the fixed button bar (WCAG 2.4.11).
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1)
    const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 12), 0), window.innerHeight - 1)
    const atPoint = document.elementFromPoint(x, y)
    const visible =
      element.checkVisibility() &&
      box.width > 0 &&
      atPoint !== null &&
      (element === atPoint || element.contains(atPoint))
    return {
      name: name.trim().replace(/\s+/g, ' '),
      pressed: element.getAttribute('aria-pressed'),
      ring,
      visible,
    }
  })
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on the control named
 * `name`, as someone without a mouse does; fails after `most` presses.
 */
export async function tabTo(page: Page, name: string, key = 'Tab', most = 80): Promise<Focused> {
  for (let step = 0; step < most; step++) {
    const stop = await tab(page, key)
    if (stop.name === name) return stop
  }
  throw new Error(`${most} presses of ${key} never reached "${name}"`)
}
