import { describe, expect, it } from 'vitest'
import { fold } from '../text.ts'
import { searchTerms, snippet } from './snippet.ts'

describe('searchTerms', () => {
  it('keeps only letters and digits, folded, without duplicates', () => {
    expect(searchTerms('Crème-Brûlée "AND" crème 2026*', fold)).toEqual([
      'creme',
      'brulee',
      'and',
      '2026',
    ])
    expect(searchTerms('***', fold)).toEqual([])
  })
})

describe('snippet', () => {
  it('marks word prefixes, keeping the original spelling', () => {
    expect(snippet('Met Zoë at Zürich', ['zo', 'zur'], fold)).toEqual([
      { text: 'Met ', match: false },
      { text: 'Zo', match: true },
      { text: 'ë at ', match: false },
      { text: 'Zür', match: true },
      { text: 'ich', match: false },
    ])
  })

  it('does not mark the middle of words', () => {
    expect(snippet('data metadata', ['data'], fold).filter((p) => p.match)).toEqual([
      { text: 'data', match: true },
    ])
  })

  it('cuts a window around the first match in long text', () => {
    const text = `${'a '.repeat(200)}needle${' b'.repeat(200)}`
    const parts = snippet(text, ['needle'], fold, 60)
    const joined = parts.map((p) => p.text).join('')
    expect(joined.startsWith('…')).toBe(true)
    expect(joined.endsWith('…')).toBe(true)
    expect(parts.some((p) => p.match && p.text === 'needle')).toBe(true)
  })

  it('never splits an emoji or a composed character', () => {
    const parts = snippet('🎉 party ✨ Zürich', ['zur'], fold, 12)
    expect(parts.map((p) => p.text).join('')).not.toMatch(/\uFFFD/)
  })
})
