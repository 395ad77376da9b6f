import type { Settings } from '../settings/schema.ts'
import type { Responsiveness } from './cadence.ts'
import { addCalendarDays } from './calendar-date.ts'
import {
  atLocalTime,
  compareInstants,
  instantMs,
  localClockTime,
  localDate,
  toUtcIso,
} from './local-time.ts'

/**
 * Deadlines around a meeting, in the explorer's time zone. Each is a local
 * day (`date`, for the agenda) and the instant it is due by (`dueBy`). Every
 * number and clock time comes from the settings.
 */

/** A task tied to a local day: shown on `date`, to be done by `dueBy`. */
export interface Deadline {
  /** Local `YYYY-MM-DD`. */
  date: string
  /** UTC instant by which it is due. */
  dueBy: string
}

/** A conversation as the deadlines see it. */
export interface MeetingTime {
  /** UTC instant the conversation starts. */
  startsAt: string
  /** Its promised length in minutes. */
  minutes: number
}

export type DeadlineSettings = Pick<
  Settings,
  | 'thankYouDeadline'
  | 'reflectionDeadline'
  | 'confirmationDaysBefore'
  | 'progressUpdateAfterDays'
  | 'monthlyCheckIn'
  | 'checkInEveryDays'
>

/**
 * The thank-you is due by `thankYouDeadline` (21:00) local time on the day of
 * the meeting. When the meeting ends at or after that time (a late evening
 * chat), it is due at the same time the next day: never before the meeting
 * is over.
 *
 * @example thankYouDue({ startsAt: '2026-03-05T14:00:00Z', minutes: 30 }, '21:00', 'Europe/Berlin')
 * // { date: '2026-03-05', dueBy: '2026-03-05T20:00:00.000Z' }
 */
export function thankYouDue(meeting: MeetingTime, deadline: string, zone: string): Deadline {
  return sameNightDeadline(meeting, deadline, zone)
}

/**
 * The reflection is due the same day, by `reflectionDeadline` (23:59), with
 * the same rule as the thank-you for meetings that end after it.
 *
 * @example reflectionDue({ startsAt: '2026-03-05T14:00:00Z', minutes: 30 }, '23:59', 'Europe/Berlin')
 * // { date: '2026-03-05', dueBy: '2026-03-05T22:59:00.000Z' }
 */
export function reflectionDue(meeting: MeetingTime, deadline: string, zone: string): Deadline {
  return sameNightDeadline(meeting, deadline, zone)
}

/**
 * The day-before confirmation: shown `daysBefore` calendar days before the
 * meeting day and due by the end of that day (local midnight). With
 * `daysBefore` 0 it is due by the start of the meeting instead. Returns null
 * when the meeting was booked on or after that day (`scheduledAt`): a
 * confirmation of a plan made yesterday adds nothing.
 *
 * @example confirmationDue({ startsAt: '2026-03-05T14:00:00Z', minutes: 30 }, 1, 'Europe/Berlin')
 * // { date: '2026-03-04', dueBy: '2026-03-04T23:00:00.000Z' }
 */
export function confirmationDue(
  meeting: MeetingTime,
  daysBefore: number,
  zone: string,
  scheduledAt?: string,
): Deadline | null {
  const meetingDay = localDate(meeting.startsAt, zone)
  const date = addCalendarDays(meetingDay, -daysBefore)
  if (scheduledAt !== undefined && localDate(scheduledAt, zone) >= date) return null
  const endOfDay = atLocalTime(addCalendarDays(date, 1), '00:00', zone)
  const start = toUtcIso(meeting.startsAt)
  return { date, dueBy: compareInstants(endOfDay, start) < 0 ? endOfDay : start }
}

/**
 * The progress update to whoever helped, `afterDays` (14) calendar days
 * after the meeting day, due by the end of that day.
 *
 * @example progressUpdateDue({ startsAt: '2026-03-05T14:00:00Z', minutes: 30 }, 14, 'Europe/Berlin')
 * // { date: '2026-03-19', dueBy: '2026-03-19T23:00:00.000Z' }
 */
export function progressUpdateDue(meeting: MeetingTime, afterDays: number, zone: string): Deadline {
  return wholeDay(addCalendarDays(localDate(meeting.startsAt, zone), afterDays), zone)
}

/**
 * The next optional check-in: `everyDays` calendar days after the last
 * contact with the person (the meeting, or the last message either way).
 * Null when check-ins are switched off.
 *
 * @example nextCheckIn('2026-03-19T10:00:00Z', { monthlyCheckIn: true, checkInEveryDays: 30 }, 'Europe/Berlin')
 * // { date: '2026-04-18', dueBy: '2026-04-18T22:00:00.000Z' }
 */
export function nextCheckIn(
  lastContactAt: string,
  settings: Pick<Settings, 'monthlyCheckIn' | 'checkInEveryDays'>,
  zone: string,
): Deadline | null {
  if (!settings.monthlyCheckIn) return null
  return wholeDay(addCalendarDays(localDate(lastContactAt, zone), settings.checkInEveryDays), zone)
}

/** Every deadline that follows from one meeting. */
export interface MeetingDeadlines {
  confirmation: Deadline | null
  thankYou: Deadline
  reflection: Deadline
  progressUpdate: Deadline
  firstCheckIn: Deadline | null
}

/**
 * All the deadlines of one meeting at once, for the agenda.
 *
 * @example meetingDeadlines({ startsAt: '2026-03-05T14:00:00Z', minutes: 30 }, defaultSettings, 'Europe/Berlin').thankYou.dueBy
 * // '2026-03-05T20:00:00.000Z'
 */
export function meetingDeadlines(
  meeting: MeetingTime,
  settings: DeadlineSettings,
  zone: string,
  scheduledAt?: string,
): MeetingDeadlines {
  const end = meetingEnd(meeting)
  return {
    confirmation: confirmationDue(meeting, settings.confirmationDaysBefore, zone, scheduledAt),
    thankYou: thankYouDue(meeting, settings.thankYouDeadline, zone),
    reflection: reflectionDue(meeting, settings.reflectionDeadline, zone),
    progressUpdate: progressUpdateDue(meeting, settings.progressUpdateAfterDays, zone),
    firstCheckIn: nextCheckIn(end, settings, zone),
  }
}

/** Why asking this person for referrals now is advised against. */
export interface ReferralCaution {
  code: 'too-soon' | 'not-a-booster'
  message: string
}

export interface ReferralAskAdvice {
  /** True when nothing argues against it, or the explorer overrode it with a reason. */
  ok: boolean
  /** The first local day on which asking is advised. */
  advisedFrom: string
  cautions: ReferralCaution[]
  /** The explorer's reason for asking anyway, when they gave one. */
  overriddenBecause: string | null
}

/**
 * Advice on asking someone for the names of others to talk to: only from
 * `referralAskAfterDays` after the meeting, and only of boosters. It is
 * advice, not a lock: a non-empty `overrideReason` makes it `ok` and is
 * kept so the choice is on record.
 *
 * @example
 * referralAskAdvice({ meetingStartsAt: '2026-03-05T14:00:00Z', responsiveness: 'booster',
 *   now: '2026-03-13T09:00:00Z', referralAskAfterDays: 7, zone: 'Europe/Berlin' }).ok // true
 */
export function referralAskAdvice(input: {
  meetingStartsAt: string
  responsiveness: Responsiveness | null
  now: string
  referralAskAfterDays: number
  zone: string
  overrideReason?: string
}): ReferralAskAdvice {
  const meetingDay = localDate(input.meetingStartsAt, input.zone)
  const advisedFrom = addCalendarDays(meetingDay, input.referralAskAfterDays)
  const cautions: ReferralCaution[] = []
  if (localDate(input.now, input.zone) < advisedFrom) {
    cautions.push({
      code: 'too-soon',
      message: `Give it until ${advisedFrom}: asking for more right after the meeting can feel like the point of it all.`,
    })
  }
  if (input.responsiveness !== 'booster') {
    cautions.push({
      code: 'not-a-booster',
      message:
        'Ask boosters, who answered quickly: others are less likely to put you in touch with anyone.',
    })
  }
  const reason = input.overrideReason?.trim() ?? ''
  const overriddenBecause = cautions.length > 0 && reason !== '' ? reason : null
  return {
    ok: cautions.length === 0 || overriddenBecause !== null,
    advisedFrom,
    cautions,
    overriddenBecause,
  }
}

function sameNightDeadline(meeting: MeetingTime, deadline: string, zone: string): Deadline {
  const end = meetingEnd(meeting)
  const meetingDay = localDate(meeting.startsAt, zone)
  const onTheDay = atLocalTime(meetingDay, deadline, zone)
  if (compareInstants(end, onTheDay) < 0) return { date: meetingDay, dueBy: onTheDay }
  // A meeting that runs past the deadline gets until the same time on the day after it ends.
  const nextDay = addCalendarDays(
    localDate(end, zone),
    localClockTime(end, zone) < deadline ? 0 : 1,
  )
  return { date: nextDay, dueBy: atLocalTime(nextDay, deadline, zone) }
}

function wholeDay(date: string, zone: string): Deadline {
  return { date, dueBy: atLocalTime(addCalendarDays(date, 1), '00:00', zone) }
}

function meetingEnd(meeting: MeetingTime): string {
  return new Date(instantMs(meeting.startsAt, 'startsAt') + meeting.minutes * 60_000).toISOString()
}
