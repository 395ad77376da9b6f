import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core'
import { accessibleColorVariables } from './accessible-colors.ts'

/** A warm terracotta, like a good cup: the primary colour. */
const clay: MantineColorsTuple = [
  '#fcf4ef',
  '#f6e4da',
  '#edc6b2',
  '#e3a688',
  '#da8a64',
  '#d4784e',
  '#c9663b',
  '#b3502b',
  '#9c4524',
  '#84391d',
]

/** Dark greys with a touch of brown, so the dark scheme stays warm. */
const dark: MantineColorsTuple = [
  '#dcd6cf',
  '#c4bdb5',
  '#958d85',
  '#78706a',
  '#4d4641',
  '#403a36',
  '#332e2a',
  '#292522',
  '#211e1b',
  '#181513',
]

const systemSans =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif"

export const theme = createTheme({
  primaryColor: 'clay',
  primaryShade: { light: 7, dark: 7 },
  colors: { clay, dark },
  fontFamily: systemSans,
  fontFamilyMonospace: "ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace",
  headings: { fontFamily: systemSans, fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Paper: { defaultProps: { withBorder: true, radius: 'lg' } },
    Card: { defaultProps: { withBorder: true, radius: 'lg' } },
    Badge: {
      defaultProps: { variant: 'light', radius: 'sm' },
      styles: { root: { textTransform: 'none', fontWeight: 600 } },
    },
    Tooltip: { defaultProps: { openDelay: 300 } },
  },
})

/** The page and card colours of each scheme (the ones below, and Mantine's body and buttons). */
const surfaces = {
  light: ['#ffffff', '#f7f2ec', '#f8f9fa'],
  dark: [dark[7], dark[8], dark[6], dark[5]].map((c) => c ?? '#000000'),
}

/**
 * The page behind the cards: a warm off-white, or a warm near-black. Dimmed
 * text is a warm grey dark (light) enough to keep 4.5:1 on the page, the
 * cards, inputs and hovered rows: Mantine's own (gray-6, dark-2) falls to
 * about 3:1 on the off-white page (checked in contrast.test.ts). Coloured
 * text, badges and buttons keep 4.5:1 too (`accessibleColorVariables`).
 */
export const cssVariablesResolver: CSSVariablesResolver = (full) => {
  const colored = accessibleColorVariables({ ...DEFAULT_THEME.colors, ...full.colors }, surfaces, {
    light: 7,
    dark: 7,
  })
  return {
    variables: {},
    light: {
      ...colored.light,
      '--cc-page': '#f7f2ec',
      '--cc-soft-border': '#eadfd4',
      '--mantine-color-dimmed': '#6e665f',
      // Placeholders are read too: the dimmed grey, not Mantine's 2:1 one.
      '--mantine-color-placeholder': '#6e665f',
    },
    dark: {
      ...colored.dark,
      '--cc-page': 'var(--mantine-color-dark-8)',
      '--cc-soft-border': 'var(--mantine-color-dark-5)',
      '--mantine-color-dimmed': '#b0a89f',
      '--mantine-color-placeholder': '#b0a89f',
    },
  }
}
