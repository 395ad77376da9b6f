import { invalid } from '../errors.ts'
import type { Settings } from '../settings/schema.ts'
import type { BusinessCalendar } from './business-days.ts'
import { addBusinessDays, businessDaysBetween } from './business-days.ts'
import { addCalendarDays } from './calendar-date.ts'
import { atLocalTime, compareInstants, localDate } from './local-time.ts'

/**
 * The 3B7 follow-up cadence, in business days of the explorer's calendar and
 * time zone: after `secondContactAfterBusinessDays` (3) without a reply,
 * suggest writing to a second person at the same organization; after
 * `followUpAfterBusinessDays` (7), one follow-up to the first person; then no
 * more chasing (`maxAttemptsPerPerson`, 2, counts the follow-up). Every number
 * comes from the settings.
 *
 * Cadence works in whole local days: the day a message is sent is day 0
 * whatever its hour, and a step becomes due at local midnight starting its
 * due date, so it shows on the explorer's agenda for that whole day.
 */

/** The settings the cadence reads; the settings object itself fits. */
export type CadenceSettings = Pick<
  Settings,
  | 'secondContactAfterBusinessDays'
  | 'followUpAfterBusinessDays'
  | 'maxAttemptsPerPerson'
  | 'boosterWithinBusinessDays'
>

/** Where business days are counted: the explorer's zone and calendar. */
export interface BusinessTime {
  /** IANA time zone, such as Europe/Berlin. */
  zone: string
  calendar: BusinessCalendar
}

/** A suggestion's day, and the instant (local midnight) it becomes due. */
export interface DueDay {
  /** Local `YYYY-MM-DD`. */
  date: string
  /** UTC instant of local midnight starting `date`. */
  at: string
}

/** The attempts to reach one person, and their reply if any. */
export interface OutreachThread {
  /** Instants of the messages sent to this person asking for a conversation, oldest first. */
  attemptsSentAt: readonly string[]
  /** When they replied, if they did (any reply, yes or no). */
  repliedAt: string | null
  /** True once the explorer wrote to a second person at the same organization. */
  secondContactMade?: boolean
  /**
   * The last local day (`YYYY-MM-DD`) an auto-reply to this thread says they
   * are away: the follow-up is then counted from the day they are back.
   */
  absentUntil?: string | null
}

/** How quickly a person answers, in the 2-Hour Job Search's words. */
export type Responsiveness = 'booster' | 'obligate' | 'curmudgeon'

export const responsivenessLabels = {
  booster: 'Booster: replied within a few business days',
  obligate: 'Obligate: replied, but later',
  curmudgeon: 'Curmudgeon: no reply after the follow-up',
} as const satisfies Record<Responsiveness, string>

/** The state of one step of the cadence at a given instant. */
export type StepState =
  /** Not due yet: shows on `due.date`. */
  | 'upcoming'
  /** Due now: show it on the agenda. */
  | 'due'
  /** Done (the follow-up was sent, or the second person written to). */
  | 'done'
  /** No longer needed: they replied, or the chase is over. */
  | 'not-needed'

export interface CadenceStep {
  state: StepState
  due: DueDay
}

export interface CadenceStatus {
  /** Null while it is too early to tell. */
  responsiveness: Responsiveness | null
  /** Write to a second person at the same organization. */
  secondContact: CadenceStep
  /** The next follow-up to this person; null once no more attempts are allowed. */
  followUp: CadenceStep | null
  /** False once they replied or the last allowed attempt is out: stop chasing. */
  chasing: boolean
  /** Business days since the first attempt, counted to the reply or to now. */
  businessDaysWaited: number
  /** The last day they are away (an auto-reply said so) while it shifts the follow-up; else null. */
  awayUntil: string | null
}

/**
 * The days on which the two 3B7 steps become due for an outreach sent at
 * `sentAt`.
 *
 * @example
 * cadenceDates('2026-03-02T09:00:00Z', defaultSettings, { zone: 'Europe/Berlin', calendar: defaultSettings })
 * // { sentOn: '2026-03-02', secondContact: { date: '2026-03-05', … }, followUp: { date: '2026-03-11', … } }
 */
export function cadenceDates(
  sentAt: string,
  settings: CadenceSettings,
  time: BusinessTime,
): { sentOn: string; secondContact: DueDay; followUp: DueDay } {
  const sentOn = localDate(sentAt, time.zone)
  return {
    sentOn,
    secondContact: dueDay(sentOn, settings.secondContactAfterBusinessDays, time),
    followUp: dueDay(sentOn, settings.followUpAfterBusinessDays, time),
  }
}

/**
 * Classifies a reply by its timing: within `boosterWithinBusinessDays`
 * business days of the first attempt makes a booster, any later reply an
 * obligate (also after the follow-up). A reply on the day it was sent is 0.
 *
 * @example classifyReply('2026-03-02T09:00:00Z', '2026-03-05T16:00:00Z', 3, time) // 'booster'
 */
export function classifyReply(
  firstSentAt: string,
  repliedAt: string,
  boosterWithinBusinessDays: number,
  time: BusinessTime,
): 'booster' | 'obligate' {
  const waited = businessDaysBetween(
    localDate(firstSentAt, time.zone),
    localDate(repliedAt, time.zone),
    time.calendar,
  )
  return waited <= boosterWithinBusinessDays ? 'booster' : 'obligate'
}

/**
 * Where one person's outreach stands at `now`: which 3B7 steps are upcoming
 * or due, whether to keep chasing, and how responsive they are.
 *
 * - The second-contact suggestion is due from `secondContactAfterBusinessDays`
 *   after the first attempt until they reply or `secondContactMade` is set.
 *   (Whether the organization already has a second person in play is for the
 *   caller to know.)
 * - Each follow-up is due `followUpAfterBusinessDays` after the previous
 *   attempt, until `maxAttemptsPerPerson` messages are out; with the default
 *   of 2 that is exactly one follow-up, 7 business days after the outreach.
 * - A person with no reply becomes a curmudgeon once the last allowed attempt
 *   has had as long to be answered as the first one did
 *   (`followUpAfterBusinessDays`), so the follow-up itself gets a fair chance.
 *   A later reply still turns them into an obligate.
 *
 * @example
 * cadenceStatus({ attemptsSentAt: ['2026-03-02T09:00:00Z'], repliedAt: null },
 *   '2026-03-05T08:00:00Z', defaultSettings, time)
 * // { secondContact: { state: 'due', … }, followUp: { state: 'upcoming', … }, chasing: true, … }
 */
export function cadenceStatus(
  thread: OutreachThread,
  now: string,
  settings: CadenceSettings,
  time: BusinessTime,
): CadenceStatus {
  const [firstSentAt] = thread.attemptsSentAt
  const lastSentAt = thread.attemptsSentAt.at(-1)
  if (firstSentAt === undefined || lastSentAt === undefined) {
    throw invalid('attemptsSentAt', 'the cadence starts with a sent message; none was given')
  }
  const sentOn = localDate(firstSentAt, time.zone)
  const today = localDate(now, time.zone)
  const replied = thread.repliedAt !== null
  const waitedUntil = thread.repliedAt === null ? today : localDate(thread.repliedAt, time.zone)
  const isDue = (due: DueDay) => due.date <= today

  const secondDue = dueDay(sentOn, settings.secondContactAfterBusinessDays, time)
  const secondContact: CadenceStep = {
    due: secondDue,
    state: thread.secondContactMade
      ? 'done'
      : replied
        ? 'not-needed'
        : isDue(secondDue)
          ? 'due'
          : 'upcoming',
  }

  const attempts = thread.attemptsSentAt.length
  const mayFollowUp = attempts < settings.maxAttemptsPerPerson
  const lastSentOn = localDate(lastSentAt, time.zone)
  // Away (an auto-reply named the day): day 0 is the day they are back, not the day it was sent.
  const away = thread.absentUntil && thread.absentUntil >= lastSentOn ? thread.absentUntil : null
  const countedFrom = away ? addCalendarDays(away, 1) : lastSentOn
  const followUpDue = dueDay(countedFrom, settings.followUpAfterBusinessDays, time)
  const followUp: CadenceStep | null = mayFollowUp
    ? { due: followUpDue, state: replied ? 'not-needed' : isDue(followUpDue) ? 'due' : 'upcoming' }
    : null

  let responsiveness: Responsiveness | null = null
  if (thread.repliedAt !== null) {
    responsiveness = classifyReply(
      firstSentAt,
      thread.repliedAt,
      settings.boosterWithinBusinessDays,
      time,
    )
  } else if (!mayFollowUp && isDue(followUpDue)) {
    responsiveness = 'curmudgeon'
  }

  return {
    responsiveness,
    secondContact,
    followUp,
    chasing: !replied && mayFollowUp,
    businessDaysWaited: businessDaysBetween(sentOn, waitedUntil, time.calendar),
    awayUntil: !replied && away && away >= today ? away : null,
  }
}

/**
 * Sorts instants oldest first, the order `attemptsSentAt` expects.
 *
 * @example attemptsInOrder(['2026-03-11T08:00:00Z', '2026-03-02T09:00:00Z'])[0] // '2026-03-02T09:00:00Z'
 */
export function attemptsInOrder(sentAt: readonly string[]): string[] {
  return [...sentAt].sort(compareInstants)
}

function dueDay(from: string, businessDays: number, time: BusinessTime): DueDay {
  const date = addBusinessDays(from, businessDays, time.calendar)
  return { date, at: atLocalTime(date, '00:00', time.zone) }
}
