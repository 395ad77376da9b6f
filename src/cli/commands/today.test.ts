import { describe, expect, it } from 'vitest'
import { explorerCli, newOutreach } from '../../../test/cli-harness.ts'
import { smtpServerForTests } from '../../../test/smtp-for-tests.ts'
import type { Today } from '../../core/agenda/schema.ts'
import type { Message } from '../../core/outreach/schema.ts'

const smtp = smtpServerForTests()

/** One explorer's data directory, and the CLI run in it at a moment of our choosing. */
const explorer = () => explorerCli({ COFFEECHAT_SECRET: 'a long random test secret' })

describe('the CLI from the first email to the thank-you, with COFFEECHAT_NOW', () => {
  it('drafts, sends through SMTP, follows 3B7 on the right business days, records the reply, confirms and thanks', async () => {
    const cli = explorer()
    // Thursday 5 March 2026, 10:00 in Berlin; Monday 9 March is a holiday.
    const start = '2026-03-05T09:00:00Z'
    for (const [key, value] of [
      ['timeZone', 'Europe/Berlin'],
      ['explorerName', 'Sam Lee'],
      ['holidays', '2026-03-09'],
    ] as const) {
      expect((await cli(start, ['settings', 'edit', key, value])).code).toBe(0)
    }
    await cli(start, ['careers', 'add', 'Data scientist'])
    for (const [name, email] of [
      ['Amara Okafor', 'amara@northwind.example'],
      ['Jonas Becker', 'jonas@northwind.example'],
    ] as const) {
      const added = await cli(start, [
        'people',
        'add',
        name,
        '--org',
        'Northwind Health',
        '--career',
        'Data scientist',
        '--email',
        email,
        '--connection',
        'alumni',
        '--connection-note',
        'the Bonn maths alumni network',
      ])
      expect(added.code).toBe(0)
    }
    const smtpSet = await cli(
      start,
      [
        'smtp',
        'set',
        '--host',
        smtp.host,
        '--port',
        String(smtp.port),
        '--security',
        'none',
        '--user',
        smtp.user,
        '--password-stdin',
        '--from-name',
        'Sam Lee',
        '--from-address',
        'sam@example.org',
      ],
      `${smtp.password}\n`,
    )
    expect(smtpSet.code).toBe(0)
    const shown = await cli(start, ['smtp', 'show', '--json'])
    expect(shown.json()).toMatchObject({ passwordSet: true })
    expect(shown.stdout).not.toContain(smtp.password)
    expect((await cli(start, ['smtp', 'test'])).code).toBe(0)

    // The outreach: drafted from the template, and the lint passes it.
    const drafted = await cli(start, [
      'drafts',
      'new',
      '--kind',
      'outreach',
      '--person',
      'Amara Okafor',
      '--json',
    ])
    const draft = drafted.json<Message>()
    expect(draft.lint.body.problems).toEqual([])
    expect(draft.unfilled).toEqual([])
    const linted = await cli(start, ['lint', '-', '--kind', 'outreach', '--json'], draft.body)
    expect(linted.json()).toEqual({ words: draft.lint.body.words, problems: [] })

    // SMTP only after the explorer's yes.
    const unconfirmed = await cli(start, ['send', draft.id])
    expect(unconfirmed.code).toBe(2)
    expect(unconfirmed.stderr).toMatch(
      /needs your confirmation: run it in a terminal, or add --yes/,
    )
    const before = smtp.received.length
    const sent = await cli(start, ['send', draft.id, '--yes'])
    expect(sent.stdout).toBe(
      'Sent the outreach to Amara Okafor <amara@northwind.example> through SMTP.\n',
    )
    expect(smtp.received[before]?.subject).toBe(draft.subject)

    const agendaAt = async (now: string) => (await cli(now, ['today', '--json'])).json<Today>()
    const forAmara = async (now: string) =>
      (await agendaAt(now)).items.filter(
        (i) => i.title.includes('Northwind') || i.title.includes('Amara'),
      )
    // Tuesday 10 March (Monday was a holiday): only two business days so far.
    expect((await forAmara('2026-03-10T15:00:00Z')).map((i) => i.kind)).toEqual(['reply-awaited'])
    // Wednesday 11 March: three business days, so write to a second person there.
    const second = (await forAmara('2026-03-11T07:00:00Z'))[0]
    expect(second).toMatchObject({
      kind: 'second-contact',
      action: { label: 'Write to Jonas Becker' },
    })
    const text = await cli('2026-03-11T07:00:00Z', ['today'])
    expect(text.stdout).toMatch(
      /Second contacts due \(3B7\) \(1\)\n {2}• Write to a second person at Northwind Health — due today/,
    )
    expect(text.stdout).toContain(`→ coffeechat drafts new --kind outreach --person `)
    // Monday 16 March: still six; Tuesday 17 March: seven, the one follow-up.
    expect((await forAmara('2026-03-16T12:00:00Z')).map((i) => i.kind)).toEqual(['second-contact'])
    const follow = (await forAmara('2026-03-17T07:00:00Z'))[0]
    expect(follow).toMatchObject({ kind: 'follow-up', dueDate: '2026-03-17' })

    // The reply, a week later than a booster's: an obligate.
    const replied = await cli('2026-03-17T12:00:00Z', [
      'reply',
      'Amara Okafor',
      '--at',
      '2026-03-17T10:00:00Z',
    ])
    expect(replied.stdout).toMatch(
      /^Recorded Amara Okafor's reply to your outreach — obligate: replied, but later\.\nNext: Agree on a time/,
    )
    expect((await forAmara('2026-03-17T12:00:00Z')).map((i) => i.kind)).toEqual([])

    // They agree on Tuesday 24 March at 15:00: schedule it.
    const chatId = (
      await cli('2026-03-17T12:00:00Z', ['drafts', 'show', draft.id, '--json'])
    ).json<Message>().conversationId
    const scheduled = await cli('2026-03-17T12:00:00Z', [
      'chats',
      'edit',
      chatId ?? '',
      '--status',
      'scheduled',
      '--at',
      '2026-03-24 15:00',
      '--format',
      'video',
    ])
    expect(scheduled.code).toBe(0)

    // Monday 23 March: the confirmation is due; drafted, copied, and recorded as sent.
    const eve = (await forAmara('2026-03-23T08:00:00Z')).map((i) => i.kind)
    expect(eve).toEqual(['meeting', 'confirmation'])
    const confirmation = (
      await cli('2026-03-23T08:00:00Z', [
        'drafts',
        'new',
        '--kind',
        'confirmation',
        '--person',
        'Amara Okafor',
        '--conversation',
        chatId ?? '',
        '--json',
      ])
    ).json<Message>()
    expect(confirmation.subject).toBe('Confirming Tuesday, 24 March at 15:00 CET')
    expect(confirmation.lint.body.problems).toEqual([])
    const copied = await cli('2026-03-23T08:00:00Z', ['send', confirmation.id, '--via', 'copy'])
    expect(copied.stdout).toBe(`Subject: ${confirmation.subject}\n\n${confirmation.body}\n`)
    await cli('2026-03-23T08:30:00Z', ['send', confirmation.id, '--sent', '--via', 'copy'])
    expect((await forAmara('2026-03-23T09:00:00Z')).map((i) => i.kind)).toEqual(['meeting'])

    // After the meeting: mark it met, and the thank-you is due that night.
    expect((await forAmara('2026-03-24T15:00:00Z')).map((i) => i.kind)).toEqual([
      'meeting-unconfirmed',
    ])
    await cli('2026-03-24T15:00:00Z', ['chats', 'edit', chatId ?? '', '--status', 'met'])
    const evening = await agendaAt('2026-03-24T16:00:00Z')
    expect(evening.items[0]).toMatchObject({
      kind: 'thank-you',
      title: 'Thank Amara Okafor',
      dueBy: '2026-03-24T20:00:00.000Z',
      dueText: 'tonight by 21:00',
      action: {
        command: `coffeechat drafts new --kind thank-you --person ${draft.personId} --conversation ${chatId}`,
      },
    })
  })

  it('writes an .eml draft and prints a mailto: link, and refuses one that is too long', async () => {
    const cli = explorer()
    const now = '2026-03-02T09:00:00Z'
    await cli(now, ['people', 'add', 'Ana Souza', '--email', 'ana@example.org'])
    const draft = (
      await cli(
        now,
        newOutreach(
          'Ana Souza',
          'Your path into pricing',
          'Hi Ana,\n\nWould you share your advice in a 20-minute call?\n\nSam',
        ),
      )
    ).json<Message>()
    const eml = await cli(now, ['send', draft.id, '--via', 'eml', '--out', '-'])
    expect(eml.stdout).toMatch(/^X-Unsent: 1\r\n/)
    expect(eml.stderr).toMatch(/then run coffeechat send .* --sent --via eml/)
    const mailto = await cli(now, ['send', draft.id, '--via', 'mailto'])
    expect(mailto.stdout).toMatch(/^mailto:ana@example\.org\?subject=.*&body=Hi%20Ana%2C%0D%0A/)
    await cli(now, ['drafts', 'edit', draft.id, '--body', 'word '.repeat(500)])
    const long = await cli(now, ['send', draft.id, '--via', 'mailto'])
    expect(long.code).toBe(1)
    expect(long.stderr).toMatch(/more than mailtoMaxLength \(2000\).*use --via eml, copy or smtp/)
    const nothing = await cli(now, ['send', draft.id, '--sent'])
    expect(nothing.code).toBe(2)
  })
})
