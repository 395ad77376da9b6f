import { describe, expect, it } from 'vitest'
import { findDurations } from './durations.ts'

const minutes = (text: string) => findDurations(text).map((d) => [d.text, d.minutes])

describe('durations', () => {
  it('reads minutes in digits and words, and ranges by their longer end', () => {
    expect(minutes('Would you have 20 minutes?')).toEqual([['20 minutes', 20]])
    expect(minutes('a 15-20 min call')).toEqual([['15-20 min', 20]])
    expect(minutes('a 30-minute chat')).toEqual([['30-minute', 30]])
    expect(minutes('fifteen or twenty minutes')).toEqual([['fifteen or twenty minutes', 20]])
    expect(minutes('twenty-five minutes')).toEqual([['twenty-five minutes', 25]])
  })

  it('reads half and quarter hours, and hours', () => {
    expect(minutes('half an hour')).toEqual([['half an hour', 30]])
    expect(minutes('a half-hour call')).toEqual([['half-hour', 30]])
    expect(minutes('a quarter of an hour')).toEqual([['a quarter of an hour', 15]])
    expect(minutes('an hour')).toEqual([['an hour', 60]])
    expect(minutes('an hour-long call')).toEqual([['an hour', 60]])
    expect(minutes('2 hours')).toEqual([['2 hours', 120]])
    expect(minutes('an hour and a half')).toEqual([['an hour and a half', 90]])
  })

  it('finds nothing where no length is named', () => {
    expect(minutes('a few minutes of your time')).toEqual([])
    expect(minutes('in 2026, twenty people')).toEqual([])
  })
})
