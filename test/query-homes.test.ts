import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')

/**
 * What "touches the database" means here: reading `ctx.db` (or a
 * transaction's `tx.db`, or taking `db` out of either), building a query
 * (`selectFrom`, `insertInto`, `updateTable`, `deleteFrom`) or writing SQL
 * with Kysely's `sql` tag. Passing `ctx` on to a repository does not count.
 */
const touches = [
  /\b(ctx|tx|trx|snapshot)\.db\b/,
  /\{[^}]*\bdb\b[^}]*\}\s*=\s*(ctx|tx)\b/,
  /\.(selectFrom|insertInto|updateTable|deleteFrom)\(/,
  /\bsql(<[^>]*>)?`/,
  /\bsql\.(raw|ref|id|lit|join|table|val)\(/,
]

/**
 * Where queries may live: each feature's `repo.ts` (or a `repo/` folder for a
 * large one), the db layer itself, and the backup's table-driven code, which
 * walks `db/owned-tables.ts` rather than naming tables one by one.
 */
function mayTouchDatabase(path: string): boolean {
  if (basename(path) === 'repo.ts' || /\/repo\/[^/]+\.ts$/.test(path)) return true
  if (path.startsWith('src/db/')) return true
  return tableDriven.has(path)
}

const tableDriven = new Set([
  'src/core/backup/check.ts',
  'src/core/backup/export-json.ts',
  'src/core/backup/restore.ts',
  'src/core/backup/wipe.ts',
])

function touchesDatabase(source: string): boolean {
  return touches.some((pattern) => pattern.test(source))
}

function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
  return listed
    .split('\n')
    .filter((path) => /^src\/.*\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
}

describe('where queries live', () => {
  it('only repositories, the db layer and the table-driven backup touch ctx.db or build a query', () => {
    const strays = sourceFiles().filter((path) => {
      if (mayTouchDatabase(path)) return false
      try {
        return touchesDatabase(readFileSync(join(root, path), 'utf8'))
      } catch {
        return false // listed by git but deleted in the working tree
      }
    })
    expect(strays, 'move these queries into the feature’s repo.ts').toEqual([])
  })

  it('catches a deliberate stray query, and lets a service that calls its repository through', () => {
    expect(touchesDatabase("await ctx.db.selectFrom('people').selectAll().execute()")).toBe(true)
    expect(touchesDatabase('const rows = await db\n  .insertInto("people")')).toBe(true)
    expect(touchesDatabase('await sql`delete from people`.execute(db)')).toBe(true)
    expect(touchesDatabase('if (ctx.db.isTransaction) return')).toBe(true)
    expect(touchesDatabase('await lock(tx.db, name)')).toBe(true)
    expect(touchesDatabase('const { db, engine } = ctx')).toBe(true)
    expect(touchesDatabase('const rows = await selectPeople(ctx, query)')).toBe(false)
    expect(mayTouchDatabase('src/core/people/service.ts')).toBe(false)
    expect(mayTouchDatabase('src/server/jobs.ts')).toBe(false)
    expect(mayTouchDatabase('src/core/people/repo.ts')).toBe(true)
    expect(mayTouchDatabase('src/core/accounts/repo/sessions.ts')).toBe(true)
    expect(mayTouchDatabase('src/db/statistics.ts')).toBe(true)
  })
})
