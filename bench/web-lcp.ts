import { existsSync } from 'node:fs'
import { generateDemo } from '../src/demo/generate.ts'
import { openRuntime } from '../src/runtime.ts'
import { startServer } from '../src/server/serve.ts'
import { flag } from './http-support.ts'
import { compare } from './ratio.ts'
import { median, tempDir } from './support.ts'
import {
  buildCoffeechat,
  buildReference,
  chromiumPath,
  coffeechatWebDir,
  firstVisit,
  launchPhoneBrowser,
  type PageTiming,
  removeDir,
  serveBuild,
  slowPhone,
} from './web-support.ts'

/**
 * Largest Contentful Paint of Today (with the demo data) on a first visit
 * from a slow phone (1.6 Mbps, 150 ms round trips, CPU 4× slower, through
 * Chromium's DevTools protocol), beside the reference page (a minimal Vite +
 * React + Mantine page built in the same run) served the same way. Runs
 * alternate between the two; medians.
 */
export async function benchWebLcp(runs = 5): Promise<void> {
  if (!existsSync(chromiumPath)) {
    console.log(`LCP of Today: skipped (no Chromium at ${chromiumPath}; apt-get install chromium)`)
    return
  }
  buildCoffeechat()
  const referenceDir = await buildReference()
  const dataDir = tempDir('lcp')
  const runtime = await openRuntime({ dataDir, env: {} })
  await generateDemo(runtime.ctx)
  const server = await startServer({
    runtime,
    port: 0,
    host: '127.0.0.1',
    webDir: coffeechatWebDir,
    version: 'bench',
  })
  const reference = await serveBuild(referenceDir)
  const browser = await launchPhoneBrowser()
  try {
    const ours: PageTiming[] = []
    const theirs: PageTiming[] = []
    for (let i = 0; i < runs; i++) {
      ours.push(await firstVisit(browser, `${server.url}/`))
      theirs.push(await firstVisit(browser, `${reference.url}/`))
    }
    const lcp = (timings: PageTiming[]) => median(timings.map((t) => t.lcp)) / 1000
    const heading = (timings: PageTiming[]) => median(timings.map((t) => t.heading)) / 1000
    const profile = `${(slowPhone.downloadBytesPerSecond * 8) / 1024 / 1024} Mbps, ${slowPhone.latencyMs} ms, ${slowPhone.cpuSlowdown}× CPU`
    console.log(
      `(Today with the demo data, first visit on a slow phone: ${profile}; ${runs} runs each)`,
    )
    compare('LCP of Today, slow phone', lcp(ours), lcp(theirs), 's', '< 3 s', 2)
    compare('  first heading in the page', heading(ours), heading(theirs), 's', '', 2)
  } finally {
    await browser.close()
    await reference.close()
    await server.close()
    await runtime.close()
    removeDir(dataDir)
    removeDir(referenceDir)
  }
}

if (import.meta.main) await benchWebLcp(Number(flag('runs', '5')))
