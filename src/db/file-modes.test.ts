import { mkdtempSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { openDatabase } from './connect.ts'

const othersMayRead = (path: string) => (statSync(path).mode & 0o077).toString(8)

it('creates the data directory and the SQLite files for their owner only', async () => {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'coffeechat-modes-')), 'data')
  const database = await openDatabase({ dataDir })
  try {
    await database.db
      .insertInto('accounts')
      .values({ id: 'a', email: null, display_name: 'x', created_at: '2026-03-02T09:00:00Z' })
      .execute()
    const file = join(dataDir, 'coffeechat.sqlite')
    expect(othersMayRead(dataDir)).toBe('0')
    expect(othersMayRead(file)).toBe('0')
    expect(othersMayRead(`${file}-wal`)).toBe('0')
  } finally {
    await database.close()
  }
})
