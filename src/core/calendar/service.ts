import {
  calendarFileName,
  type IcsCalendarOptions,
  type IcsReminders,
  writeCalendar,
} from '../../formats/ics.ts'
import type { Ctx } from '../context.ts'
import { selectConversation } from '../conversations/reads.ts'
import { invalid, NotFoundError } from '../errors.ts'
import type { Settings } from '../settings/schema.ts'
import { effectiveTimeZone, getSettings } from '../settings/service.ts'
import { publishEntries } from './events.ts'
import { selectCalendarConversations } from './repo.ts'

/** The conversations a calendar shows as taking place: on, or already held. */
export const confirmedStatuses = ['scheduled', 'met', 'thanked'] as const
/** Ones that will not take place at their time; an export still carries them, as cancelled. */
export const cancelledStatuses = ['cancelled', 'postponed'] as const

/** The display alarm before each meeting (the day-before one follows `confirmationDaysBefore`). */
export const reminderMinutesBefore = 30
export const feedName = 'coffeechat'
export const feedRefreshMinutes = 60

/** One calendar file and what it holds. */
export interface CalendarFile {
  fileName: string
  text: string
  /** The conversations in it, by id, earliest first. */
  conversationIds: string[]
}

function remindersOf(settings: Settings): IcsReminders {
  return { minutesBefore: reminderMinutesBefore, daysBefore: settings.confirmationDaysBefore }
}

/** The start of the window: the feed keeps `feedPastDays` days of the past, and all of the future. */
function windowStart(ctx: Ctx, settings: Settings): string {
  return new Date(ctx.now().getTime() - settings.feedPastDays * 86_400_000).toISOString()
}

/**
 * The `.ics` of one conversation, whatever its status: a scheduled one as
 * confirmed, a proposed time as tentative, a cancelled or postponed one as
 * cancelled (importing it over the earlier file cancels the event). It needs
 * a start time.
 *
 * @example const { fileName, text } = await conversationCalendar(ctx, id) // 'coffee-chat-ada-lovelace.ics'
 */
export async function conversationCalendar(ctx: Ctx, id: string): Promise<CalendarFile> {
  const [row] = await selectCalendarConversations(ctx, { ids: [id] })
  if (!row) {
    if (!(await selectConversation(ctx, id))) throw new NotFoundError('conversation', id)
    throw invalid(
      'scheduledAt',
      'this conversation has no date and time yet; set when it starts, then add it to your calendar',
    )
  }
  const settings = await getSettings(ctx)
  const entries = await publishEntries(ctx, [row], remindersOf(settings))
  return {
    fileName: calendarFileName(row.person_name, row.scheduled_at ?? ''),
    text: writeCalendar(entries, { timeZone: effectiveTimeZone(settings) }),
    conversationIds: [row.id],
  }
}

/**
 * Every conversation in the feed window (the last `feedPastDays` days and
 * all of the future), as one calendar.
 *
 * - `feed`: for subscribers. Only conversations that are on or were held;
 *   a cancelled one leaves the feed, which is how subscribers delete it.
 * - `file`: for `export ics` and importing. A file cannot delete by leaving
 *   an event out, so cancelled and postponed ones are written as
 *   `STATUS:CANCELLED`, with a higher SEQUENCE than before.
 *
 * @example const { text } = await windowCalendar(ctx, 'file')
 */
export async function windowCalendar(ctx: Ctx, kind: 'feed' | 'file'): Promise<CalendarFile> {
  const settings = await getSettings(ctx)
  const rows = await selectCalendarConversations(ctx, {
    since: windowStart(ctx, settings),
    statuses: kind === 'feed' ? confirmedStatuses : [...confirmedStatuses, ...cancelledStatuses],
  })
  const entries = await publishEntries(ctx, rows, remindersOf(settings))
  const options: IcsCalendarOptions = { timeZone: effectiveTimeZone(settings) }
  if (kind === 'feed') options.feed = { name: feedName, refreshMinutes: feedRefreshMinutes }
  return {
    fileName: 'coffeechat.ics',
    text: writeCalendar(entries, options),
    conversationIds: rows.map((row) => row.id),
  }
}
