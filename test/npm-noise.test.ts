import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('..', import.meta.url))
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

type Version = [number, number, number]
const parse = (text: string): Version => {
  const [a = 0, b = 0, c = 0] = text.replace(/\.x$/, '').split('.').map(Number)
  return [a, b, c]
}
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]

/** Whether `version` satisfies an engines range of the kinds npm packages write (>=, ^, a bare major). */
function satisfies(version: string, range: string): boolean {
  const have = parse(version.replace(/^v/, ''))
  return range.split('||').some((alternative) =>
    alternative
      .trim()
      .replace(/([<>=^]+)\s+/g, '$1')
      .split(/\s+/)
      .every((comparator) => {
        const [, op = '', wanted = ''] = /^([<>=^]*)(.*)$/.exec(comparator) ?? []
        const want = parse(wanted)
        if (op === '>=') return compare(have, want) >= 0
        if (op === '^') return have[0] === want[0] && compare(have, want) >= 0
        if (op === '') return have[0] === want[0] && (!wanted.includes('.') || have[1] === want[1])
        throw new Error(`an engines range this test does not read: ${range}`)
      }),
  )
}

/** Every installed package's `engines.node`, by name. */
function installedEngines(): Array<{ name: string; node: string }> {
  const modules = join(root, 'node_modules')
  const names = readdirSync(modules).flatMap((entry) =>
    entry.startsWith('@') ? readdirSync(join(modules, entry)).map((n) => `${entry}/${n}`) : [entry],
  )
  return names.flatMap((name) => {
    const file = join(modules, name, 'package.json')
    if (!existsSync(file)) return []
    const node = JSON.parse(readFileSync(file, 'utf8')).engines?.node
    return typeof node === 'string' ? [{ name, node }] : []
  })
}

describe('a newcomer’s npm install and npx coffeechat are quiet', () => {
  it('checks the root against devEngines (what npm itself needs), not engines that npm’s Node fails', () => {
    // npm skips the root's `engines` when it has devEngines; `npx coffeechat` installs the
    // project into its cache, where it is not the root, so `engines` must not be there at all.
    expect(packageJson.engines).toBeUndefined()
    expect(packageJson.devEngines.runtime).toMatchObject({ name: 'node', onFail: 'error' })
    expect(readFileSync(join(root, '.npmrc'), 'utf8')).toMatch(/^loglevel=error$/m)
  })

  it('hides only false warnings: every dependency runs on the Node the project brings', () => {
    expect(satisfies('v24.1.0', '^20.19.0 || >=22.12.0')).toBe(true)
    expect(satisfies('v24.1.0', '22 || >=24.0.0')).toBe(true)
    expect(satisfies('v24.1.0', '>= 26')).toBe(false)
    const unmet = installedEngines().filter((p) => !satisfies(process.version, p.node))
    expect(unmet).toEqual([])
    expect(process.versions.node.split('.')[0]).toBe(packageJson.devDependencies.node.split('.')[0])
  })

  it('tells someone on an old Node what to do instead of failing on TypeScript', () => {
    const versionOf = (path: string) => spawnSync(path, ['-p', 'process.versions.node']).stdout
    const old = ['/usr/bin/node', '/usr/local/bin/node'].find(
      (path) =>
        existsSync(path) && compare(parse(versionOf(path).toString().trim()), [22, 18, 0]) < 0,
    )
    if (!old) return
    const run = spawnSync(old, [join(root, 'bin/coffeechat.js'), '--version'], { encoding: 'utf8' })
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^coffeechat needs Node\.js 22\.18 or newer, and this is v\d+/)
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/)
  })
})
