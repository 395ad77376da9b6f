import { spawn } from 'node:child_process'
import { bin, median, report, tempDir } from './support.ts'

/**
 * From starting `coffeechat start` (what `npm start` runs) to the first
 * HTTP 200 from the API, on a fresh data directory and on a warm one.
 */
async function startOnce(dataDir: string, port: number): Promise<number> {
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
    child.kill('SIGINT')
    await new Promise((r) => child.once('exit', r))
  }
}

export async function benchStartup(runs = 7): Promise<number> {
  const fresh: number[] = []
  const warm: number[] = []
  const warmDir = tempDir('startup')
  for (let i = 0; i < runs; i++) {
    fresh.push(await startOnce(tempDir('startup-fresh'), 43_210 + i))
    warm.push(await startOnce(warmDir, 43_230 + i))
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
