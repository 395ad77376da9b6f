import { describe, expect, it } from 'vitest'
import { listsHeader, negotiateEncoding, noneMatch } from './accept-encoding.ts'

describe('choosing a content coding from Accept-Encoding', () => {
  it('prefers brotli when the browser takes both, as Chromium and Firefox say it', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br')
  })

  it('sends gzip to a client that takes only gzip (curl --compressed, older proxies)', () => {
    expect(negotiateEncoding('gzip')).toBe('gzip')
    expect(negotiateEncoding('x-gzip')).toBe('gzip')
    expect(negotiateEncoding('deflate, gzip;q=0.5')).toBe('gzip')
  })

  it('follows the weights: the heavier coding wins, q=0 refuses, * covers the rest', () => {
    expect(negotiateEncoding('br;q=0.4, gzip;q=0.9')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, gzip')).toBe('gzip')
    expect(negotiateEncoding('br;q=0, *;q=0.5')).toBe('gzip')
    expect(negotiateEncoding('*')).toBe('br')
    expect(negotiateEncoding('GZIP; Q=1')).toBe('gzip')
  })

  it('sends the answer as it is when nothing it has is accepted', () => {
    expect(negotiateEncoding(undefined)).toBeNull()
    expect(negotiateEncoding('')).toBeNull()
    expect(negotiateEncoding('identity')).toBeNull()
    expect(negotiateEncoding('deflate, zstd')).toBeNull()
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeNull()
    expect(negotiateEncoding('*;q=0')).toBeNull()
    expect(negotiateEncoding('br;q=nonsense')).toBeNull()
  })

  it('offers only what a file has copies of', () => {
    expect(negotiateEncoding('gzip, br', ['gzip'])).toBe('gzip')
    expect(negotiateEncoding('br', ['gzip'])).toBeNull()
    expect(negotiateEncoding('gzip, br', [])).toBeNull()
  })
})

describe('header lists and entity tags', () => {
  it('finds a header name in Vary whatever its case', () => {
    expect(listsHeader('Origin, accept-encoding', 'Accept-Encoding')).toBe(true)
    expect(listsHeader('*', 'Accept-Encoding')).toBe(true)
    expect(listsHeader('Origin', 'Accept-Encoding')).toBe(false)
    expect(listsHeader(null, 'Accept-Encoding')).toBe(false)
  })

  it('matches If-None-Match weakly: a weak and a strong tag of the same value match', () => {
    expect(noneMatch('"a1"', '"a1"')).toBe(true)
    expect(noneMatch('W/"a1"', '"a1"')).toBe(true)
    expect(noneMatch('"b2", W/"a1"', 'W/"a1"')).toBe(true)
    expect(noneMatch('*', '"a1"')).toBe(true)
    expect(noneMatch('"a1-br"', '"a1"')).toBe(false)
    expect(noneMatch(undefined, '"a1"')).toBe(false)
  })
})
