import { describe, expect, it } from 'vitest'
import { fold } from '../text.ts'
import { searchTerms, snippet, windowParts } from './snippet.ts'

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

/**
 * The snippet as it was cut before ASCII text took its own path: one string
 * per character, the matches found anew; the window around them is cut as
 * the snippet cuts it.
 */
function snippetByCharacters(text: string, terms: string[], width = 160) {
  const chars = [...text.normalize('NFC')]
  const isWord = (c: string) => /[\p{L}\p{N}\p{M}]/u.test(c)
  const ranges: Array<[number, number]> = []
  for (let i = 0; i < chars.length; ) {
    if (!isWord(chars[i] ?? '')) {
      i++
      continue
    }
    let j = i
    while (j < chars.length && isWord(chars[j] ?? '')) j++
    const folded = chars.slice(i, j).map((c) => fold(c))
    const term = terms.find((t) => folded.join('').startsWith(t))
    if (term) {
      let length = 0
      let k = i
      while (k < j && length < term.length) length += (folded[k++ - i] ?? '').length
      ranges.push([i, k])
    }
    i = j
  }
  return windowParts(ranges, chars.length, width, (from, to) => chars.slice(from, to).join(''))
}

describe('snippet of ASCII text', () => {
  it('cuts and marks exactly what the character-by-character snippet does', () => {
    // A small deterministic generator, so a failure can be replayed.
    let seed = 7
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const words = [
      'Data',
      'data',
      'metadata',
      'DATABASE',
      'sci',
      'Science',
      'x1',
      '2026',
      'a',
      'data-driven',
    ]
    const gaps = [' ', '  ', ', ', '. ', '\n', '-', '_', '(', ') ', '"', "'", '/', '\t']
    for (let round = 0; round < 400; round++) {
      const pieces: string[] = []
      for (let w = next(80); w >= 0; w--)
        pieces.push(words[next(words.length)] ?? '', gaps[next(gaps.length)] ?? '')
      const text = pieces.join('')
      const terms =
        [['data'], ['sci', 'data'], ['2026'], ['x'], ['nomatch'], ['a', 'd']][next(6)] ?? []
      const width = [160, 60, 20, 5][next(4)] ?? 160
      expect(snippet(text, terms, fold, width)).toEqual(snippetByCharacters(text, terms, width))
    }
  })

  it('keeps to characters for text that is not ASCII, as before', () => {
    const text = 'Zoë met the data team in Zürich; DATA-driven ☕ notes'
    expect(snippet(text, ['data', 'zur'], fold, 30)).toEqual(
      snippetByCharacters(text, ['data', 'zur'], 30),
    )
  })
})
