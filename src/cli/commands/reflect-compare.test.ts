import { describe, expect, inject, it } from 'vitest'
import { addChat, cli, cliEnv, succeeds } from '../../../test/cli-harness.ts'
import { juniorBerlinPay } from '../../../test/pay-example.ts'
import { openRuntime } from '../../runtime.ts'
import { createApp } from '../../server/app.ts'

const NOW = '2026-03-02T20:00:00Z'

/** GET on the HTTP API over the same data the CLI wrote. */
async function apiGet(env: Record<string, string>, path: string): Promise<unknown> {
  const runtime = await openRuntime({ env })
  try {
    const app = createApp({ contextFor: () => runtime.ctx, local: true, version: 'test' })
    const response = await app.request(path, { headers: { host: '127.0.0.1:4321' } })
    expect(response.status).toBe(200)
    return await response.json()
  } finally {
    await runtime.close()
  }
}

async function seed(env: Record<string, string>) {
  const run = (...args: string[]) => succeeds(args, env)
  await run('careers', 'add', 'Data scientist')
  await run('careers', 'add', 'Quant')
  await run('people', 'add', 'Amara Okafor', '--org', 'Northwind', '--career', 'Data scientist')
  await run('people', 'add', 'Li Wei', '--org', 'Cobalt', '--career', 'Data scientist')
  await run('people', 'add', 'Dana Cohen', '--org', 'Quantile', '--career', 'Quant')
  for (const [person, at] of [
    ['Amara Okafor', '2026-02-01 12:30'],
    ['Li Wei', '2026-02-20 09:00'],
    ['Dana Cohen', '2026-01-10 18:00'],
  ] as const) {
    await run(...addChat(person, 'met', '--at', at, '--tz', 'Europe/Berlin'))
  }
  return run
}

const engines = ['sqlite', ...(inject('postgresUrl') ? (['postgres'] as const) : [])] as const

describe.each(engines)('coffeechat reflect and careers compare [%s]', (engine) => {
  it('writes a reflection field by field, adding to its lists', async () => {
    const env = await cliEnv(engine, NOW)
    const run = await seed(env)
    const first = await run(
      'reflect',
      'amara okafor',
      '--takeaways',
      'Cleaning is 60% of it',
      '--pro',
      'Real data',
      '--con',
      'Dashboards',
      '--fit',
      '3',
      '--pay',
      juniorBerlinPay.text,
      '--question',
      'How do clinicians review a model?',
      '--next-person',
      'Jonas Becker: the engineering side',
      '--json',
    )
    expect(first.json()).toMatchObject({
      person: 'Amara Okafor',
      takeaways: 'Cleaning is 60% of it',
      pros: ['Real data'],
      fitRating: 3,
      pay: [{ ...juniorBerlinPay.entry, yearlyLow: 60000 }],
      questions: [{ text: 'How do clinicians review a model?', topic: 'day-to-day' }],
      nextPeople: [{ name: 'Jonas Becker', note: 'the engineering side', personId: null }],
      completedAt: null,
    })
    const second = await run(
      'reflect',
      'Amara Okafor',
      '--pro',
      'Impact',
      '--pay',
      '650 EUR/day',
      '--done',
      '--add-person',
      '1',
      '--json',
    )
    const reflection = second.json<{
      pros: string[]
      pay: unknown[]
      completedAt: string
      nextPeople: Array<{ personId: string }>
    }>()
    expect(reflection.pros).toEqual(['Real data', 'Impact'])
    expect(reflection.pay).toHaveLength(2)
    expect(reflection.completedAt).toBe('2026-03-02T20:00:00.000Z')
    const jonas = (await run('people', 'show', 'Jonas Becker', '--json')).json()
    expect(jonas).toMatchObject({ referredBy: 'Amara Okafor', careers: ['Data scientist'] })
    const text = (await run('reflect', 'Amara Okafor')).stdout
    expect(text).toMatch(/Fit\s+3 of 5/)
    expect(text).toMatch(/60,000–75,000 EUR\/year · junior · Berlin · 2026/)
    expect(text).toMatch(/1\. Jonas Becker — the engineering side \(added\)/)
    const cleared = await run(
      'reflect',
      'Amara Okafor',
      '--clear',
      'pros',
      '--pro',
      'Mentoring',
      '--json',
    )
    expect(cleared.json<{ pros: string[] }>().pros).toEqual(['Mentoring'])
  })

  it('says what is wrong with a reflection, in one line', async () => {
    const env = await cliEnv(engine, NOW)
    await seed(env)
    const badPay = await cli(['reflect', 'Amara Okafor', '--pay', 'a lot'], env)
    expect([badPay.code, badPay.stderr]).toEqual([
      1,
      'coffeechat: pay.0: cannot read "a lot"; write it like "60000-75000 EUR/year junior Berlin 2026"\n',
    ])
    const swapped = await cli(['reflect', 'Amara Okafor', '--pay', '80000-70000 EUR'], env)
    expect(swapped.stderr).toMatch(
      /pay\.0\.high: the high amount \(70000\) is below the low one \(80000\)/,
    )
    expect((await cli(['reflect', 'Amara Okafor', '--fit', '9'], env)).stderr).toMatch(
      /fitRating: rate from 1 to 5/,
    )
    expect((await cli(['reflect', 'Amara Okafor', '--fit', 'great'], env)).code).toBe(2)
    const nobody = await cli(['reflect', 'Nobody'], env)
    expect(nobody.code).toBe(1)
    expect(nobody.stderr).toMatch(/no conversation with id "Nobody" and no person of that name/)
    await cli(['people', 'add', 'Tom'], env)
    expect((await cli(['reflect', 'Tom'], env)).stderr).toMatch(
      /Tom has no conversation that took place yet/,
    )
  })

  it('gives the same board and comparison numbers as the HTTP API', async () => {
    const env = await cliEnv(engine, NOW)
    const run = await seed(env)
    await run(
      'reflect',
      'Amara Okafor',
      '--fit',
      '3',
      '--pro',
      'Real data',
      '--pay',
      '5000-6000 EUR/month',
    )
    await run(
      'reflect',
      'Li Wei',
      '--fit',
      '5',
      '--pro',
      'real DATA',
      '--con',
      'On call',
      '--training',
      'SQL',
    )
    await run('reflect', 'Dana Cohen', '--fit', '2', '--con', 'Hours')
    await run('careers', 'edit', 'Quant', '--status', 'dropped')

    const shown = (await run('careers', 'show', 'Data scientist', '--json')).json<{
      id: string
      board: Record<string, unknown>
    }>()
    expect(shown.board).toMatchObject({
      fit: { mean: 4, direction: 'rising', count: 2 },
      pros: [{ text: 'Real data', count: 2 }],
      pay: { ranges: [{ currency: 'EUR', yearlyLow: 60000, yearlyHigh: 72000 }] },
      coverage: { people: 2, organizations: 2, covered: false },
    })
    expect(await apiGet(env, `/api/careers/${shown.id}/board`)).toEqual(shown.board)

    const compared = (await run('careers', 'compare', '--json')).json<{
      careers: Array<{ career: { name: string; dropped: boolean }; fit: { mean: number } }>
    }>()
    expect(compared.careers.map((c) => [c.career.name, c.career.dropped, c.fit.mean])).toEqual([
      ['Data scientist', false, 4],
      ['Quant', true, 2],
    ])
    expect(await apiGet(env, '/api/careers/compare')).toEqual(compared)

    const table = (await run('careers', 'compare')).stdout
    expect(table).toMatch(
      /Data scientist\s+exploring\s+2\s+2\s+2\s+4\.0\s+rising\s+60,000–72,000 EUR/,
    )
    expect(table).toMatch(/Quant \(dropped\)/)
    const board = (await run('careers', 'show', 'Data scientist')).stdout
    expect(board).toMatch(/Fit\s+3 → 5 · mean 4\.0 · rising/)
    expect(board).toMatch(/ 2× Real data {2}\(Amara Okafor, Li Wei\)/)
    expect(board).toMatch(/SKILLS AND TRAINING {2}\[one data point\]\n\s+Li Wei: SQL/)
  })

  it('narrows a career into a focus area, moving people and questions', async () => {
    const env = await cliEnv(engine, NOW)
    const run = await seed(env)
    await run(
      'reflect',
      'Amara Okafor',
      '--question',
      'How do clinicians review a model?',
      '--question',
      'What does a junior earn?',
    )
    const narrowed = await run(
      'careers',
      'narrow',
      'Data scientist',
      '--into',
      'ML in healthcare',
      '--person',
      'Amara Okafor',
      '--question',
      'clinicians',
    )
    expect(narrowed.stdout).toMatch(
      /^Created focus area ML in healthcare under Data scientist; moved 1 person and 1 question/,
    )
    expect((await run('people', 'show', 'Amara Okafor', '--json')).json()).toMatchObject({
      careers: ['ML in healthcare'],
    })
    const unknown = await cli(
      ['careers', 'narrow', 'Data scientist', '--into', 'NLP', '--question', 'salsa'],
      env,
    )
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      'coffeechat: question.0: no question of Data scientist matches "salsa"\n',
    ])
    expect((await cli(['careers', 'narrow', 'Data scientist'], env)).code).toBe(2)
  })
})
