import { expect, it } from 'vitest'
import { addChat, cli, tempDataDir } from '../../../test/cli-harness.ts'

// Monday 2 March 2026, 21:00 in Berlin.
const env = {
  COFFEECHAT_DATA: tempDataDir(),
  COFFEECHAT_NOW: '2026-03-02T20:00:00Z',
  LANG: 'C.UTF-8',
}

async function run(...args: string[]) {
  const result = await cli(args, env)
  expect([result.code, result.stderr]).toEqual([0, ''])
  return result.stdout
}

it('writes dates in words, in the explorer’s zone and clock, never ISO', async () => {
  await run('settings', 'edit', 'timeZone', 'Europe/Berlin')
  await run('people', 'add', 'Amara Okafor')
  await run(...addChat('Amara Okafor', 'met', '--at', '2026-03-02 15:00', '--tz', 'Europe/Berlin'))
  const listed = await run('chats', 'list')
  expect(listed).toContain('Mon 2 Mar, 15:00')
  const reflection = await run('reflect', 'Amara Okafor')
  expect(reflection).toContain('due tonight by 23:59')
  for (const text of [listed, reflection]) expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/)

  await run('settings', 'edit', 'clock', '12h')
  expect(await run('chats', 'list')).toContain('Mon 2 Mar, 3:00 PM')
  expect(await run('reflect', 'Amara Okafor')).toContain('due tonight by 11:59 PM')
  const american = await cli(['chats', 'list'], { ...env, LANG: 'en_US.UTF-8' })
  expect(american.stdout).toContain('Mon, Mar 2, 3:00 PM')
})
