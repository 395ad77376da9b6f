import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { tempDataDir } from '../../test/cli-harness.ts'
import { createPostgresDatabase } from '../../test/engines.ts'
import { buildVendoredKysely } from './build-vendored.ts'
import { installedKyselyVersion, vendorDir } from './vendored.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))
const bin = join(root, 'bin/coffeechat.js')
const hook = join(root, 'test/fixtures/trace-modules.mjs')

/** Runs the real bin/coffeechat.js and returns its output and every package and file it loaded. */
function run(args: string[], env: Record<string, string> = {}) {
  const trace = join(tempDataDir(), 'modules.txt')
  const stdout = execFileSync(process.execPath, ['--import', hook, bin, ...args], {
    env: { ...process.env, ...env, COFFEECHAT_TRACE_MODULES: trace },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const loaded = readFileSync(trace, 'utf8').split('\n').filter(Boolean)
  const packages = new Set(
    loaded.flatMap((url) => {
      const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)
      return match?.[1] ? [match[1]] : []
    }),
  )
  const own = loaded.filter((url) => url.startsWith('file:') && !url.includes('/node_modules/'))
  return { stdout, packages, own: own.map((url) => fileURLToPath(url).slice(root.length)) }
}

/**
 * A short command costs what it needs: start-up is most of its time, so
 * what it loads is held to what it uses (bench/startup.ts and
 * bench/people-list.ts print the times).
 */
describe('what a short CLI command loads', () => {
  // `npm run build` makes the copy; a checkout that has not built yet gets it here.
  beforeAll(async () => {
    if (!existsSync(join(vendorDir(installedKyselyVersion()), 'kysely.mjs')))
      await buildVendoredKysely()
  }, 120_000)

  it('--version prints the version and loads no command, database or domain code', () => {
    const { stdout, packages, own } = run(['--version'])
    expect(stdout.trim()).toBe(packageJson.version)
    expect([...packages]).toEqual([])
    expect(own.filter((file) => !file.startsWith('bin/'))).toEqual([])
  })

  it('people list --json on SQLite loads neither the PostgreSQL driver nor the mail and import libraries', () => {
    const dataDir = tempDataDir()
    const { stdout, packages } = run(['people', 'list', '--json'], { COFFEECHAT_DATA: dataDir })
    expect(JSON.parse(stdout)).toEqual([])
    for (const unneeded of ['pg', 'pg-boss', 'nodemailer', 'iconv-lite', 'markdown-it', 'luxon'])
      expect(packages.has(unneeded), unneeded).toBe(false)
  })

  it('loads Kysely from the build’s one-file copy, not as its 257 modules', () => {
    const { packages, own } = run(['people', 'list', '--json'], { COFFEECHAT_DATA: tempDataDir() })
    expect(packages.has('kysely')).toBe(false)
    const copy = vendorDir(installedKyselyVersion()).slice(root.length)
    expect(own).toContain(join(copy, 'kysely.mjs'))
    expect(own).toContain(join(copy, 'kysely-migration.mjs'))
  })

  it.skipIf(!inject('postgresUrl'))(
    'works on PostgreSQL with the copy, loading the driver when it connects',
    async () => {
      const url = await createPostgresDatabase(inject('postgresUrl') ?? '')
      const env = { DATABASE_URL: url, COFFEECHAT_DATA: tempDataDir() }
      run(['people', 'add', 'Ada Lovelace', '--org', 'Analytical Engines'], env)
      const { stdout, packages } = run(['people', 'list', '--json'], env)
      expect(JSON.parse(stdout)).toMatchObject([
        { name: 'Ada Lovelace', organization: 'Analytical Engines' },
      ])
      expect(packages.has('pg')).toBe(true)
      expect(packages.has('kysely')).toBe(false)
    },
  )
})
