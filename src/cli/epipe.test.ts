import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'
import { cli, tempDataDir } from '../../test/cli-harness.ts'

const bin = fileURLToPath(new URL('../../bin/coffeechat.js', import.meta.url))

/** Runs the real CLI and closes its output after the first chunk, as `| head -c 100` does. */
function readFirstChunkOnly(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.stdout.once('data', () => child.stdout.destroy())
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

it('ends quietly when the reader of its output goes away (coffeechat … --json | head)', async () => {
  const data = tempDataDir()
  expect((await cli(['demo', '--data', data], {})).code).toBe(0)
  // Far more than a pipe holds, so the writes go on after the reader left.
  const result = await readFirstChunkOnly(['export', 'json', '--data', data])
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
}, 60_000)
