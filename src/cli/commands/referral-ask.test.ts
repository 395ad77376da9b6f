import { describe, expect, it } from 'vitest'
import { addChat, explorerCli, newOutreach } from '../../../test/cli-harness.ts'
import type { Message } from '../../core/outreach/schema.ts'
import type { ReferralAsk } from '../../core/referral-asks/schema.ts'

describe('coffeechat people show: the referral ask', () => {
  it('prints a Referral ask line and puts it in --json, from the meeting and the replies', async () => {
    const run = explorerCli()
    const start = '2026-03-02T09:00:00Z'
    expect((await run(start, ['settings', 'edit', 'timeZone', 'Europe/Berlin'])).code).toBe(0)
    await run(start, ['people', 'add', 'Amara Okafor', '--email', 'amara@northwind.example'])
    await run(start, ['people', 'add', 'Jonas Becker'])
    const before = await run(start, ['people', 'show', 'Amara Okafor'])
    expect(before.stdout).toMatch(/\nReferral ask\s+You have not met Amara Okafor yet: /)

    // Written on Monday 2 March, answered on Tuesday: a booster. Met on Thursday 5 March.
    const draft = (
      await run(
        start,
        newOutreach(
          'Amara Okafor',
          'Your path into data science',
          'Hi Amara,\n\nWould you share your advice in a 20-minute call?\n\nSam',
        ),
      )
    ).json<Message>()
    const sent = await run(start, ['send', draft.id, '--sent', '--via', 'copy', '--json'])
    const chatId = sent.json<Message>().conversationId ?? ''
    const tuesday = '2026-03-03T10:00:00Z'
    expect((await run(tuesday, ['reply', 'Amara Okafor', '--at', tuesday])).code).toBe(0)
    await run(tuesday, [
      'chats',
      'edit',
      chatId,
      '--status',
      'scheduled',
      '--at',
      '2026-03-05 15:00',
    ])
    expect(
      (await run('2026-03-05T15:00:00Z', ['chats', 'edit', chatId, '--status', 'met'])).code,
    ).toBe(0)

    const soon = await run('2026-03-10T09:00:00Z', ['people', 'show', 'Amara Okafor'])
    expect(soon.code).toBe(0)
    expect(soon.stdout).toMatch(
      /\nReferral ask\s+Not advised yet: too soon, wait until 2026-03-12\.\n/,
    )
    const week = await run('2026-03-12T09:00:00Z', ['people', 'show', 'Amara Okafor', '--json'])
    const shown = week.json<{ name: string; referralAsk: ReferralAsk }>()
    expect(shown.name).toBe('Amara Okafor')
    expect(shown.referralAsk).toMatchObject({
      conversationId: chatId,
      responsiveness: 'booster',
      advice: { ok: true, advisedFrom: '2026-03-12', cautions: [] },
    })
    expect((await run('2026-03-12T09:00:00Z', ['people', 'show', 'Amara Okafor'])).stdout).toMatch(
      /\nReferral ask\s+A good time to ask Amara who else to talk to: you met on 2026-03-05/,
    )

    // Met without ever writing: no reply on record, so not a booster.
    await run(start, addChat('Jonas Becker', 'met', '--at', '2026-03-02 09:00'))
    const jonas = await run('2026-03-20T09:00:00Z', ['people', 'show', 'Jonas Becker', '--json'])
    expect(jonas.json<{ referralAsk: ReferralAsk }>().referralAsk.advice?.cautions).toEqual([
      { code: 'not-a-booster', message: expect.stringMatching(/^Ask boosters/) },
    ])
  })
})
