import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type BusinessTime, cadenceStatus } from '../rules/cadence.ts'
import { localDate } from '../rules/local-time.ts'
import { defaultSettings } from '../settings/schema.ts'
import { type CadenceClock, cadenceOfEveryone } from './cadence-service.ts'
import type { MessageRow } from './repo.ts'

const zone = 'Europe/Berlin'
const time: BusinessTime = { zone, calendar: defaultSettings }
const clockAt = (now: string, settings = defaultSettings): CadenceClock => ({
  settings,
  time: { zone, calendar: settings },
  now,
})

const march = Date.parse('2026-03-02T00:00:00Z')
const instant = fc
  .integer({ min: 0, max: 40 * 24 * 60 })
  .map((minutes) => new Date(march + minutes * 60_000).toISOString())

function message(
  id: string,
  personId: string,
  sentAt: string,
  repliedAt: string | null,
  kind = 'outreach',
): MessageRow {
  return {
    id,
    owner_id: 'local',
    person_id: personId,
    conversation_id: null,
    kind,
    recipient: null,
    subject: 'Hello',
    body: 'Would you have 20 minutes?',
    status: repliedAt ? 'replied' : 'sent',
    channel: 'email',
    template_key: null,
    sent_at: sentAt,
    replied_at: repliedAt,
    smtp_message_id: null,
    created_at: sentAt,
    updated_at: sentAt,
    override_reason: null,
    sent_effect: null,
    field_times: '{}',
  }
}

describe('the 3B7 state of everyone, remembered by the day', () => {
  // What lets cadenceOfEveryone remember its answer for a whole day: the
  // clock reaches the cadence only as the explorer's local date.
  it('reads the clock only as the local date', () => {
    fc.assert(
      fc.property(
        fc.array(instant, { minLength: 1, maxLength: 3 }),
        fc.option(instant, { nil: null }),
        instant,
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        fc.boolean(),
        (attempts, repliedAt, now, minuteOfDay, secondContactMade) => {
          const sorted = [...attempts].sort()
          const day = localDate(now, zone)
          // Another instant of the same local day (Berlin is UTC+1 in March, +2 from the 29th).
          const other = new Date(
            Date.parse(`${day}T00:00:00Z`) + minuteOfDay * 60_000 - 60 * 60_000,
          ).toISOString()
          fc.pre(localDate(other, zone) === day)
          const thread = { attemptsSentAt: sorted, repliedAt, secondContactMade }
          expect(cadenceStatus(thread, other, defaultSettings, time)).toEqual(
            cadenceStatus(thread, now, defaultSettings, time),
          )
        },
      ),
      { numRuns: 300 },
    )
  })

  it('answers anew when a reply, an absence, an organization, the settings or the day change', () => {
    const sent = [
      message('m1', 'ada', '2026-03-02T09:00:00Z', null),
      message('m2', 'grace', '2026-03-03T09:00:00Z', null),
    ]
    const orgs = new Map([
      ['ada', 'acme'],
      ['grace', 'globex'],
    ])
    const now = '2026-03-05T10:00:00Z'
    const first = cadenceOfEveryone(sent, orgs, clockAt(now))
    expect(first.get('ada')?.status.secondContact.state).toBe('due')
    // The same inputs: the same answer, remembered.
    expect(
      cadenceOfEveryone(
        sent.map((m) => ({ ...m })),
        new Map(orgs),
        clockAt(now),
      ),
    ).toBe(first)

    const replied = [
      message('m1', 'ada', '2026-03-02T09:00:00Z', '2026-03-04T09:00:00Z'),
      message('m2', 'grace', '2026-03-03T09:00:00Z', null),
    ]
    expect(
      cadenceOfEveryone(replied, orgs, clockAt(now)).get('ada')?.status.secondContact.state,
    ).toBe('not-needed')

    const sameOrganization = new Map([
      ['ada', 'acme'],
      ['grace', 'acme'],
    ])
    expect(
      cadenceOfEveryone(sent, sameOrganization, clockAt(now)).get('ada')?.status.secondContact
        .state,
    ).toBe('done')

    const away = new Map([['ada', '2026-03-20']])
    expect(cadenceOfEveryone(sent, orgs, clockAt(now), away).get('ada')?.status.awayUntil).toBe(
      '2026-03-20',
    )

    const patient = { ...defaultSettings, secondContactAfterBusinessDays: 10 }
    expect(
      cadenceOfEveryone(sent, orgs, clockAt(now, patient)).get('ada')?.status.secondContact.state,
    ).toBe('upcoming')

    const earlier = '2026-03-03T10:00:00Z'
    expect(
      cadenceOfEveryone(sent, orgs, clockAt(earlier)).get('ada')?.status.secondContact.state,
    ).toBe('upcoming')
  })
})
