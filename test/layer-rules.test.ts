import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/**
 * Each layer rule of biome.json, tried on a deliberate violation and on an
 * import the layer may make: the project's own lint configuration, run by
 * the project's own Biome on files written for the purpose in a scratch
 * folder (so the tree itself never holds a violation).
 */
const cases: Array<{ file: string; from: string; allowed: boolean }> = [
  { file: 'src/core/people/a.ts', from: '../../server/errors.ts', allowed: false },
  { file: 'src/core/people/b.ts', from: '@hono/zod-openapi', allowed: false },
  { file: 'src/core/people/c.ts', from: 'hono/client', allowed: false },
  { file: 'src/core/people/d.ts', from: '@mantine/core', allowed: false },
  { file: 'src/core/people/e.ts', from: 'react', allowed: false },
  { file: 'src/core/people/f.ts', from: 'commander', allowed: false },
  { file: 'src/core/people/g.ts', from: '../../web/api/people.ts', allowed: false },
  { file: 'src/core/people/h.ts', from: '../../db/dialect.ts', allowed: true },
  { file: 'src/core/people/i.ts', from: 'zod', allowed: true },
  { file: 'src/db/a.ts', from: '../core/errors.ts', allowed: false },
  { file: 'src/db/b.ts', from: '../server/app.ts', allowed: false },
  { file: 'src/db/c.ts', from: 'kysely', allowed: true },
  { file: 'src/formats/a.ts', from: '../core/people/service.ts', allowed: false },
  { file: 'src/formats/b.ts', from: '../core/people/repo.ts', allowed: false },
  { file: 'src/formats/c.ts', from: '../db/connect.ts', allowed: false },
  { file: 'src/formats/d.ts', from: '../core/people/schema.ts', allowed: true },
  { file: 'src/formats/e.ts', from: '../core/errors.ts', allowed: true },
  { file: 'src/web/components/a.tsx', from: '../../core/people/service.ts', allowed: false },
  { file: 'src/web/components/b.tsx', from: '../../db/tables.ts', allowed: false },
  { file: 'src/web/components/c.tsx', from: '../../server/app.ts', allowed: false },
  { file: 'src/web/components/d.tsx', from: 'node:fs', allowed: false },
  { file: 'src/web/components/e.tsx', from: 'kysely', allowed: false },
  { file: 'src/web/components/f.tsx', from: '../../formats/vcard.ts', allowed: false },
  { file: 'src/web/components/g.tsx', from: '../../core/people/schema.ts', allowed: true },
  { file: 'src/web/components/h.tsx', from: '../../core/rules/etiquette.ts', allowed: true },
  { file: 'src/web/components/i.tsx', from: '@mantine/core', allowed: true },
]

/** Node's globals: the web app runs in a browser and may not reach for them. */
const globalCases: Array<{ file: string; source: string; allowed: boolean }> = [
  { file: 'src/web/components/j.tsx', source: 'process.env.HOME', allowed: false },
  { file: 'src/web/components/k.tsx', source: "Buffer.from('x')", allowed: false },
  { file: 'src/web/components/l.tsx', source: 'globalThis.location', allowed: true },
  { file: 'src/core/people/j.ts', source: 'process.env.HOME', allowed: true },
  { file: 'src/web/build/a.ts', source: 'process.env.HOME', allowed: true },
]

const scratch = mkdtempSync(join(tmpdir(), 'coffeechat-layers-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface Diagnostic {
  category: string
  location: { path: string }
}

function lint(): Diagnostic[] {
  const config = JSON.parse(readFileSync(join(root, 'biome.json'), 'utf8'))
  config.$schema = undefined
  config.vcs = undefined // the scratch folder is no git checkout
  writeFileSync(join(scratch, 'biome.json'), JSON.stringify(config))
  for (const { file, from } of cases) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true })
    writeFileSync(join(scratch, file), `import * as used from '${from}'\n\nexport const x = used\n`)
  }
  for (const { file, source } of globalCases) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true })
    writeFileSync(join(scratch, file), `export const x = ${source}\n`)
  }
  const biome = join(root, 'node_modules/.bin/biome')
  let out: string
  try {
    out = execFileSync(biome, ['lint', '--reporter=json', '.'], {
      cwd: scratch,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
  } catch (error) {
    // Biome exits 1 when it reports errors; the report is still on stdout.
    out = String((error as { stdout?: unknown }).stdout ?? '')
  }
  return JSON.parse(out).diagnostics
}

describe('the layer rules in biome.json', () => {
  const diagnostics = lint()
  const flagged = (category: string) =>
    new Set(diagnostics.filter((d) => d.category === category).map((d) => d.location.path))

  it('refuse each deliberate violation and let each allowed import through', () => {
    const restricted = flagged('lint/style/noRestrictedImports')
    const verdicts = cases.map(({ file, from }) => ({ file, from, allowed: !restricted.has(file) }))
    expect(verdicts).toEqual(cases)
  })

  it("refuse Node's globals in the web app, and only there", () => {
    const restricted = flagged('lint/style/noRestrictedGlobals')
    const verdicts = globalCases.map(({ file, source }) => ({
      file,
      source,
      allowed: !restricted.has(file),
    }))
    expect(verdicts).toEqual(globalCases)
  })
})
