/**
 * Draws the app icons for the web manifest from the favicon's cup, in
 * Debian's Chromium: 192 and 512 px, plus maskable ones (full-bleed, the cup
 * inside the safe zone a launcher may crop to a circle). Not a test; run
 * once when the icon changes: npx node e2e/make-icons.ts
 * The PNGs go to src/web/public/icons/ and are committed.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { launchChromium } from './support.ts'

const outDir = fileURLToPath(new URL('../src/web/public/icons/', import.meta.url))
const clay = '#b3502b'
const cup = `<g fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"><path d="M8 14h13v5a5 5 0 0 1-5 5h-3a5 5 0 0 1-5-5z"/><path d="M21 15.5h1.5a2.5 2.5 0 0 1 0 5H21"/><path d="M12 6.5c0 1.5 1.5 1.5 1.5 3M16.5 6.5c0 1.5 1.5 1.5 1.5 3"/></g>`

/** The favicon: a rounded square. Maskable: a full square, the cup shrunk to 62 % around its centre. */
function svg(size: number, maskable: boolean): string {
  const body = maskable
    ? `<rect width="32" height="32" fill="${clay}"/><g transform="translate(16 16) scale(0.62) translate(-15.5 -15.25)">${cup}</g>`
    : `<rect width="32" height="32" rx="7" fill="${clay}"/>${cup}`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${body}</svg>`
}

mkdirSync(outDir, { recursive: true })
const browser = await launchChromium({ viewport: { width: 512, height: 512 } })
try {
  const page = await browser.context.newPage()
  for (const size of [192, 512]) {
    for (const maskable of [false, true]) {
      await page.setViewportSize({ width: size, height: size })
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg(size, maskable)}</body></html>`,
      )
      const file = `${outDir}icon-${maskable ? 'maskable-' : ''}${size}.png`
      await page.screenshot({
        path: file,
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      })
      console.log(file)
    }
  }
} finally {
  await browser.close()
}
