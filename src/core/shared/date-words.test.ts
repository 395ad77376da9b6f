import { describe, expect, it } from 'vitest'
import {
  type DateStyle,
  dateOf,
  dateText,
  dateTimeText,
  dayText,
  deadlineText,
  englishLocale,
  letterDayText,
  localeFromEnv,
  momentText,
  relativeDayText,
  timeText,
  uses12Hours,
  wallTimeText,
} from './date-words.ts'

const berlin: DateStyle = { timeZone: 'Europe/Berlin', clock: null }
const us: DateStyle = { timeZone: 'America/New_York', clock: null, locale: 'en-US' }

describe('the locale dates are written in', () => {
  it('is the explorer’s English, or the English of their region', () => {
    expect(englishLocale('en-US')).toBe('en-US')
    expect(englishLocale('en_US.UTF-8')).toBe('en-US')
    expect(englishLocale('en_GB.UTF-8@euro')).toBe('en-GB')
    expect(englishLocale('de-DE')).toBe('en-DE')
    expect(englishLocale('de')).toBe('en-GB')
    expect(englishLocale('C.UTF-8')).toBe('en-GB')
    expect(englishLocale(undefined)).toBe('en-GB')
    expect(englishLocale('not a locale!')).toBe('en-GB')
  })

  it('comes from LC_ALL, LC_TIME or LANG', () => {
    expect(localeFromEnv({ LANG: 'en_US.UTF-8', LC_TIME: 'de_DE.UTF-8' })).toBe('de_DE.UTF-8')
    expect(localeFromEnv({ LC_ALL: 'fr_FR', LANG: 'en_US' })).toBe('fr_FR')
    expect(localeFromEnv({})).toBeUndefined()
  })
})

describe('times', () => {
  const at = '2026-03-05T14:05:00Z'

  it('follow the clock setting, else the locale', () => {
    expect(timeText(at, berlin)).toBe('15:05')
    expect(timeText(at, { ...berlin, clock: '12h' })).toBe('3:05 PM')
    expect(timeText(at, us)).toBe('9:05 AM')
    expect(timeText(at, { ...us, clock: '24h' })).toBe('09:05')
    expect(uses12Hours(us)).toBe(true)
    expect(uses12Hours(berlin)).toBe(false)
  })

  it('read a deadline setting in the same clock', () => {
    expect(wallTimeText('21:00', berlin)).toBe('21:00')
    expect(wallTimeText('21:00', us)).toBe('9:00 PM')
    expect(wallTimeText('09:30', { ...us, clock: '24h' })).toBe('09:30')
  })
})

describe('dates', () => {
  it('are the explorer’s calendar day, written without ISO', () => {
    expect(dateOf('2026-03-05T23:30:00Z', 'Europe/Berlin')).toBe('2026-03-06')
    expect(dayText('2026-03-05', berlin, '2026-01-10')).toBe('Thu 5 Mar')
    expect(dayText('2026-03-05', berlin, '2025-12-30')).toBe('Thu, 5 Mar 2026')
    expect(dayText('2026-03-05', us, '2026-01-10')).toBe('Thu, Mar 5')
    expect(dayText('2026-03-05', berlin, '2026-01-10', 'long')).toBe('Thursday 5 March')
    expect(dateText('2026-03-05T14:00:00Z', berlin)).toBe('5 Mar 2026')
    expect(dateText('2026-03-05T14:00:00Z', us)).toBe('Mar 5, 2026')
    expect(letterDayText('2026-03-05', berlin)).toBe('Thursday, 5 March')
    expect(letterDayText('2026-03-05', us)).toBe('Thursday, March 5')
  })

  it('say today, tomorrow and yesterday', () => {
    expect(relativeDayText('2026-03-05', '2026-03-05', berlin)).toBe('today')
    expect(relativeDayText('2026-03-06', '2026-03-05', berlin)).toBe('tomorrow')
    expect(relativeDayText('2026-03-04', '2026-03-05', berlin)).toBe('yesterday')
    expect(relativeDayText('2026-03-09', '2026-03-05', berlin)).toBe('Mon 9 Mar')
    // Across the end of a month and a DST change.
    expect(relativeDayText('2026-03-29', '2026-03-28', berlin)).toBe('tomorrow')
  })

  it('put a moment in words', () => {
    const now = '2026-03-05T08:00:00Z'
    expect(momentText('2026-03-05T14:00:00Z', berlin, now)).toBe('today at 15:00')
    expect(momentText('2026-03-06T08:00:00Z', us, now)).toBe('tomorrow at 3:00 AM')
    expect(dateTimeText('2026-03-09T14:00:00Z', berlin, now)).toBe('Mon 9 Mar, 15:00')
  })
})

describe('deadlines', () => {
  const style = berlin
  it('say when, from the one instant and the one now', () => {
    const now = '2026-03-05T15:00:00Z'
    expect(deadlineText('2026-03-05T20:00:00Z', style, now)).toBe('tonight by 21:00')
    expect(deadlineText('2026-03-05T16:00:00Z', style, now)).toBe('today by 17:00')
    expect(deadlineText('2026-03-05T23:00:00Z', style, now)).toBe('by the end of today')
    expect(deadlineText('2026-03-06T08:00:00Z', style, now)).toBe('tomorrow by 09:00')
    expect(deadlineText('2026-03-04T20:00:00Z', style, now)).toBe('overdue since yesterday 21:00')
    expect(deadlineText('2026-03-04T23:00:00Z', style, now)).toBe(
      'overdue since the end of yesterday',
    )
    expect(deadlineText('2026-03-05T20:00:00Z', us, '2026-03-05T15:00:00Z')).toBe(
      'today by 3:00 PM',
    )
  })

  it('are overdue only once past: never "overdue" and "due tonight" for one deadline', () => {
    const dueBy = '2026-03-05T20:00:00Z'
    for (const minutes of [-600, -1, 0, 1, 600]) {
      const now = new Date(Date.parse(dueBy) + minutes * 60_000)
      const words = deadlineText(dueBy, style, now)
      expect(words.startsWith('overdue'), `${minutes} min: ${words}`).toBe(minutes > 0)
    }
  })
})

describe('remembered times and days', () => {
  it('answer each style its own words, however the same instant and date were asked before', () => {
    const instant = '2026-03-05T14:00:00.000Z'
    const styles: DateStyle[] = [
      { timeZone: 'Europe/Berlin', clock: '24h' },
      { timeZone: 'Europe/Berlin', clock: '12h' },
      { timeZone: 'America/New_York', clock: null, locale: 'en-US' },
      { timeZone: 'America/New_York', clock: null, locale: 'de-DE' },
      { timeZone: 'Asia/Kolkata', clock: null },
    ]
    const expected = ['15:00', '3:00 PM', '9:00 AM', '09:00', '19:30']
    // Twice over, so the second round reads what the first remembered.
    for (let round = 0; round < 2; round++) {
      expect(styles.map((style) => timeText(instant, style))).toEqual(expected)
      expect(dayText('2026-03-05', styles[0] as DateStyle, '2026-01-10')).toBe('Thu 5 Mar')
      expect(dayText('2026-03-05', styles[0] as DateStyle, '2025-12-30')).toBe('Thu, 5 Mar 2026')
      expect(dayText('2026-03-05', styles[2] as DateStyle, '2026-01-10')).toBe('Thu, Mar 5')
      expect(dayText('2026-03-05', styles[0] as DateStyle, '2026-01-10', 'long')).toBe(
        'Thursday 5 March',
      )
    }
    // A Date is formatted as it is, not remembered by its text.
    expect(timeText(new Date(instant), styles[1] as DateStyle)).toBe('3:00 PM')
  })
})
