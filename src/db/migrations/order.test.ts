import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { migrations } from './index.ts'

const names = migrations.map(([name]) => name)

describe('the migrations', () => {
  it('have unique names, listed in sorted order', () => {
    expect(new Set(names).size).toBe(names.length)
    expect(names).toEqual([...names].sort())
  })

  it('are exactly the files of the folder', () => {
    const files = readdirSync(import.meta.dirname)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort()
    expect(names).toEqual(files)
  })

  it('are named by number (released) or by their UTC merge time (every new one)', () => {
    const numbered = /^\d{4}-[a-z0-9-]+$/
    const timed = /^\d{8}T\d{4}-[a-z0-9-]+$/
    for (const name of names) expect(numbered.test(name) || timed.test(name), name).toBe(true)
    const firstTimed = names.findIndex((n) => timed.test(n))
    if (firstTimed >= 0) expect(names.slice(firstTimed).every((n) => timed.test(n))).toBe(true)
  })
})
