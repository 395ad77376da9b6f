import { DateTime, IANAZone } from 'luxon'
import { invalid } from '../errors.ts'
import { memo } from '../shared/memo.ts'
import { toEpochDay } from './calendar-date.ts'
import { isTimeZone } from './time-zones.ts'

/**
 * Conversions between instants (ISO-8601 with `Z` or an offset, stored in
 * UTC) and wall-clock dates and times in an IANA time zone.
 *
 * Daylight-saving changes follow RFC 5545 (iCalendar), so our deadlines agree
 * with the `.ics` files we write:
 * - a local time that does not exist (the spring-forward gap) is read with the
 *   offset in force before the gap, which moves it forward by the gap's
 *   length: 02:30 on the night Berlin jumps from 02:00 to 03:00 becomes 03:30;
 * - a local time that happens twice (the fall-back overlap) means the first
 *   of the two: 02:30 on the night Berlin goes back from 03:00 to 02:00 is
 *   02:30 +02:00, i.e. 00:30Z.
 */

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/
const instantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i
const msPerMinute = 60_000
const msPerDay = 86_400_000

/**
 * The calendar date, in `zone`, at which the instant happens.
 *
 * @example localDate('2026-03-02T23:30:00Z', 'Europe/Berlin') // '2026-03-03'
 * @example localDate('2026-03-02T23:30:00Z', 'America/New_York') // '2026-03-02'
 */
export function localDate(instantIso: string, zone: string): string {
  return wallClock(instantIso, zone).slice(0, 10)
}

/**
 * The wall-clock time `HH:MM` (24-hour) of an instant in `zone`.
 *
 * @example localClockTime('2026-03-02T20:00:00Z', 'Europe/Berlin') // '21:00'
 */
export function localClockTime(instantIso: string, zone: string): string {
  return wallClock(instantIso, zone).slice(11, 16)
}

/**
 * The wall clock in `zone` at an instant, written like an ISO instant
 * (`YYYY-MM-DDTHH:MM:SS.sssZ`, the Z meaning nothing). Plain arithmetic on
 * the zone's offset: Today asks this hundreds of times, and a luxon
 * DateTime per call was a measurable share of its time.
 */
function wallClock(instantIso: string, zone: string): string {
  // By zone, then by the instant itself: a key made of both was a new string
  // (made and hashed) on each of Today's hundreds of calls.
  const byInstant = wallClocks.get(zone)
  const hit = byInstant?.get(instantIso)
  if (hit !== undefined) return hit
  const value = computeWallClock(instantIso, zone)
  if (byInstant) {
    if (byInstant.size >= 20_000) byInstant.clear()
    byInstant.set(instantIso, value)
  } else {
    if (wallClocks.size >= 100) wallClocks.clear()
    wallClocks.set(zone, new Map([[instantIso, value]]))
  }
  return value
}

const wallClocks = new Map<string, Map<string, string>>()

function computeWallClock(instantIso: string, zone: string): string {
  const ms = instantMs(instantIso)
  const local = new Date(ms + offsetMs(ms, checkZone(zone)))
  if (Number.isNaN(local.getTime())) {
    throw invalid('instant', `"${instantIso}" cannot be shown in ${zone}`)
  }
  return local.toISOString()
}

// The form every instant is stored in; anything else goes through luxon.
const storedInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/**
 * Milliseconds since the epoch of an ISO instant, with the checks of
 * `parseInstant`. The stored UTC form is read by `Date.parse` (the round trip
 * refuses a 30 February, which `Date.parse` alone would roll over).
 *
 * @example instantMs('2026-03-02T09:00:00.000Z') // 1772442000000
 */
export function instantMs(instantIso: string, field = 'instant'): number {
  const known = storedInstants.get(instantIso)
  if (known !== undefined) return known
  if (storedInstant.test(instantIso)) {
    const ms = Date.parse(instantIso)
    if (!Number.isNaN(ms) && new Date(ms).toISOString() === instantIso) {
      // Sorting Today's items reads the same stored instants again and again.
      if (storedInstants.size >= 20_000) storedInstants.clear()
      storedInstants.set(instantIso, ms)
      return ms
    }
  }
  return parseInstant(instantIso, field).toMillis()
}

/** Stored instants already read, to their milliseconds (only ones that passed the checks). */
const storedInstants = new Map<string, number>()

/**
 * The UTC instant at which the clocks in `zone` show `time` (`HH:MM`) on
 * `date`. DST gaps and overlaps are resolved as described at the top of this
 * file (RFC 5545): a skipped time moves forward by the gap, a repeated time
 * means its first occurrence.
 *
 * @example atLocalTime('2026-03-05', '21:00', 'Europe/Berlin') // '2026-03-05T20:00:00.000Z'
 * @example atLocalTime('2026-03-29', '02:30', 'Europe/Berlin') // '2026-03-29T01:30:00.000Z' (03:30 CEST)
 */
export function atLocalTime(date: string, time: string, zone: string): string {
  return localTimes(`${date}\u0000${time}\u0000${zone}`, () => computeLocalTime(date, time, zone))
}

const localTimes = memo<string>(20_000)

function computeLocalTime(date: string, time: string, zone: string): string {
  checkZone(zone)
  const clock = clockPattern.exec(time)
  if (!clock) throw invalid('time', `"${time}" is not a 24-hour time written HH:MM, such as 21:00`)
  const wallClockAsUtc =
    toEpochDay(date) * msPerDay + (Number(clock[1]) * 60 + Number(clock[2])) * msPerMinute
  // Any DST change is surrounded by these two offsets, one day either side.
  const before = offsetMs(wallClockAsUtc - msPerDay, zone)
  const after = offsetMs(wallClockAsUtc + msPerDay, zone)
  const matching = [before, after]
    .map((offset) => wallClockAsUtc - offset)
    .filter((instant) => instant + offsetMs(instant, zone) === wallClockAsUtc)
  const instant = matching.length > 0 ? Math.min(...matching) : wallClockAsUtc - before
  return new Date(instant).toISOString()
}

/**
 * Reads an ISO instant; refuses local times without an offset, which would
 * silently mean different moments on different machines.
 *
 * @example parseInstant('2026-03-02T09:00:00+01:00').toUTC().toISO() // '2026-03-02T08:00:00.000Z'
 */
export function parseInstant(instantIso: string, field = 'instant'): DateTime {
  const parsed = DateTime.fromISO(instantIso, { setZone: true })
  if (!parsed.isValid || !instantPattern.test(instantIso)) {
    throw invalid(
      field,
      `"${instantIso}" is not an instant with a time zone, such as 2026-03-02T09:00:00Z`,
    )
  }
  return parsed
}

/**
 * The instant as a UTC ISO string, the form we store.
 *
 * @example toUtcIso('2026-03-02T10:00:00+01:00') // '2026-03-02T09:00:00.000Z'
 */
export function toUtcIso(instantIso: string): string {
  return new Date(instantMs(instantIso)).toISOString()
}

/**
 * Orders two instants written with any offsets; for `Array.prototype.sort`.
 *
 * @example compareInstants('2026-03-02T10:00:00+01:00', '2026-03-02T09:30:00Z') < 0 // true
 */
export function compareInstants(a: string, b: string): number {
  return instantMs(a, 'a') - instantMs(b, 'b')
}

function offsetMs(instant: number, zone: string): number {
  // luxon keeps one zone object (and one formatter) per name.
  return IANAZone.create(zone).offset(instant) * msPerMinute
}

function checkZone(zone: string): string {
  if (!isTimeZone(zone)) {
    throw invalid('timeZone', `"${zone}" is not a known IANA time zone, such as Europe/Berlin`)
  }
  return zone
}
