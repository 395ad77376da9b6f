/**
 * Dates and times as a person reads them, one way for every face: the web
 * app, the CLI, the agenda, drafts and digests all call these, so "tonight
 * by 21:00" on Today is "tonight by 21:00" on the reflection page and in
 * `coffeechat today`. Pure (Intl only, no clock of its own): the caller says
 * what time it is, in which zone, in which locale and with which clock.
 *
 * The app speaks English, so dates are written in the English of the
 * explorer's region: en-US gives "Thu, Mar 5, 3:00 PM", en-GB and most of
 * the world "Thu 5 Mar, 15:00", a German locale the English of Germany.
 */

import { memo } from './memo.ts'

/** How the explorer reads the time: 12-hour (3:00 PM), 24-hour (15:00), or null: as their locale does. */
export type ClockSetting = '12h' | '24h' | null

/** Where and how the explorer reads dates. */
export interface DateStyle {
  /** A BCP 47 tag (`en-US`, `de-DE`); absent means British English. */
  locale?: string | undefined
  /** The explorer's IANA time zone. */
  timeZone: string
  clock: ClockSetting
}

const fallbackLocale = 'en-GB'

/**
 * The English locale dates are written in for the explorer's locale: itself
 * when it is English, else English as written in its region, else en-GB.
 *
 * @example englishLocale('de-DE') // 'en-DE'
 * @example englishLocale('en_US.UTF-8') // 'en-US'
 */
export function englishLocale(locale: string | undefined): string {
  const known = englishLocales.get(locale)
  if (known !== undefined) return known
  const english = findEnglishLocale(locale)
  if (englishLocales.size > 100) englishLocales.clear()
  englishLocales.set(locale, english)
  return english
}

// Today asks for the same locale hundreds of times a load; parsing it (Intl.Locale,
// supportedLocalesOf) each time was a tenth of its cost.
const englishLocales = new Map<string | undefined, string>()

function findEnglishLocale(locale: string | undefined): string {
  const tag = (locale ?? '').split(/[.@]/)[0]?.replace('_', '-') ?? ''
  if (!tag || tag === 'C' || tag === 'POSIX' || tag === 'und') return fallbackLocale
  let parsed: Intl.Locale
  try {
    parsed = new Intl.Locale(tag)
  } catch {
    return fallbackLocale
  }
  if (parsed.language === 'en') return parsed.region ? `en-${parsed.region}` : 'en-US'
  if (!parsed.region) return fallbackLocale
  const english = `en-${parsed.region}`
  return Intl.DateTimeFormat.supportedLocalesOf([english])[0] ?? fallbackLocale
}

/**
 * The explorer's locale as a terminal or a server process says it
 * (`LC_ALL`, then `LC_TIME`, then `LANG`), or undefined.
 *
 * @example localeFromEnv({ LANG: 'en_US.UTF-8' }) // 'en_US.UTF-8'
 */
export function localeFromEnv(env: Record<string, string | undefined>): string | undefined {
  return env.LC_ALL || env.LC_TIME || env.LANG || undefined
}

/** Intl formatters are costly to make; each style keeps the few it needs. */
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // The options this module uses, in a fixed order (cheaper than JSON.stringify on every call).
  const o = options
  const key = `${locale}|${o.timeZone}|${o.weekday}|${o.day}|${o.month}|${o.year}|${o.hour}|${o.minute}|${o.hourCycle}`
  let made = formatters.get(key)
  if (!made) {
    made = new Intl.DateTimeFormat(locale, options)
    if (formatters.size > 500) formatters.clear()
    formatters.set(key, made)
  }
  return made
}

/** Whether the explorer reads 12-hour times. */
export function uses12Hours(style: DateStyle): boolean {
  if (style.clock) return style.clock === '12h'
  const locale = englishLocale(style.locale)
  let twelve = twelveHourLocales.get(locale)
  if (twelve === undefined) {
    const cycle = formatter(locale, { hour: 'numeric' }).resolvedOptions().hourCycle
    twelve = cycle === 'h11' || cycle === 'h12'
    twelveHourLocales.set(locale, twelve)
  }
  return twelve
}

const twelveHourLocales = new Map<string, boolean>()

function timeOptions(style: DateStyle): Intl.DateTimeFormatOptions {
  return uses12Hours(style)
    ? { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' }
    : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
}

/**
 * The time of day of an instant in the explorer's zone: "15:00" or "3:00 PM".
 *
 * @example timeText('2026-03-05T14:00:00Z', { timeZone: 'Europe/Berlin', clock: '24h' }) // '15:00'
 */
export function timeText(instant: string | Date, style: DateStyle): string {
  if (typeof instant !== 'string') return formatTimeText(instant, style)
  // Today writes the same stored instants on every load (~50 Intl calls a load).
  const locale = englishLocale(style.locale)
  const key = `${locale}|${uses12Hours(style)}|${style.timeZone}|${instant}`
  return timeTexts(key, () => formatTimeText(instant, style))
}

const timeTexts = memo<string>(20_000)

function formatTimeText(instant: string | Date, style: DateStyle): string {
  const text = formatter(englishLocale(style.locale), {
    ...timeOptions(style),
    timeZone: style.timeZone,
  }).format(new Date(instant))
  return upperMeridiem(text)
}

/** One way of writing a 12-hour time, as the clock setting shows it: British English's "3:00 pm" too reads "3:00 PM". */
function upperMeridiem(text: string): string {
  return text.replace(/\b([ap])\.?m\.?$/i, (_, letter: string) => `${letter.toUpperCase()}M`)
}

/**
 * A wall-clock time written `HH:MM` (a deadline setting), read in the
 * explorer's clock: "21:00" or "9:00 PM".
 *
 * @example wallTimeText('21:00', { timeZone: 'UTC', clock: '12h', locale: 'en-US' }) // '9:00 PM'
 */
export function wallTimeText(time: string, style: DateStyle): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number)
  return upperMeridiem(
    formatter(englishLocale(style.locale), { ...timeOptions(style), timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, 0, 1, hours, minutes)),
    ),
  )
}

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in a zone.
 *
 * @example dateOf('2026-03-05T23:30:00Z', 'Europe/Berlin') // '2026-03-06'
 */
export function dateOf(instant: string | Date, timeZone: string): string {
  if (typeof instant !== 'string') return formatDateOf(instant, timeZone)
  // The same stored instants are dated on every load of Today.
  const key = `${instant}|${timeZone}`
  return datesOf(key, () => formatDateOf(instant, timeZone))
}

const datesOf = memo<string>(20_000)

function formatDateOf(instant: string | Date, timeZone: string): string {
  return formatter('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(instant))
}

/** Noon UTC of a calendar date: a moment that is that date in every reading. */
function noonOf(date: string): Date {
  return new Date(noonMs(date))
}

function noonMs(date: string): number {
  return noons(date, () => {
    const [year = 1970, month = 1, day = 1] = date.split('-').map(Number)
    return Date.UTC(year, month - 1, day, 12)
  })
}

const noons = memo<number>(20_000)

/**
 * A calendar date in words: "Thu 5 Mar", with the year when it is not the
 * year of `today` (or always, without `today`), or the long form
 * "Thursday 5 March".
 *
 * @example dayText('2026-03-05', { timeZone: 'UTC', clock: null }, '2026-01-10') // 'Thu 5 Mar'
 */
export function dayText(
  date: string,
  style: DateStyle,
  today?: string,
  length: 'short' | 'long' = 'short',
): string {
  const withYear = today === undefined || today.slice(0, 4) !== date.slice(0, 4)
  const locale = englishLocale(style.locale)
  const key = `${locale}|${length}|${withYear}|${date}`
  return dayTexts(key, () =>
    formatter(locale, {
      weekday: length,
      day: 'numeric',
      month: length,
      year: withYear ? 'numeric' : undefined,
      timeZone: 'UTC',
    }).format(noonOf(date)),
  )
}

const dayTexts = memo<string>(20_000)

/**
 * A date as a letter writes it, weekday first: "Thursday, 5 March" (US:
 * "Thursday, March 5"), for the `{date}` of a draft.
 *
 * @example letterDayText('2026-03-05', { timeZone: 'UTC', clock: null }) // 'Thursday, 5 March'
 */
export function letterDayText(date: string, style: DateStyle): string {
  const locale = englishLocale(style.locale)
  const noon = noonOf(date)
  const weekday = formatter(locale, { weekday: 'long', timeZone: 'UTC' }).format(noon)
  const day = formatter(locale, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noon)
  return `${weekday}, ${day}`
}

/**
 * The calendar date `days` after `date` (both `YYYY-MM-DD`), as the rules
 * count days: "14 days after the meeting day".
 *
 * @example calendarDaysAfter('2026-03-05', 14) // '2026-03-19'
 */
export function calendarDaysAfter(date: string, days: number): string {
  return new Date(noonOf(date).getTime() + days * 86_400_000).toISOString().slice(0, 10)
}

/** Days from `from` to `to`, both `YYYY-MM-DD`. */
function daysBetween(from: string, to: string): number {
  return Math.round((noonMs(to) - noonMs(from)) / 86_400_000)
}

/**
 * "today", "tomorrow", "yesterday", else the date in words.
 *
 * @example relativeDayText('2026-03-06', '2026-03-05', style) // 'tomorrow'
 */
export function relativeDayText(date: string, today: string, style: DateStyle): string {
  const days = daysBetween(today, date)
  if (days === 0) return 'today'
  if (days === 1) return 'tomorrow'
  if (days === -1) return 'yesterday'
  return dayText(date, style, today)
}

/**
 * When something happens, in words: "today at 15:00", "tomorrow at 9:00 AM",
 * "Thu 5 Mar at 15:00".
 *
 * @example momentText('2026-03-05T14:00:00Z', style, '2026-03-05T08:00:00Z') // 'today at 15:00'
 */
export function momentText(instant: string | Date, style: DateStyle, now: string | Date): string {
  const today = dateOf(now, style.timeZone)
  return `${relativeDayText(dateOf(instant, style.timeZone), today, style)} at ${timeText(instant, style)}`
}

/**
 * A date and time for lists and records: "Thu 5 Mar, 15:00", with the year
 * when it is not this year.
 *
 * @example dateTimeText('2026-03-05T14:00:00Z', style, '2026-01-01T00:00:00Z') // 'Thu 5 Mar, 15:00'
 */
export function dateTimeText(instant: string | Date, style: DateStyle, now: string | Date): string {
  const today = dateOf(now, style.timeZone)
  return `${dayText(dateOf(instant, style.timeZone), style, today)}, ${timeText(instant, style)}`
}

/**
 * A date for "added on" lines: "5 Mar 2026" (US: "Mar 5, 2026").
 *
 * @example dateText('2026-03-05T14:00:00Z', style) // '5 Mar 2026'
 */
export function dateText(instant: string | Date, style: DateStyle): string {
  return formatter(englishLocale(style.locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: style.timeZone,
  }).format(new Date(instant))
}

/**
 * A deadline in words, from the one instant it is due and the one `now`:
 * "tonight by 21:00", "today by 15:00", "by the end of today", "tomorrow by
 * 09:00", "overdue since yesterday 21:00", "overdue since the end of Wed 4
 * Mar". A deadline at local midnight is the end of the day before; after
 * 18:00 today is "tonight". Overdue exactly when `now` is past it, so a page
 * never says "overdue" beside another that says "due tonight".
 *
 * @example deadlineText('2026-03-05T20:00:00Z', style, '2026-03-05T15:00:00Z') // 'tonight by 21:00'
 */
export function deadlineText(dueBy: string, style: DateStyle, now: string | Date): string {
  const today = dateOf(now, style.timeZone)
  const wall = timeText(dueBy, { ...style, clock: '24h' })
  const endOfDay = wall === '00:00'
  const dueDate = dateOf(dueBy, style.timeZone)
  // The minute before, as an instant written out, so its date is remembered like any other.
  const minuteBefore = endOfDay ? new Date(Date.parse(dueBy) - 60_000).toISOString() : ''
  const date = endOfDay ? dateOf(minuteBefore, style.timeZone) : dueDate
  const day = relativeDayText(date, today, style)
  const time = timeText(dueBy, style)
  if (Date.parse(dueBy) < new Date(now).getTime()) {
    return `overdue since ${endOfDay ? `the end of ${day}` : `${day} ${time}`}`
  }
  if (endOfDay) return `by the end of ${day}`
  if (date === today) return wall >= '18:00' ? `tonight by ${time}` : `today by ${time}`
  return `${day} by ${time}`
}
