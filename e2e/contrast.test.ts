import { parseResponse } from 'hono/client'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { api } from '../src/client/index.ts'
import { generateDemo } from '../src/demo/generate.ts'
import { contrastRatio } from '../src/web/app/contrast.ts'
import { chromiumAvailable, chromiumWorld, launchChromium } from './support.ts'

/** One piece of dimmed text as Chromium draws it: its colour and what is behind it. */
interface DimmedText {
  text: string
  color: string
  background: string
}

/**
 * Every element drawn in the theme's dimmed colour that holds text of its
 * own, with the first opaque background behind it, both as `#rrggbb`.
 */
function dimmedTexts(page: Page): Promise<DimmedText[]> {
  return page.evaluate(() => {
    const hex = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+(\.\d+)?/g) ?? []).map(Number)
      return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`
    }
    const opaque = (color: string) => {
      const parts = color.match(/\d+(\.\d+)?/g) ?? []
      return parts.length === 3 || Number(parts[3]) === 1
    }
    const probe = document.createElement('span')
    probe.style.color = 'var(--mantine-color-dimmed)'
    document.body.append(probe)
    const dimmed = getComputedStyle(probe).color
    probe.remove()
    const found: Array<{ text: string; color: string; background: string }> = []
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element)
      const own = [...element.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      )
      if (!own || style.color !== dimmed || element.getClientRects().length === 0) continue
      let behind: HTMLElement | null = element
      let background = 'rgb(255, 255, 255)'
      while (behind) {
        const color = getComputedStyle(behind).backgroundColor
        if (opaque(color)) {
          background = color
          break
        }
        behind = behind.parentElement
      }
      found.push({
        text: (element.textContent ?? '').trim().slice(0, 40),
        color: hex(style.color),
        background: hex(background),
      })
    }
    return found
  })
}

describe.skipIf(!chromiumAvailable())('dimmed text contrast in Chromium', () => {
  let personPath = '/people'
  // A browser of each colour scheme is launched by the test itself.
  const world = chromiumWorld({
    browser: false,
    seed: async (server) => {
      await generateDemo(server.runtime.ctx)
      const people = await parseResponse(
        api(`${server.url}/api`).people.$get({ query: { limit: '100' } }),
      )
      const person = people.items.find((p) => p.referredById !== null) ?? people.items[0]
      if (person) personPath = `/people/${person.id}`
    },
  })

  it('keeps at least 4.5:1 for dimmed text on the demo pages, light and dark', async () => {
    const failures: string[] = []
    let checked = 0
    for (const colorScheme of ['light', 'dark'] as const) {
      const browser = await launchChromium({ colorScheme })
      try {
        const page = await browser.context.newPage()
        for (const path of ['/', '/people', personPath, '/careers', '/settings']) {
          await page.goto(`${world.server.url}${path}`)
          await page.waitForLoadState('networkidle')
          for (const piece of await dimmedTexts(page)) {
            checked++
            const ratio = contrastRatio(piece.color, piece.background)
            if (ratio < 4.5) {
              failures.push(
                `${colorScheme} ${path}: "${piece.text}" ${piece.color} on ${piece.background} = ${ratio.toFixed(2)}`,
              )
            }
          }
        }
      } finally {
        await browser.close()
      }
    }
    expect(checked).toBeGreaterThan(20)
    expect(failures).toEqual([])
  }, 120_000)
})
