import { generatePeople } from '../src/demo/synthetic.ts'
import { openRuntime } from '../src/runtime.ts'
import { startServer } from '../src/server/serve.ts'
import { compare } from './ratio.ts'
import { median, tempDir, timeCli } from './support.ts'

/**
 * The remote CLI (`--server`, the REST API of a local `coffeechat start`)
 * beside the same command on the same data directory, whole process, wall
 * time; the output is checked to be the same (Today's `now` aside). Runs
 * alternate; medians. The server runs in this process, on 127.0.0.1.
 */
export async function benchRemoteCli(count = 2_000, runs = 7): Promise<void> {
  const dataDir = tempDir('remote')
  const runtime = await openRuntime({ dataDir, env: {} })
  await generatePeople(runtime.ctx, count)
  const server = await startServer({ runtime, port: 0, host: '127.0.0.1', version: 'bench' })
  try {
    for (const args of [
      ['people', 'list', '--json'],
      ['today', '--json'],
      ['search', 'an'],
    ]) {
      const local: number[] = []
      const remote: number[] = []
      for (let i = 0; i < runs; i++) {
        const here = await timeCli(args, { COFFEECHAT_DATA: dataDir })
        const there = await timeCli(['--server', server.url, ...args], {})
        // Today's `now` is the instant each was asked; everything else must be the same.
        const same = (text: string) => text.replace(/"now": "[^"]*"/, '"now": …')
        if (i === 0 && same(here.stdout) !== same(there.stdout))
          throw new Error(`coffeechat ${args.join(' ')} printed something else remotely`)
        local.push(here.ms)
        remote.push(there.ms)
      }
      compare(
        `--server ${args.join(' ')} (${count} people)`,
        median(remote),
        median(local),
        'ms',
        '≤ 2× the local command',
      )
    }
  } finally {
    await server.close()
    await runtime.close()
  }
}

if (import.meta.main) await benchRemoteCli()
