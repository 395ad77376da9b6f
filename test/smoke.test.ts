import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDataDir } from './cli-harness.ts'

const root = join(import.meta.dirname, '..')
const bin = join(root, 'bin', 'coffeechat.js')
const run = promisify(execFile)
let child: ChildProcess | undefined

afterEach(() => {
  child?.kill('SIGKILL')
  child = undefined
})

/** Waits for the line that names the URL the server listens on. */
function waitForUrl(process: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`no URL within 15 s; output:\n${output}`)),
      15_000,
    )
    process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/running at (http:\/\/\S+)/)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    process.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    process.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
}

describe('the real server process', () => {
  it('starts on a free port, serves the API and the app, and stops cleanly on Ctrl-C', async () => {
    const data = tempDataDir()
    child = spawn(process.execPath, [bin, 'start', '--port', '0', '--data', data], {
      stdio: 'pipe',
    })
    const url = await waitForUrl(child)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const careers = await fetch(`${url}/api/careers`)
    expect(careers.status).toBe(200)
    expect(await careers.json()).toMatchObject({ items: [], total: 0 })
    const page = await fetch(`${url}/people`)
    expect([200, 503]).toContain(page.status)
    const exited = new Promise<number | null>((resolve) =>
      child?.once('exit', (code) => resolve(code)),
    )
    child.kill('SIGINT')
    expect(await exited).toBe(0)
  })

  it('runs the CLI through its bin file, with JSON alone on stdout', async () => {
    const data = tempDataDir()
    const env = { ...process.env, COFFEECHAT_DATA: data }
    await run(
      process.execPath,
      [bin, 'people', 'add', 'Ada Lovelace', '--org', 'Analytical Engines'],
      { env },
    )
    const { stdout } = await run(process.execPath, [bin, 'people', 'list', '--json'], { env })
    expect(JSON.parse(stdout)).toEqual([
      expect.objectContaining({ name: 'Ada Lovelace', organization: 'Analytical Engines' }),
    ])
    const failed = await run(process.execPath, [bin, 'people', 'show', 'Nobody'], { env }).catch(
      (e) => e,
    )
    expect(failed.code).toBe(1)
    expect(failed.stderr).toBe('coffeechat: person: no person named "Nobody"\n')
  })
})
