import { describe, expect, it } from 'vitest'
import { IdList, IntList, KeyTable } from './compact.ts'

/** A small deterministic generator, so a failure replays. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

describe('KeyTable', () => {
  it('answers what a Map<string, number> answers, for every kind of key', () => {
    const next = random(7)
    const pieces = [
      '',
      'a',
      'Ada',
      'é',
      'ø',
      'Łukasz',
      '李',
      '😀',
      '\u0000',
      '\u0001',
      '\ud800',
      ' ',
    ]
    const keys: string[] = ['']
    for (let i = 0; i < 20_000; i++) {
      let key = ''
      const parts = Math.floor(next() * 5)
      for (let p = 0; p < parts; p++) key += pieces[Math.floor(next() * pieces.length)]
      keys.push(key + (next() < 0.7 ? String(i % 5000) : ''))
    }
    // Longer than a page of characters (64 KB), one byte and two a character.
    keys.push('x'.repeat(70_000), '李'.repeat(40_000))
    const table = new KeyTable()
    const map = new Map<string, number>()
    for (const [i, key] of keys.entries()) {
      if (map.has(key)) {
        expect(table.find(key)).toBeGreaterThanOrEqual(0)
        continue
      }
      expect(table.find(key)).toBe(-1)
      map.set(key, i)
      const entry = table.add(key, i)
      expect(table.find(key)).toBe(entry)
    }
    expect(table.size).toBe(map.size)
    for (const [key, value] of map) {
      const entry = table.find(key)
      expect(entry).toBeGreaterThanOrEqual(0)
      expect(table.value(entry)).toBe(value)
      expect(table.key(entry)).toBe(key)
    }
    for (const missing of ['nobody', 'x'.repeat(69_999), 'Ada\u0002', '李'.repeat(39_999)]) {
      expect(table.find(missing)).toBe(-1)
    }
  })

  it('keeps a value it is given later', () => {
    const table = new KeyTable()
    const entry = table.add('ada', 1)
    table.setValue(entry, -3)
    expect(table.value(table.find('ada'))).toBe(-3)
  })
})

describe('IntList', () => {
  it('reads back what was written, `fill` elsewhere, across pages', () => {
    const list = new IntList(-1)
    expect(list.get(0)).toBe(-1)
    list.set(100_000, 7)
    list.set(3, -2)
    expect(list.push(9)).toBe(100_001)
    expect([
      list.get(3),
      list.get(4),
      list.get(100_000),
      list.get(100_001),
      list.get(10 ** 7),
    ]).toEqual([-2, -1, 7, 9, -1])
    expect(list.length).toBe(100_002)
  })
})

describe('IdList', () => {
  it('gives back every id as it was pushed, UUIDs or not', () => {
    const ids = new IdList()
    const pushed: string[] = []
    for (let i = 0; i < 10_000; i++) {
      const hex = i.toString(16).padStart(12, '0')
      pushed.push(i % 7 === 3 ? `person-${i}` : `019abcd2-7e3f-7c1a-9b2e-${hex}`)
    }
    pushed.push('019ABCD2-7E3F-7C1A-9B2E-4F5A6B7C8D9E', '', 'p1')
    for (const id of pushed) ids.push(id)
    expect(pushed.map((_, slot) => ids.get(slot))).toEqual(pushed)
    expect(ids.get(pushed.length)).toBe('')
    expect(ids.get(-1)).toBe('')
  })
})
