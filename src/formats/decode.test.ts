import { describe, expect, it } from 'vitest'
import { decodeCharset, decodeText } from './decode.ts'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('decodeText', () => {
  it('reads plain UTF-8 without warnings', () => {
    const decoded = decodeText(new TextEncoder().encode('Trần 晓航 👾'))
    expect(decoded).toEqual({
      text: 'Trần 晓航 👾',
      encoding: 'utf-8',
      warnings: [],
      replacementCount: 0,
    })
  })

  it('strips a UTF-8 byte order mark and says it was there', () => {
    const decoded = decodeText(bytes(0xef, 0xbb, 0xbf, 0x46, 0x69))
    expect(decoded.text).toBe('Fi')
    expect(decoded.encoding).toBe('utf-8-bom')
  })

  it('reads UTF-16LE and UTF-16BE by their BOM', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0x1b, 0x4e)).text).toBe('A丛')
    const be = decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x4e, 0x1b))
    expect(be.text).toBe('A丛')
    expect(be.encoding).toBe('utf-16be')
    expect(be.warnings[0]).toMatch(/UTF-16BE/)
  })

  it('falls back to Windows-1252 when the bytes are not UTF-8, and warns', () => {
    // "Colón – EMEA" as Excel's "CSV (Comma delimited)" writes it: ó = F3, en dash = 96.
    const decoded = decodeText(bytes(0x43, 0x6f, 0x6c, 0xf3, 0x6e, 0x20, 0x96, 0x20, 0x45))
    expect(decoded.text).toBe('Colón – E')
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.warnings).toEqual([expect.stringMatching(/not UTF-8.*Windows-1252/)])
  })

  it('counts replacement characters already in the file and says they cannot be recovered', () => {
    const decoded = decodeText(new TextEncoder().encode('Col\uFFFD,Malik \uFFFD\uFFFD'))
    expect(decoded.replacementCount).toBe(3)
    expect(decoded.warnings).toEqual([expect.stringMatching(/already damaged.*3 characters/)])
  })

  it('counts damage behind a BOM instead of guessing another encoding', () => {
    const decoded = decodeText(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff))
    expect(decoded).toMatchObject({ text: 'a\uFFFD', encoding: 'utf-8-bom', replacementCount: 1 })
  })
})

describe('decodeCharset', () => {
  it('decodes named charsets, including Japanese ones phones use', () => {
    expect(decodeCharset(bytes(0xe9), 'ISO-8859-1')).toBe('é')
    expect(decodeCharset(bytes(0x82, 0xa0), 'Shift_JIS')).toBe('あ')
    expect(decodeCharset(bytes(0xdf), 'Windows-1252')).toBe('ß')
  })

  it('treats UTF-8 strictly, falling back to Windows-1252', () => {
    expect(decodeCharset(bytes(0xc3, 0xa9), 'utf-8')).toBe('é')
    expect(decodeCharset(bytes(0xe9), 'UTF-8')).toBe('é')
  })

  it('returns null for a charset nobody knows', () => {
    expect(decodeCharset(bytes(0x41), 'x-martian')).toBeNull()
  })
})
