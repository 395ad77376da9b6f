import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lastWriterWins, parseFieldTimes } from './last-writer.ts'

const now = new Date('2026-03-02T10:00:00Z')

describe('last writer wins, per field', () => {
  it('applies newer edits, ignores older ones, and lets unstamped edits win', () => {
    const stored = { answer: '2026-03-02T09:10:00.000Z' }
    expect(lastWriterWins(['answer', 'state'], stored, '2026-03-02T09:05:00Z', now)).toEqual({
      apply: ['state'],
      ignored: ['answer'],
      times: { answer: '2026-03-02T09:10:00.000Z', state: '2026-03-02T09:05:00.000Z' },
    })
    expect(lastWriterWins(['answer'], stored, '2026-03-02T09:10:00Z', now).apply).toEqual([
      'answer',
    ])
    expect(lastWriterWins(['answer'], stored, undefined, now)).toEqual({
      apply: ['answer'],
      ignored: [],
      times: { answer: '2026-03-02T10:00:00.000Z' },
    })
  })

  it('ends with the newest edit whatever order the edits arrive in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6], { minLength: 6 }), (order) => {
        let times = {}
        let value = ''
        for (const minute of order) {
          const at = `2026-03-02T09:0${minute}:00.000Z`
          const decision = lastWriterWins(['answer'], times, at, now)
          if (decision.apply.includes('answer')) value = `edit ${minute}`
          times = decision.times
        }
        expect(value).toBe('edit 6')
      }),
    )
  })

  it('reads stored times defensively', () => {
    expect(parseFieldTimes('{"answer":"2026-03-02T09:00:00Z","x":3}')).toEqual({
      answer: '2026-03-02T09:00:00Z',
    })
    expect(parseFieldTimes('not json')).toEqual({})
    expect(parseFieldTimes(null)).toEqual({})
  })
})
