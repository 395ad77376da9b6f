import type { MantineColorsTuple } from '@mantine/core'
import { contrastRatio } from './contrast.ts'

/** WCAG 1.4.3 asks 4.5:1 for small text; a little more keeps rounding in the browser on the right side. */
const wanted = 4.6

/** Mixes a `#rrggbb` colour towards black (`amount` > 0) or white (`amount` < 0). */
export function shift(hex: string, amount: number): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16))
  const target = amount > 0 ? 0 : 255
  const share = Math.abs(amount)
  return `#${channels
    .map((c) => Math.round(c + (target - c) * share))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`
}

/**
 * The first colour, from `start` on, readable at 4.5:1 on every background:
 * the given shades in order, then the last one darkened (or lightened) in
 * 5 % steps.
 */
export function readable(candidates: string[], backgrounds: string[], towards: 'dark' | 'light') {
  const passes = (color: string) => backgrounds.every((bg) => contrastRatio(color, bg) >= wanted)
  const found = candidates.find(passes)
  if (found) return found
  const last = candidates.at(-1) ?? '#808080'
  for (let step = 1; step <= 20; step++) {
    const color = shift(last, (towards === 'dark' ? 1 : -1) * step * 0.05)
    if (passes(color)) return color
  }
  return towards === 'dark' ? '#000000' : '#ffffff'
}

/** The surfaces text sits on in each scheme: cards and menus, and the page behind them. */
export interface Surfaces {
  light: string[]
  dark: string[]
}

/**
 * Mantine's coloured text, light badges and filled buttons, made to keep
 * 4.5:1 (WCAG 1.4.3). Mantine draws `light` badges as shade 9 on shade 1
 * and coloured text in shade 7, which gives 2.7:1 to 4.3:1 for yellow,
 * orange, green and teal; filled buttons put white on shade 7 (3:1 for
 * teal). Each variable keeps Mantine's shade when it already reads well and
 * otherwise takes the next darker one (lighter in the dark scheme), so the
 * hues stay the theme's.
 */
export function accessibleColorVariables(
  colors: Record<string, MantineColorsTuple>,
  surfaces: Surfaces,
  primaryShade: { light: number; dark: number },
) {
  const light: Record<string, string> = {}
  const dark: Record<string, string> = {}
  for (const [name, tuple] of Object.entries(colors)) {
    const shades = [...tuple]
    const from = (index: number) => shades.slice(index)
    const darkTint = shift(shades[9] ?? '#000000', 0.5)

    const lightText = readable(
      from(primaryShade.light),
      [...surfaces.light, shades[0] ?? ''],
      'dark',
    )
    light[`--mantine-color-${name}-text`] = lightText
    light[`--mantine-color-${name}-outline`] = lightText
    light[`--mantine-color-${name}-light-color`] = readable(
      from(9),
      [...surfaces.light, shades[1] ?? '', shades[2] ?? ''],
      'dark',
    )
    const lightFilled = readable(from(primaryShade.light), ['#ffffff'], 'dark')
    light[`--mantine-color-${name}-filled`] = lightFilled
    light[`--mantine-color-${name}-filled-hover`] = shift(lightFilled, 0.12)

    const darkText = readable(shades.slice(0, 5).reverse(), [...surfaces.dark, darkTint], 'light')
    dark[`--mantine-color-${name}-text`] = darkText
    dark[`--mantine-color-${name}-outline`] = darkText
    dark[`--mantine-color-${name}-light-color`] = readable(
      [shades[0] ?? '#ffffff'],
      [...surfaces.dark, darkTint, shift(shades[9] ?? '#000000', 0.3)],
      'light',
    )
    const darkFilled = readable(from(primaryShade.dark), ['#ffffff'], 'dark')
    dark[`--mantine-color-${name}-filled`] = darkFilled
    dark[`--mantine-color-${name}-filled-hover`] = shift(darkFilled, 0.12)
  }
  return { light, dark }
}
