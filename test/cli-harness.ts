import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Readable } from 'node:stream'
import { expect, inject } from 'vitest'
import { runCli } from '../src/cli/program.ts'
import type { Ctx } from '../src/core/context.ts'
import { openRuntime } from '../src/runtime.ts'
import { createPostgresDatabase } from './engines.ts'

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
 * A fresh data directory at `now` holding what `write` puts there through
 * the core (what the CLI has no command for), closed again: answers the
 * environment of CLI runs on it and what `write` answered.
 *
 * @example const { env, written } = await writtenThroughCore(NOW, (ctx) => createPerson(ctx, { name: 'Ben' }))
 */
export async function writtenThroughCore<T>(
  now: string,
  write: (ctx: Ctx) => Promise<T>,
): Promise<{ env: Record<string, string>; written: T }> {
  const data = tempDataDir()
  const env = { COFFEECHAT_DATA: data, COFFEECHAT_NOW: now }
  const runtime = await openRuntime({ dataDir: data, env })
  const written = await write(runtime.ctx).finally(() => runtime.close())
  return { env, written }
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

/**
 * The environment of a CLI run on a fresh data directory at `now`, with a
 * fresh database of the test cluster when `engine` is PostgreSQL.
 */
export async function cliEnv(
  engine: string,
  now = '2026-03-02T09:00:00Z',
): Promise<Record<string, string>> {
  const base = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: now }
  if (engine !== 'postgres') return base
  return { ...base, DATABASE_URL: await createPostgresDatabase(inject('postgresUrl') ?? '') }
}

/** Runs the CLI as `cli` does and expects it to exit 0 without a `coffeechat:` error line. */
export async function succeeds(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<CliResult> {
  const result = await cli(args, env)
  expect([result.code, result.stderr.match(/^coffeechat: .*/m)?.[0]]).toEqual([0, undefined])
  return result
}

/**
 * One explorer's data directory, and the CLI run in it at a moment of our
 * choosing (`COFFEECHAT_NOW`), with `env` besides.
 */
export function explorerCli(env: Record<string, string> = {}) {
  const data = tempDataDir()
  return (now: string, args: string[], input = '') =>
    cli(args, { COFFEECHAT_DATA: data, COFFEECHAT_NOW: now, ...env }, input)
}

/** The arguments of `coffeechat chats add` with `person` and `status`, then `options` (`--at` …). */
export function addChat(person: string, status: string, ...options: string[]): string[] {
  return ['chats', 'add', '--person', person, '--status', status, ...options]
}

/** The arguments of `coffeechat drafts new --json` for an outreach to `person` with this text. */
export function newOutreach(person: string, subject: string, body: string): string[] {
  return [
    ...['drafts', 'new', '--kind', 'outreach', '--person', person],
    ...['--subject', subject, '--body', body, '--json'],
  ]
}
