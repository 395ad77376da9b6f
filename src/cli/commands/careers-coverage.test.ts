import { describe, expect, it } from 'vitest'
import { addChat, cliEnv, succeeds } from '../../../test/cli-harness.ts'
import { engines } from '../../../test/engines.ts'
import { readJson } from '../../../test/json.ts'
import { openRuntime } from '../../runtime.ts'
import { createApp } from '../../server/app.ts'

describe.each(engines())('coverage in the CLI and the API [%s]', (engine) => {
  it('shows the people spoken with, apart from the people linked, with the same numbers everywhere', async () => {
    const env = await cliEnv(engine)
    const run = (args: string[]) => succeeds(args, env)
    await run(['careers', 'add', 'Data scientist'])
    for (const [name, org] of [
      ['Amara Okafor', 'Northwind'],
      ['Li Wei', 'Cobalt'],
      ['Raj Patel', 'Brightline'],
    ] as const) {
      await run(['people', 'add', name, '--org', org, '--career', 'Data scientist'])
    }
    await run(addChat('Amara Okafor', 'met', '--at', '2026-02-20 10:00'))
    await run(['chats', 'add', '--person', 'Li Wei', '--status', 'requested'])

    const list = (await run(['careers', 'list'])).stdout
    expect(list).toMatch(/^CAREER\s+STATUS\s+SPOKEN WITH\s+ORGS\s+LINKED\s+CHATS\s+ID$/m)
    expect(list).toMatch(/^Data scientist\s+exploring\s+1 of 3\s+1 of 2\s+3\s+2\s+/m)
    const shown = (await run(['careers', 'show', 'Data scientist'])).stdout
    expect(shown).toMatch(/People linked\s+3/)
    expect(shown).toContain(
      'Coverage  1 of 3 people spoken with, from 1 of 2 organizations (below target)',
    )
    const compared = (await run(['careers', 'compare'])).stdout
    expect(compared).toMatch(/^Data scientist\s+exploring\s+1\s+1\s+1\s+/m)
    expect((await run(['today'])).stdout).toContain(
      '1 person spoken with, from 1 organization; the target is 3 from 2.',
    )

    const runtime = await openRuntime({ env })
    try {
      const app = createApp({ contextFor: () => runtime.ctx, local: true, version: 'test' })
      const get = async (path: string) =>
        readJson(await app.request(path, { headers: { host: '127.0.0.1:4321' } }))
      const [career] = (await get('/api/careers')).items
      const coverage = {
        people: 1,
        organizations: 1,
        minPeople: 3,
        minOrganizations: 2,
        covered: false,
      }
      expect(career).toMatchObject({ peopleCount: 3, conversationCount: 2, coverage })
      expect((await get(`/api/careers/${career.id}`)).coverage).toEqual(coverage)
      expect((await get(`/api/careers/${career.id}/board`)).coverage).toEqual(coverage)
      expect((await get('/api/careers/compare')).careers[0].coverage).toEqual(coverage)
      expect((await get('/api/careers/suggestions')).suggestions[0].coverage).toEqual(coverage)
    } finally {
      await runtime.close()
    }
  })
})
