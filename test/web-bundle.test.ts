import { beforeAll, describe, expect, it } from 'vitest'
import { buildWebApp, webDir } from '../e2e/support.ts'
import {
  firstPageSource,
  kb,
  pageFiles,
  pageWeight,
  readChunkModules,
  readManifest,
} from '../src/web/build/bundle-report.ts'

/**
 * The built web app's first page (Today) against its budget: what a phone
 * downloads before anything is drawn. Sizes, not times, so the figures are
 * the same on every machine.
 */
describe('the first page of the built web app', () => {
  beforeAll(() => buildWebApp(), 180_000)

  it('loads at most 200 KB of gzipped JavaScript', () => {
    const weight = pageWeight(webDir)
    console.log(
      `first page (${firstPageSource}): JS ${kb(weight.js.bytes)}, ${kb(weight.js.gzip)} gzip, ` +
        `${kb(weight.js.brotli)} brotli in ${weight.files.filter((f) => f.file.endsWith('.js')).length} files; ` +
        `CSS ${kb(weight.css.gzip)} gzip`,
    )
    expect(weight.js.gzip).toBeLessThanOrEqual(200 * 1024)
  })

  it('carries no chart library: recharts loads only with a page that draws a chart', () => {
    const manifest = readManifest(webDir)
    const modules = readChunkModules(webDir)
    const first = pageFiles(manifest, firstPageSource).filter((file) => file.endsWith('.js'))
    const withCharts = first.filter((file) =>
      (modules[file] ?? []).some((name) => name === 'recharts' || name === '@mantine/charts'),
    )
    expect(withCharts).toEqual([])
    // …and the charts are still in the build, for the career board.
    expect(Object.values(modules).some((names) => names.includes('recharts'))).toBe(true)
  })
})
