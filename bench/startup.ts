import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { compare } from './ratio.ts'
import { bin, median, report, tempDir, timeCli } from './support.ts'

/** A port nothing listens on now (others may be benchmarking on this machine too). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/**
 * From starting `coffeechat start` (what `npm start` runs) to the first
 * HTTP 200 from the API, on a fresh data directory and on a warm one.
 */
async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, [bin, 'start', '--port', String(port), '--data', dataDir], {
    stdio: 'ignore',
  })
  try {
    const deadline = started + 15_000
    while (performance.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/careers`)
        if (response.status === 200) return performance.now() - started
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10))
    }
    throw new Error('the server did not answer within 15 s')
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGINT')
      await new Promise((r) => child.once('exit', r))
    }
  }
}

/** `node -e 0`: what starting any Node process costs here. */
function timeBareNode(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
    child.once('error', reject)
    child.once('exit', () => resolve(performance.now() - started))
  })
}

/** `coffeechat --version` beside `node -e 0`, alternating; medians. */
async function benchVersion(runs: number): Promise<void> {
  const version: number[] = []
  const bare: number[] = []
  for (let i = 0; i < runs; i++) {
    version.push((await timeCli(['--version'], {})).ms)
    bare.push(await timeBareNode())
  }
  compare('coffeechat --version, whole process', median(version), median(bare), 'ms', '≤ 3×')
}

export async function benchStartup(runs = 7): Promise<number> {
  await benchVersion(runs * 2)
  const fresh: number[] = []
  const warm: number[] = []
  const warmDir = tempDir('startup')
  for (let i = 0; i < runs; i++) {
    fresh.push(await startOnce(tempDir('startup-fresh')))
    warm.push(await startOnce(warmDir))
  }
  report(
    'start to first HTTP 200 (fresh data dir)',
    `median ${median(fresh).toFixed(0)} ms`,
    '< 1500 ms',
  )
  report(
    'start to first HTTP 200 (existing data)',
    `median ${median(warm).toFixed(0)} ms`,
    '< 1500 ms',
  )
  return median(warm)
}

if (import.meta.main) await benchStartup()
