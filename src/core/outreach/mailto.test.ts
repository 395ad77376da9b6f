import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { mailtoHref, mailtoLink } from './mailto.ts'

describe('mailto links (RFC 6068)', () => {
  it('percent-encodes subject and body, with %20 spaces and %0D%0A line breaks', () => {
    expect(
      mailtoHref({
        to: 'ana@example.org',
        subject: 'Your path into pricing & risk?',
        body: 'Hi Ana,\n\nWould you have 20 minutes?\r\nBest,\nSam — Zoë',
      }),
    ).toBe(
      'mailto:ana@example.org?subject=Your%20path%20into%20pricing%20%26%20risk%3F&body=Hi%20Ana%2C%0D%0A%0D%0AWould%20you%20have%2020%20minutes%3F%0D%0ABest%2C%0D%0ASam%20%E2%80%94%20Zo%C3%AB',
    )
  })

  it('keeps a subject on one line and leaves out what is empty', () => {
    expect(mailtoHref({ to: null, subject: 'a\r\nBcc: x@y.z', body: '' })).toBe(
      'mailto:?subject=a%20Bcc%3A%20x%40y.z',
    )
    expect(mailtoHref({ to: 'a+b@example.org', subject: '', body: '' })).toBe(
      'mailto:a%2Bb@example.org',
    )
  })

  it('offers the link up to the limit and not one character beyond it', () => {
    const parts = (n: number) => ({ to: 'ana@example.org', subject: 'Hi', body: 'x'.repeat(n) })
    const base = mailtoHref(parts(0)).length + '&body='.length
    const fits = mailtoLink(parts(2000 - base), 2000)
    expect(fits).toMatchObject({ length: 2000, maxLength: 2000 })
    expect(fits.href).toHaveLength(2000)
    expect(mailtoLink(parts(2001 - base), 2000)).toEqual({
      href: null,
      length: 2001,
      maxLength: 2000,
    })
  })

  it('round-trips any text through decodeURIComponent, CRLF-normalised', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        (subject, body) => {
          const href = mailtoHref({ to: 'a@b.org', subject, body })
          expect(href).not.toMatch(/[\s+]/)
          const url = new URL(href)
          const bodyParam = /[?&]body=([^&]*)/.exec(href)?.[1]
          if (body)
            expect(decodeURIComponent(bodyParam ?? '')).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'))
          expect(url.protocol).toBe('mailto:')
        },
      ),
    )
  })
})
