import { describe, expect, it } from 'vitest'
import { calendarDate, parseConnectedOn } from './dates.ts'

describe('parseConnectedOn', () => {
  it.each([
    ['05 Jan 2026', '2026-01-05', 'raw export since 2021'],
    ['9 Oct 2024', '2024-10-09', 'day not padded'],
    ['17 Feb 2021', '2021-02-17', 'early-2021 export'],
    ['5-Jan-26', '2026-01-05', 'Excel re-save'],
    ['17-Nov-21', '2021-11-17', 'Excel re-save, two-digit day'],
    ['30-oct-09', '2009-10-30', 'Spanish-locale Excel, lower case'],
    ['01 Dec 2016', '2016-12-01', 'Spanish Excel left the English month as text'],
    ['15-ene-17', '2017-01-15', 'Spanish month abbreviation'],
    ['3-Okt-22', '2022-10-03', 'German month abbreviation'],
    ['1/8/18, 6:14 PM', '2018-01-08', '2018 export, US month/day/year'],
    ['"12/22/16, 9:55 AM"', '2016-12-22', 'quotes left on by a tool'],
    ['2024-10-09', '2024-10-09', 'ISO'],
    ['17.11.2021', '2021-11-17', 'German Excel'],
  ])('reads %s as %s (%s)', (value, expected) => {
    expect(parseConnectedOn(value)).toBe(expected)
  })

  it.each(['', 'soon', '31 Feb 2024', '13/40/20, 1:00 PM', '5-Foo-26', '2024-13-01'])(
    'refuses %j',
    (value) => {
      expect(parseConnectedOn(value)).toBeNull()
    },
  )
})

describe('calendarDate', () => {
  it('knows leap years', () => {
    expect(calendarDate(2024, 2, 29)).toBe('2024-02-29')
    expect(calendarDate(2023, 2, 29)).toBeNull()
  })
})
