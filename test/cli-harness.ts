import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { runCli } from '../src/cli/program.ts'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
  /** stdout parsed as JSON. */
  json: <T = unknown>() => T
}

/** A fresh, empty data directory. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'coffeechat-cli-'))
}

/**
 * Runs the CLI in process, as `coffeechat <args>`, capturing its output.
 *
 * @example const { code, json } = await cli(['people', 'list', '--json'], { COFFEECHAT_DATA: dir })
 */
export async function cli(
  args: string[],
  env: Record<string, string | undefined>,
  input = '',
): Promise<CliResult> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const code = await runCli(args, {
    stdout,
    stderr,
    stdin: Readable.from(input ? [Buffer.from(input)] : []),
    env,
    interactive: false,
  })
  const text = Buffer.concat(out).toString('utf8')
  return {
    code,
    stdout: text,
    stderr: Buffer.concat(err).toString('utf8'),
    json: <T>() => JSON.parse(text) as T,
  }
}
