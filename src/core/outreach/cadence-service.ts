import { dayName } from '../agenda/phrases.ts'
import type { Ctx } from '../context.ts'
import { ConflictError } from '../errors.ts'
import { selectAbsences } from '../mail/reads.ts'
import {
  type BusinessTime,
  type CadenceStatus,
  cadenceStatus,
  type Responsiveness,
  responsivenessLabels,
} from '../rules/cadence.ts'
import { addCalendarDays } from '../rules/calendar-date.ts'
import { compareInstants, localDate } from '../rules/local-time.ts'
import type { Settings } from '../settings/schema.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { memo } from '../shared/memo.ts'
import { storedEnum } from '../shared/schema.ts'
import {
  type MessageRow,
  selectConversationStatus,
  selectPersonOrganizations,
  selectSentMessages,
} from './repo.ts'
import { attemptKinds, type MessageKind, messageKinds, type PersonOutreach } from './schema.ts'
import { type OutreachThreadOf, type SentMessage, threadsByPerson } from './threads.ts'

/** Where the cadence is counted: the explorer's settings, zone, calendar and clock. */
export interface CadenceClock {
  settings: Settings
  time: BusinessTime
  now: string
}

export async function cadenceClock(ctx: Ctx, settings?: Settings): Promise<CadenceClock> {
  const s = settings ?? (await getSettings(ctx))
  return {
    settings: s,
    time: { zone: effectiveTimeZone(s), calendar: s },
    now: ctx.now().toISOString(),
  }
}

/** One person's outreach: their latest thread, its 3B7 state and how responsive they are. */
export interface PersonCadence {
  personId: string
  thread: OutreachThreadOf
  status: CadenceStatus
  responsiveness: Responsiveness | null
}

export function toSentMessage(row: MessageRow): SentMessage | null {
  if (!row.sent_at) return null
  return {
    id: row.id,
    personId: row.person_id,
    conversationId: row.conversation_id,
    kind: storedEnum(messageKinds, row.kind, 'outreach'),
    sentAt: row.sent_at,
    repliedAt: row.replied_at,
  }
}

/**
 * The 3B7 state of everyone the explorer has written to, from the messages
 * alone (nothing is stored that could go stale). `organizationOf` maps a
 * person to their organization, so writing to a second person there counts
 * as the second contact made.
 */
/**
 * The last day away that auto-replies named (issue 15), by person. Whenever
 * it came, it holds while it ends after the last attempt went out.
 */
export type Absences = ReadonlyMap<string, string>

export function cadenceOfEveryone(
  sent: readonly MessageRow[],
  organizationOf: ReadonlyMap<string, string | null>,
  clock: CadenceClock,
  absences: Absences = new Map(),
): ReadonlyMap<string, PersonCadence> {
  const messages = sent.flatMap((row) => toSentMessage(row) ?? [])
  // Everything the answer is made of, whole: the messages as the cadence
  // reads them, the organization and the absence of each person written
  // to, the settings, zone and calendar, and the day (`cadenceStatus` reads
  // the clock only as the local date). Today asks again and again between
  // writes, and this was a third of its work; the answer is shared, and
  // never changed by those who read it.
  const people = [...new Set(messages.map((m) => m.personId))]
  const key = JSON.stringify([
    localDate(clock.now, clock.time.zone),
    clock.settings,
    clock.time,
    messages,
    people.map((id) => [organizationOf.get(id) ?? null, absences.get(id) ?? null]),
  ])
  return cadencesOnTheDay(key, () => cadencesOf(messages, organizationOf, clock, absences))
}

const cadencesOnTheDay = memo<ReadonlyMap<string, PersonCadence>>(16)

function cadencesOf(
  messages: readonly SentMessage[],
  organizationOf: ReadonlyMap<string, string | null>,
  clock: CadenceClock,
  absences: Absences,
): ReadonlyMap<string, PersonCadence> {
  const threads = threadsByPerson(messages)
  const outreachByOrganization = new Map<string, SentMessage[]>()
  for (const message of messages) {
    const organization = organizationOf.get(message.personId)
    if (!organization || message.kind !== 'outreach') continue
    outreachByOrganization.set(organization, [
      ...(outreachByOrganization.get(organization) ?? []),
      message,
    ])
  }
  const result = new Map<string, PersonCadence>()
  for (const [personId, personThreads] of threads) {
    const thread = personThreads.at(-1)
    const first = thread?.attempts[0]
    if (!thread || !first) continue
    const organization = organizationOf.get(personId)
    const secondContactMade = organization
      ? (outreachByOrganization.get(organization) ?? []).some(
          (m) => m.personId !== personId && compareInstants(m.sentAt, first.sentAt) >= 0,
        )
      : false
    const status = cadenceStatus(
      {
        attemptsSentAt: thread.attempts.map((a) => a.sentAt),
        repliedAt: thread.repliedAt,
        secondContactMade,
        absentUntil: absences.get(personId) ?? null,
      },
      clock.now,
      clock.settings,
      clock.time,
    )
    // Too early to tell this time: what the last thread showed still holds.
    let responsiveness = status.responsiveness
    for (const earlier of personThreads.slice(0, -1).reverse()) {
      if (responsiveness) break
      const earliest = earlier.attempts[0]
      if (!earliest) continue
      responsiveness = cadenceStatus(
        { attemptsSentAt: earlier.attempts.map((a) => a.sentAt), repliedAt: earlier.repliedAt },
        clock.now,
        clock.settings,
        clock.time,
      ).responsiveness
    }
    result.set(personId, { personId, thread, status, responsiveness })
  }
  return result
}

/**
 * Where reaching one person stands, for their page.
 *
 * @example (await personOutreach(ctx, amara.id)).responsiveness // 'booster'
 */
export async function personOutreach(ctx: Ctx, personId: string): Promise<PersonOutreach> {
  const [clock, sent, people, absences] = await Promise.all([
    cadenceClock(ctx),
    selectSentMessages(ctx),
    selectPersonOrganizations(ctx),
    selectAbsences(ctx, [personId]),
  ])
  const organizationOf = new Map(people.map((p) => [p.id, p.organization_id]))
  const cadence = cadenceOfEveryone(sent, organizationOf, clock, absences).get(personId)
  const conversationId = cadence?.thread.conversationId
  const conversationStatus = conversationId
    ? await selectConversationStatus(ctx, conversationId)
    : null
  return describeOutreach(
    personId,
    cadence,
    clock,
    organizationOf.get(personId) ?? null,
    conversationStatus,
  )
}

export function describeOutreach(
  personId: string,
  cadence: PersonCadence | undefined,
  clock: CadenceClock,
  organizationId: string | null,
  conversationStatus: string | null = null,
): PersonOutreach {
  const allowed = clock.settings.maxAttemptsPerPerson
  if (!cadence) {
    return {
      personId,
      responsiveness: null,
      responsivenessLabel: null,
      attempts: 0,
      attemptsAllowed: allowed,
      firstSentAt: null,
      repliedAt: null,
      chasing: false,
      secondContact: null,
      followUp: null,
      businessDaysWaited: null,
      advice: 'Nothing sent yet: write a short first email asking for their advice.',
    }
  }
  const { status, thread } = cadence
  const step = (s: CadenceStatus['followUp']) => (s ? { state: s.state, date: s.due.date } : null)
  return {
    personId,
    responsiveness: cadence.responsiveness,
    responsivenessLabel: cadence.responsiveness
      ? responsivenessLabels[cadence.responsiveness]
      : null,
    attempts: thread.attempts.length,
    attemptsAllowed: allowed,
    firstSentAt: thread.attempts[0]?.sentAt ?? null,
    repliedAt: thread.repliedAt,
    chasing: status.chasing,
    secondContact: organizationId ? step(status.secondContact) : null,
    followUp: step(status.followUp),
    businessDaysWaited: status.businessDaysWaited,
    advice: adviceFor(cadence, clock, organizationId !== null, conversationStatus),
  }
}

function adviceFor(
  cadence: PersonCadence,
  clock: CadenceClock,
  hasOrganization: boolean,
  conversationStatus: string | null,
): string {
  const { status, thread } = cadence
  if (thread.repliedAt) {
    // In words, as Today writes dates: "today", "yesterday", "on Tue 10 Mar".
    const zone = clock.time.zone
    const date = localDate(thread.repliedAt, zone)
    const today = localDate(clock.now, zone)
    const when =
      date === today
        ? 'today'
        : date === addCalendarDays(today, -1)
          ? 'yesterday'
          : `on ${dayName(date)}`
    const on = `They replied ${when}`
    return conversationStatus === 'requested'
      ? `${on}: agree on a time and schedule the conversation.`
      : `${on}.`
  }
  if (status.followUp?.state === 'due') return 'No reply yet: the one follow-up is due now.'
  if (status.awayUntil && status.followUp) {
    return `Away until ${dayName(status.awayUntil)} (their auto-reply said so): the follow-up waits until ${dayName(status.followUp.due.date)}.`
  }
  const elsewhere = hasOrganization && status.secondContact.state === 'due'
  if (status.responsiveness === 'curmudgeon') {
    return `No reply after the follow-up: stop chasing${elsewhere ? ', and write to someone else at the same organization instead' : ', and put your energy into people who answer'}.`
  }
  if (elsewhere) return 'No reply yet: write to a second person at the same organization.'
  if (status.followUp)
    return `Waiting for a reply; the follow-up is due on ${dayName(status.followUp.due.date)}.`
  return 'Waiting for a reply to the follow-up; no more chasing after this.'
}

/**
 * Refuses a message that would chase a silent person once more than
 * `maxAttemptsPerPerson` allows (the follow-up counts). Only editing the
 * setting lifts the limit.
 */
export async function assertMayAsk(
  ctx: Ctx,
  person: { id: string; name: string },
  kind: MessageKind,
  settings: Settings,
): Promise<void> {
  if (!attemptKinds.includes(kind)) return
  const sent = (await selectSentMessages(ctx, { personIds: [person.id] })).flatMap(
    (row) => toSentMessage(row) ?? [],
  )
  const thread = threadsByPerson(sent).get(person.id)?.at(-1)
  if (!thread || thread.repliedAt) return
  const max = settings.maxAttemptsPerPerson
  if (thread.attempts.length < max) return
  const zone = effectiveTimeZone(settings)
  const dates = thread.attempts.map((a) => localDate(a.sentAt, zone)).join(', ')
  throw new ConflictError(
    `you have written to ${person.name} ${thread.attempts.length === 1 ? 'once' : `${thread.attempts.length} times`} without a reply (${dates}), and the limit is ${max} (maxAttemptsPerPerson): no more chasing. To write again anyway, raise the setting first (coffeechat settings edit maxAttemptsPerPerson ${max + 1}).`,
  )
}
