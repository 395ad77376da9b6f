import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { derivedTables, ownedTables } from './owned-tables.ts'

describeEngines('the registry of explorer-owned tables', (h) => {
  it('lists every table that has an owner_id column, so backup and deletion cannot forget one', async () => {
    const tables = await h.database().db.introspection.getTables()
    const withOwner = tables
      .filter((t) => !t.isView && t.columns.some((c) => c.name === 'owner_id'))
      .map((t) => t.name)
    const registered = new Set<string>([...ownedTables.map((t) => t.name), ...derivedTables])
    const missing = withOwner.filter((name) => !registered.has(name))
    expect(
      missing,
      `add ${missing.join(', ')} to ownedTables (or derivedTables) in src/db/owned-tables.ts`,
    ).toEqual([])
    expect(withOwner.length).toBeGreaterThanOrEqual(ownedTables.length)
  })

  it('names only real tables and columns, parents before children', async () => {
    const tables = await h.database().db.introspection.getTables()
    const columns = new Map(tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]))
    const seen = new Set<string>()
    for (const table of ownedTables) {
      const have = columns.get(table.name)
      expect(have, `table ${table.name}`).toBeDefined()
      for (const column of [
        ...table.key,
        ...Object.keys(table.references ?? {}),
        ...(table.deferred ?? []),
        ...(table.secrets ?? []),
      ]) {
        expect(have?.has(column), `${table.name}.${column}`).toBe(true)
      }
      for (const [column, target] of Object.entries(table.references ?? {})) {
        const selfReference = target === table.name
        expect(
          selfReference ? table.deferred?.includes(column) : seen.has(target),
          `${table.name}.${column} → ${target}`,
        ).toBe(true)
      }
      seen.add(table.name)
    }
  })
})
