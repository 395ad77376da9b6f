import { describe, expect, it } from 'vitest'
import { findTimeMentions } from './meeting-times.ts'

const mentions = (text: string) => findTimeMentions(text).map((t) => [t.kind, t.text])

describe('time mentions', () => {
  it('finds weekdays, relative days, dates and clock times', () => {
    expect(mentions('Would Tuesday at 3pm work?')).toEqual([
      ['weekday', 'Tuesday'],
      ['clock-time', '3pm'],
    ])
    expect(mentions('Free tomorrow or on Thu. 14:30?')).toEqual([
      ['relative-day', 'tomorrow'],
      ['weekday', 'Thu.'],
      ['clock-time', '14:30'],
    ])
    expect(mentions('How about March 14th, or 3 April at 10:30 a.m.?')).toEqual([
      ['date', 'March 14th'],
      ['date', '3 April'],
      ['clock-time', '10:30 a.m.'],
    ])
    expect(mentions('on the 14th, 2026-03-14, 3/14 or 14.03.')).toEqual([
      ['date', 'on the 14th'],
      ['date', '2026-03-14'],
      ['date', '3/14'],
      ['date', '14.03.'],
    ])
    expect(mentions('at noon')).toEqual([['clock-time', 'at noon']])
  })

  it('ignores months, years and words that only look like times', () => {
    expect(mentions('I read your May 2025 post')).toEqual([])
    expect(mentions('May I ask you a question?')).toEqual([])
    expect(mentions('I sat in the sun for 3.5 years, 24/7, in 2026')).toEqual([])
    expect(mentions('Would you have 20 minutes in the coming weeks?')).toEqual([])
  })
})
