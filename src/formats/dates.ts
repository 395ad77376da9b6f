/**
 * Month abbreviations, case-insensitive. English first (LinkedIn always writes
 * English); a few Spanish, German and French ones that Excel may produce when it
 * re-saves a date in a European locale.
 */
const months: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
  mär: 3,
  mrz: 3,
  mai: 5,
  okt: 10,
  dez: 12,
  janv: 1,
  févr: 2,
  fév: 2,
  avr: 4,
  juil: 7,
  août: 8,
  déc: 12,
}

const dayMonthYear = /^(\d{1,2})[ -]([\p{L}]{3,5})\.?[ -](\d{4}|\d{2})$/u
const usDateTime = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,? +\d{1,2}:\d{2}(?::\d{2})? *[AP]M)?$/i
const isoDate = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/
const dottedDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/

/**
 * Reads LinkedIn's `Connected On` in every shape seen in real files, returning
 * a calendar date `YYYY-MM-DD`, or null when the value is not a date:
 * `09 Oct 2024` (raw export), `5-Jan-26` / `30-oct-09` (Excel re-saves;
 * two-digit years are 20xx, LinkedIn being younger than 2003),
 * `1/8/18, 6:14 PM` (2018 export, US month/day/year), `2024-10-09` (ISO) and
 * `17.11.2021` (German Excel).
 *
 * @example parseConnectedOn('5-Jan-26') // '2026-01-05'
 * @example parseConnectedOn('12/22/16, 9:55 AM') // '2016-12-22'
 */
export function parseConnectedOn(value: string): string | null {
  const text = value.trim().replace(/^"|"$/g, '')
  let m = dayMonthYear.exec(text)
  if (m) {
    const month = months[(m[2] ?? '').toLowerCase()]
    return month ? calendarDate(fullYear(m[3] ?? ''), month, Number(m[1])) : null
  }
  m = usDateTime.exec(text)
  if (m) return calendarDate(fullYear(m[3] ?? ''), Number(m[1]), Number(m[2]))
  m = isoDate.exec(text)
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]))
  m = dottedDate.exec(text)
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]))
  return null
}

function fullYear(digits: string): number {
  const year = Number(digits)
  return digits.length === 2 ? 2000 + year : year
}

/**
 * `YYYY-MM-DD` when the date exists on the calendar, else null.
 *
 * @example calendarDate(2024, 2, 30) // null
 */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return null
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > daysInMonth) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}
