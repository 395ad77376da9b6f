import { pageWeight } from '../src/web/build/bundle-report.ts'
import { compare } from './ratio.ts'
import { buildCoffeechat, buildReference, coffeechatWebDir, removeDir } from './web-support.ts'

/**
 * What the first page (Today) downloads before it can draw, from the
 * build's manifest: its JavaScript and CSS, gzipped (level 9) and in
 * brotli, beside the reference page (a minimal Vite + React + Mantine page,
 * bench/fixtures/minimal-web) built in the same run.
 */
export async function benchWebBundle(reference?: string): Promise<void> {
  buildCoffeechat()
  const referenceDir = reference ?? (await buildReference())
  try {
    const ours = pageWeight(coffeechatWebDir)
    const theirs = pageWeight(referenceDir, 'main.tsx')
    const kb = (bytes: number) => bytes / 1024
    compare('first page JS, gzip', kb(ours.js.gzip), kb(theirs.js.gzip), 'KB', '≤ 200 KB', 1)
    compare(
      '  same, brotli (what Chromium gets)',
      kb(ours.js.brotli),
      kb(theirs.js.brotli),
      'KB',
      '',
      1,
    )
    compare('  same, as built', kb(ours.js.bytes), kb(theirs.js.bytes), 'KB', '', 1)
    compare('first page CSS, gzip', kb(ours.css.gzip), kb(theirs.css.gzip), 'KB', '', 1)
  } finally {
    if (!reference) removeDir(referenceDir)
  }
}

if (import.meta.main) await benchWebBundle()
