import { describe, expect, it } from 'vitest'
import { memo } from './memo.ts'

describe('memo', () => {
  it('computes a key once and keeps at most its capacity, the oldest leaving first', () => {
    const calls: number[] = []
    const double = memo<number, number>(2)
    const twice = (n: number) =>
      double(n, () => {
        calls.push(n)
        return n * 2
      })
    expect([twice(1), twice(1), twice(2), twice(3), twice(3), twice(1)]).toEqual([2, 2, 4, 6, 6, 2])
    expect(calls).toEqual([1, 2, 3, 1])
  })

  it('remembers null but not a computation that throws', () => {
    let runs = 0
    const counted =
      <T>(value: T) =>
      () => {
        runs++
        return value
      }
    const read = memo<number | null>(10)
    expect(read('x', counted(null))).toBeNull()
    expect(read('x', counted(1))).toBeNull()
    expect(() =>
      read('bad', () => {
        runs++
        throw new Error('no')
      }),
    ).toThrow('no')
    expect(read('bad', counted(5))).toBe(5)
    expect(runs).toBe(3)
  })
})
