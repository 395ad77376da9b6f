import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const tsc = join(root, 'node_modules/.bin/tsc')

/**
 * The type checker's side of the layers: the Node side (everything but the
 * web app) knows Node and no DOM; the web app knows the DOM and no Node; the
 * browser tests, which drive a page from Node, know both. `npm run
 * typecheck` runs the three configurations below.
 */
const configs = {
  node: 'tsconfig.json',
  web: 'src/web/tsconfig.json',
  browserTests: 'e2e/tsconfig.json',
} as const

function run(args: string[]): { ok: boolean; out: string } {
  try {
    return { ok: true, out: execFileSync(tsc, args, { cwd: root, encoding: 'utf8' }) }
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string }
    return { ok: false, out: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

/** The project's own files a configuration checks (its imports included). */
function checked(config: string): Set<string> {
  const { out } = run(['-p', config, '--listFilesOnly'])
  return new Set(
    out
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.includes('node_modules'))
      .map((line) => relative(root, line)),
  )
}

const scratch = mkdtempSync(join(root, 'src/core/.type-configs-'))
const webScratch = mkdtempSync(join(root, 'src/web/.type-configs-'))
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true })
  rmSync(webScratch, { recursive: true, force: true })
})

/** Checks one scratch file under a configuration's options. */
function checkUnder(config: string, file: string, source: string) {
  writeFileSync(file, source)
  const probe = join(file, '..', 'tsconfig.probe.json')
  writeFileSync(
    probe,
    JSON.stringify({
      extends: relative(join(file, '..'), join(root, config)),
      include: [],
      files: [file],
    }),
  )
  return run(['-p', probe])
}

describe('the type configurations', () => {
  it('put every TypeScript file of the project under at least one of them', () => {
    const tracked = execFileSync('git', ['ls-files', '*.ts', '*.tsx'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => file && !file.endsWith('.d.ts'))
    const covered = new Set(Object.values(configs).flatMap((config) => [...checked(config)]))
    expect(tracked.filter((file) => !covered.has(file))).toEqual([])
  })

  it('give the Node side no DOM, and the web app the DOM', () => {
    const node = checked(configs.node)
    expect(
      [...node].filter((file) => file.startsWith('src/web/') && !file.startsWith('src/web/build/')),
    ).toEqual([])

    const core = checkUnder(
      configs.node,
      join(scratch, 'a.ts'),
      'export const title = document.title\n',
    )
    expect(core.ok).toBe(false)
    expect(core.out).toMatch(/Cannot find name 'document'/)
    expect(
      checkUnder(configs.node, join(scratch, 'b.ts'), 'export const cwd = process.cwd()\n').ok,
    ).toBe(true)
    // The typed client's type is read from the server's code, which brings
    // Node's types into the web app's program too; Biome refuses Node's
    // globals there instead (test/layer-rules.test.ts).
    expect(
      checkUnder(configs.web, join(webScratch, 'b.ts'), 'export const title = document.title\n').ok,
    ).toBe(true)
  }, 60_000)
})
