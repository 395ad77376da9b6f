import { expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'

it('makes, lists and revokes personal access tokens from the command line', async () => {
  const env = { COFFEECHAT_DATA: tempDataDir() }
  const made = await cli(['tokens', 'create', 'Claude on my laptop', '--scope', 'read-write'], env)
  expect(made.code, made.stderr).toBe(0)
  const token = made.stdout.split('\n')[0] ?? ''
  expect(token).toMatch(/^cct_[A-Za-z0-9_-]{43}$/)
  expect(made.stdout).toContain('only time it is shown')

  const listed = await cli(['tokens', 'list'], env)
  expect(listed.stdout).toContain('Claude on my laptop')
  expect(listed.stdout).toContain('read-write')
  expect(listed.stdout).toContain('never')
  expect(listed.stdout).not.toContain(token)
  const [entry] = (await cli(['tokens', 'list', '--json'], env)).json<Array<{ id: string }>>()

  const weekly = await cli(['tokens', 'create', 'weekly', '--expires', '7d', '--json'], env)
  expect(weekly.code, weekly.stderr).toBe(0)
  const week = weekly.json<{ expiresAt: string; createdAt: string }>()
  expect(Date.parse(week.expiresAt) - Date.parse(week.createdAt)).toBe(7 * 24 * 3600 * 1000)
  const forever = await cli(['tokens', 'create', 'forever', '--expires', 'never', '--json'], env)
  expect(forever.json<{ expiresAt: string | null }>().expiresAt).toBeNull()
  expect((await cli(['tokens', 'list'], env)).stdout).toContain('EXPIRES')
  const wrongDays = await cli(['tokens', 'create', 'x', '--expires', 'soon'], env)
  expect(wrongDays.code).toBe(2)
  expect(wrongDays.stderr).toContain('--expires must be a number of days from 1 to 3650')
  for (const t of (await cli(['tokens', 'list', '--json'], env)).json<
    Array<{ id: string; name: string }>
  >())
    if (t.name !== 'Claude on my laptop') await cli(['tokens', 'revoke', t.id], env)

  const wrongScope = await cli(['tokens', 'create', 'x', '--scope', 'admin'], env)
  expect(wrongScope.code).toBe(2)
  expect(wrongScope.stderr).toContain('--scope must be read or read-write')
  const noName = await cli(['tokens', 'create', '   '], env)
  expect(noName.code).toBe(1)
  expect(noName.stderr).toContain('name: give the token a name')

  expect((await cli(['tokens', 'revoke', entry?.id ?? ''], env)).code).toBe(0)
  expect((await cli(['tokens', 'list'], env)).stdout).toContain('No access tokens')
  const again = await cli(['tokens', 'revoke', entry?.id ?? ''], env)
  expect(again.code).toBe(1)
  expect(again.stderr).toContain('no access token with id')
})
