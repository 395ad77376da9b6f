import { isBirthday } from '../core/people/schema.ts'

/** A profile elsewhere as a file gives it: a social network or an instant-messaging handle. */
export interface ImportedProfile {
  /** The service in the file's words (`twitter`, `Skype`, `XMPP`). */
  service: string
  /** The profile's address or the handle, as the file has it. */
  address: string
}

/**
 * A birthday as the people schema stores it (`YYYY-MM-DD`, or `--MM-DD`
 * without the year), from the forms address books write: ISO dates with or
 * without dashes and with a time after them, vCard 4.0's `--MMDD`, Apple's
 * "year omitted" 1604, and day/month/year orders given by `order` for
 * `12/10/1815` or `10.12.1815`. Null when the value is no date that exists.
 *
 * @example birthdayOf('18151210') // '1815-12-10'
 * @example birthdayOf('1604-12-10') // '--12-10'
 * @example birthdayOf('12/10/1815', 'mdy') // '1815-12-10'
 * @example birthdayOf('10.12.1815', 'dmy') // '1815-12-10'
 */
export function birthdayOf(value: string, order: 'mdy' | 'dmy' = 'mdy'): string | null {
  const text = value.trim()
  const iso = /^(\d{4}|--)-?(\d{2})-?(\d{2})(?:[T ].*)?$/.exec(text)
  let year: string | undefined
  let month: string | undefined
  let day: string | undefined
  if (iso) [, year, month, day] = iso
  else {
    const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text)
    if (!local) return null
    const [, a = '', b = '', y = ''] = local
    const [m, d] = order === 'mdy' ? [a, b] : [b, a]
    // `20/01/1971` in a month-first column can only be day-first.
    const chosen = isBirthday(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`) ? [m, d] : [d, m]
    year = y
    month = (chosen[0] ?? '').padStart(2, '0')
    day = (chosen[1] ?? '').padStart(2, '0')
  }
  // Apple writes 1604 when the explorer left the year out.
  const candidate = `${year === '--' || year === '1604' ? '-' : year}-${month}-${day}`
  return isBirthday(candidate) ? candidate : null
}

/**
 * A year, month and day in three columns (Thunderbird's Birth Year, Birth
 * Month, Birth Day) as a birthday, or null; the year may be missing.
 *
 * @example birthdayOfParts('', '12', '10') // '--12-10'
 */
export function birthdayOfParts(year: string, month: string, day: string): string | null {
  const y = year.trim()
  const m = month.trim()
  const d = day.trim()
  if (!/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d) || (y !== '' && !/^\d{4}$/.test(y))) return null
  const candidate = `${y || '-'}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`
  return isBirthday(candidate) ? candidate : null
}

/**
 * A web address worth storing as a web site: one word, no spaces, at most
 * 500 characters (the people schema's limit).
 *
 * @example isWebsite('https://ada.example.org') // true
 * @example isWebsite('my blog') // false
 */
export function isWebsite(value: string): boolean {
  return value.length > 0 && value.length <= 500 && /^\S+$/.test(value)
}

/**
 * Adds a profile unless it is empty or already there (service and address
 * compared case-insensitively).
 *
 * @example const l: ImportedProfile[] = []; addProfile(l, 'Skype', 'ada.l'); addProfile(l, 'skype', 'Ada.L') // l has one
 */
export function addProfile(list: ImportedProfile[], service: string, address: string): void {
  const s = service.trim()
  const a = address.trim()
  if (!s || !a) return
  const key = `${s.toLowerCase()}\u0000${a.toLowerCase()}`
  if (list.some((p) => `${p.service.toLowerCase()}\u0000${p.address.toLowerCase()}` === key)) return
  list.push({ service: s, address: a })
}

/**
 * The service a profile address names when the file says nothing else:
 * an IM URI's scheme (`xmpp`), else the web host without `www.`.
 *
 * @example serviceOf('https://github.com/ada') // 'github.com'
 * @example serviceOf('xmpp:ada@jabber.org') // 'xmpp'
 */
export function serviceOf(address: string): string {
  const web = /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(address)
  if (web?.[1]) return web[1].toLowerCase()
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)
  return scheme?.[1]?.toLowerCase() ?? 'profile'
}
