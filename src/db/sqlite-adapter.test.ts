import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { openSqlite, rememberUntilDataChanges } from './sqlite-adapter.ts'

// `runs()` counts how often SQLite itself runs a statement that calls it.
function open(file = ':memory:') {
  const database = openSqlite(file)
  let runs = 0
  database.raw.function('runs', () => ++runs)
  database.raw.exec('create table if not exists items (owner text, name text)')
  const run = (sql: string, ...parameters: unknown[]) => {
    const statement = database.prepare(sql)
    return statement.reader ? statement.all(parameters) : statement.run(parameters)
  }
  return { database, run, runs: () => runs }
}

const counted = 'select count(*) as n, runs() as r from items where owner = ?'
rememberUntilDataChanges(counted)
const count = (run: ReturnType<typeof open>['run'], owner: string) =>
  (run(counted, owner) as Array<{ n: number }>)[0]?.n

describe('answers remembered until the data changes (SQLite)', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  it('answers again from memory while nothing writes, for the same values only', () => {
    const { run, runs } = open()
    run('insert into items values (?, ?)', 'ada', 'a')
    expect(count(run, 'ada')).toBe(1)
    expect(count(run, 'ada')).toBe(1)
    expect(runs()).toBe(1)
    expect(count(run, 'bea')).toBe(0)
    expect(runs()).toBe(2)
    // A statement not registered is run every time.
    run('select runs() as r from items where owner = ?', 'ada')
    run('select runs() as r from items where owner = ?', 'ada')
    expect(runs()).toBe(4)
  })

  it('runs it again after any write on the connection, and sees the write', () => {
    const { run, runs } = open()
    expect(count(run, 'ada')).toBe(0)
    run('insert into items values (?, ?)', 'ada', 'a')
    expect(count(run, 'ada')).toBe(1)
    run("update items set name = 'b'")
    expect(count(run, 'ada')).toBe(1)
    run('delete from items')
    expect(count(run, 'ada')).toBe(0)
    expect(runs()).toBe(4)
  })

  it('forgets what a rolled-back transaction counted', () => {
    const { run } = open()
    run('insert into items values (?, ?)', 'ada', 'a')
    expect(count(run, 'ada')).toBe(1)
    run('begin')
    run('insert into items values (?, ?)', 'ada', 'b')
    expect(count(run, 'ada')).toBe(2)
    run('rollback')
    expect(count(run, 'ada')).toBe(1)
  })

  it('runs it again after another connection committed (a CLI command beside the server)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'coffeechat-remembered-'))
    dirs.push(dir)
    const file = join(dir, 'data.sqlite')
    const { database, run, runs } = open(file)
    expect(count(run, 'ada')).toBe(0)
    const other = new DatabaseSync(file)
    other.prepare('insert into items values (?, ?)').run('ada', 'a')
    expect(count(run, 'ada')).toBe(1)
    expect(count(run, 'ada')).toBe(1)
    expect(runs()).toBe(2)
    other.close()
    database.close()
  })
})

describe('rows (SQLite)', () => {
  it('are objects with the columns in order and the values node:sqlite gives, also when iterated', () => {
    const { database, run } = open()
    run('insert into items values (?, ?)', 'ada', 'Ada')
    const sql = "select owner, name, 1 as one, null as empty, x'00ff' as bytes from items"
    const direct = database.raw.prepare(sql).all()
    const rows = run(sql) as Array<Record<string, unknown>>
    expect(rows).toEqual(direct)
    expect(Object.keys(rows[0] ?? {})).toEqual(['owner', 'name', 'one', 'empty', 'bytes'])
    expect([...database.prepare(sql).iterate([])]).toEqual(direct)
  })

  it('hold any column name as it is written, wide rows in order too, and run no name as code', () => {
    const { database, run } = open()
    run('insert into items values (?, ?)', 'ada', 'Ada')
    const odd = [
      'a b',
      "it's",
      'say "hi"',
      'back\\slash',
      '}; throw 1; ({',
      '12',
      'constructor',
      'zoë',
      '\u2028',
    ]
    const columns = [
      ...odd.map((name, i) => `${i} as "${name.replaceAll('"', '""')}"`),
      ...Array.from({ length: 30 }, (_, i) => `owner || ${i} as c${i}`),
    ]
    const sql = `select ${columns.join(', ')} from items`
    const direct = database.raw.prepare(sql).all()
    const rows = run(sql) as Array<Record<string, unknown>>
    expect(rows).toEqual(direct)
    expect(Object.keys(rows[0] ?? {})).toEqual(Object.keys(direct[0] ?? {}))
    expect(JSON.stringify(rows)).toBe(JSON.stringify(direct))
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype)
  })

  it('keep what node:sqlite does with a repeated column name, and never take __proto__ as a prototype', () => {
    const { database, run } = open()
    run('insert into items values (?, ?)', 'ada', 'Ada')
    const repeated = 'select owner as a, name as a from items'
    expect(run(repeated)).toEqual(database.raw.prepare(repeated).all())
    const [row] = run('select name as "__proto__" from items') as Array<Record<string, unknown>>
    expect(Object.getOwnPropertyDescriptor(row, '__proto__')?.value).toBe('Ada')
  })
})
