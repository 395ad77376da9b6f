import { describe, expect, it } from 'vitest'
import { safeHref } from './safe-href.ts'

describe('safeHref, the one filter for links the web app renders', () => {
  it('keeps web, mail, phone and calendar addresses and paths of this app', () => {
    expect(safeHref('https://www.linkedin.com/in/ada-lovelace')).toBe(
      'https://www.linkedin.com/in/ada-lovelace',
    )
    expect(safeHref('mailto:ada@example.org')).toBe('mailto:ada@example.org')
    expect(safeHref('tel:+33123456789')).toBe('tel:+33123456789')
    expect(safeHref('webcal://example.org/calendar/x.ics')).toBe(
      'webcal://example.org/calendar/x.ics',
    )
    expect(safeHref('/api/conversations/1/calendar.ics')).toBe('/api/conversations/1/calendar.ics')
    expect(safeHref('northwind.example', { bare: 'https' })).toBe('https://northwind.example/')
  })

  it('refuses script and data links however they are spelled, and other hosts behind //', () => {
    for (const value of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '//evil.example/',
      '/\\evil.example/',
      'not a link',
      '',
      null,
      undefined,
    ]) {
      expect(safeHref(value), String(value)).toBeNull()
    }
    expect(safeHref('javascript:alert(1)', { bare: 'https' })).toBeNull()
  })
})
