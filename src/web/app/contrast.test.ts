import {
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  type MantineTheme,
  mergeMantineTheme,
} from '@mantine/core'
import { describe, expect, it } from 'vitest'
import { contrastRatio } from './contrast.ts'
import { cssVariablesResolver, theme } from './theme.ts'

const full: MantineTheme = mergeMantineTheme(DEFAULT_THEME, theme)
const schemes = ['light', 'dark'] as const
type Scheme = (typeof schemes)[number]

/** The CSS variables of a scheme as the app sets them: Mantine's, then ours on top. */
function variablesOf(scheme: Scheme): Record<string, string> {
  return { ...defaultCssVariablesResolver(full)[scheme], ...cssVariablesResolver(full)[scheme] }
}

/** A colour value as `#rrggbb`, following `var(--mantine-color-name-shade)` and our variables. */
function resolve(value: string, variables: Record<string, string>): string {
  const shade = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(value)
  if (shade) {
    const color = full.colors[shade[1] ?? '']?.[Number(shade[2])]
    if (color) return resolve(color, variables)
  }
  const named = /^var\((--[\w-]+)\)$/.exec(value)
  const target = named ? variables[named[1] ?? ''] : undefined
  if (target) return resolve(target, variables)
  if (value === 'var(--mantine-color-white)') return '#ffffff'
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value)
  if (short)
    return `#${short
      .slice(1)
      .map((d) => d + d)
      .join('')}`
  if (/^#[0-9a-f]{6}$/i.test(value)) return value
  const rgba = /^rgba\((\d+), (\d+), (\d+), 1\)$/.exec(value)
  if (rgba)
    return `#${rgba
      .slice(1)
      .map((c) => Number(c).toString(16).padStart(2, '0'))
      .join('')}`
  throw new Error(`cannot resolve the colour ${value}`)
}

/** Where small dimmed text sits: the page, cards and menus, inputs and buttons, hovered rows. */
const surfaces = [
  '--cc-page',
  '--mantine-color-body',
  '--mantine-color-default',
  '--mantine-color-default-hover',
] as const

describe('the theme’s dimmed text', () => {
  it('keeps at least 4.5:1 on every surface, in both colour schemes', () => {
    for (const scheme of schemes) {
      const variables = variablesOf(scheme)
      const dimmed = resolve('var(--mantine-color-dimmed)', variables)
      for (const surface of surfaces) {
        const background = resolve(`var(${surface})`, variables)
        const ratio = contrastRatio(dimmed, background)
        expect(ratio, `${scheme}: ${dimmed} on ${surface} ${background}`).toBeGreaterThanOrEqual(
          4.5,
        )
      }
    }
  })

  it('is needed: Mantine’s own dimmed grey falls short on our page in both schemes', () => {
    for (const scheme of schemes) {
      const ours = variablesOf(scheme)
      const stock = defaultCssVariablesResolver(full)[scheme]['--mantine-color-dimmed'] ?? ''
      const page = resolve('var(--cc-page)', ours)
      const worst = Math.min(
        ...surfaces.map((s) => contrastRatio(resolve(stock, ours), resolve(`var(${s})`, ours))),
      )
      expect(worst, `${scheme}: ${stock} on ${page}`).toBeLessThan(4.5)
    }
  })

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    // WebAIM's checker: #767676 on white is the lightest grey that passes, at 4.54:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(() => contrastRatio('grey', '#ffffff')).toThrow(/#rrggbb/)
  })
})

/** The colours the app's badges, buttons and coloured text use. */
const usedColors = [
  'red',
  'gray',
  'teal',
  'orange',
  'yellow',
  'clay',
  'blue',
  'violet',
  'green',
  'grape',
  'dark',
  'cyan',
  'lime',
  'indigo',
  'pink',
]

describe('coloured text, light badges and filled buttons', () => {
  it('keep at least 4.5:1 in both colour schemes', () => {
    const failures: string[] = []
    for (const scheme of schemes) {
      const variables = variablesOf(scheme)
      const check = (what: string, fg: string, bg: string) => {
        const ratio = contrastRatio(resolve(fg, variables), resolve(bg, variables))
        if (ratio < 4.5) failures.push(`${scheme} ${what}: ${ratio.toFixed(2)}`)
      }
      for (const color of usedColors) {
        for (const surface of surfaces) {
          check(
            `${color} text on ${surface}`,
            `var(--mantine-color-${color}-text)`,
            `var(${surface})`,
          )
        }
        check(
          `${color} light badge`,
          `var(--mantine-color-${color}-light-color)`,
          `var(--mantine-color-${color}-light)`,
        )
        check(`${color} filled button`, '#ffffff', `var(--mantine-color-${color}-filled)`)
      }
    }
    expect(failures).toEqual([])
  })

  it('is needed: Mantine’s own teal text and green light badge fall short on white', () => {
    const stock = defaultCssVariablesResolver(full).light
    const lightVariables = { ...stock }
    const teal = resolve('var(--mantine-color-teal-7)', lightVariables)
    expect(contrastRatio(teal, '#ffffff')).toBeLessThan(4.5)
    const green = contrastRatio(
      resolve('var(--mantine-color-green-9)', lightVariables),
      resolve('var(--mantine-color-green-1)', lightVariables),
    )
    expect(green).toBeLessThan(4.5)
  })
})
