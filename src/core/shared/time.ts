import { DateTime } from 'luxon'

/**
 * Reads a start time: an instant with an offset (`…Z`, `…+01:00`) as given,
 * or a local time (`2026-03-05T15:00`) in `zone`. Returns the UTC instant,
 * or null when the text is not a real time (31 February, a skipped DST hour).
 *
 * @example toInstant('2026-03-05 15:00', 'Europe/Berlin') // '2026-03-05T14:00:00.000Z'
 */
export function toInstant(text: string, zone: string): string | null {
  const parsed = DateTime.fromISO(text.trim().replace(' ', 'T'), { zone, setZone: false })
  if (!parsed.isValid) return null
  // Luxon moves a local time that falls in a DST gap; such a time does not exist.
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(text.trim())
  if (!hasOffset) {
    const wall = text.trim().replace(' ', 'T').slice(0, 16)
    if (parsed.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm") !== wall) return null
  }
  return parsed.toUTC().toISO()
}

/** The wall-clock time of an instant in a zone, as `YYYY-MM-DDTHH:MM`. */
export function toLocal(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm")
}
