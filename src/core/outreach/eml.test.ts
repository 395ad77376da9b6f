import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { buildEml, emlFileName } from './eml.ts'

const date = new Date('2026-03-02T09:00:00Z')

describe('.eml drafts', () => {
  it('parse back with X-Unsent: 1, the addresses, the subject and the body, CRLF throughout', async () => {
    const bytes = await buildEml({
      from: { name: 'Sam Lee', address: 'sam@example.org' },
      to: { name: 'Zoë Núñez', address: 'zoe@example.org' },
      subject: 'Your path into pricing — a question',
      body: 'Hi Zoë,\n\nWould you have 20 minutes?\n\nBest,\nSam',
      date,
      messageId: '0190-abc@coffeechat.local',
    })
    const text = bytes.toString('latin1')
    expect(text).not.toMatch(/[^\r]\n/)
    expect(text.split('\r\n\r\n')[0]?.split('\r\n')).toContain('X-Unsent: 1')
    const mail = await simpleParser(bytes)
    expect(mail.headers.get('x-unsent')).toBe('1')
    expect(mail.subject).toBe('Your path into pricing — a question')
    expect(mail.from?.value).toEqual([{ name: 'Sam Lee', address: 'sam@example.org' }])
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : null).toEqual([
      { name: 'Zoë Núñez', address: 'zoe@example.org' },
    ])
    expect(mail.text?.trimEnd()).toBe('Hi Zoë,\n\nWould you have 20 minutes?\n\nBest,\nSam')
    expect(mail.messageId).toBe('<0190-abc@coffeechat.local>')
    expect(mail.date?.toISOString()).toBe('2026-03-02T09:00:00.000Z')
  })

  it('makes header injection impossible: CR/LF in any header value stay on its line', async () => {
    const bytes = await buildEml({
      from: { name: 'Sam\r\nBcc: spy@evil.example', address: 'sam@example.org' },
      to: { name: 'Ana\nX-Evil: 1', address: 'ana@example.org' },
      subject: 'Hello\r\nBcc: spy@evil.example\r\n\r\nInjected body',
      body: 'The real body',
      date,
      messageId: 'id@coffeechat.local\r\nX-Evil: 2',
    })
    const mail = await simpleParser(bytes)
    expect(mail.bcc).toBeUndefined()
    expect(mail.headers.has('x-evil')).toBe(false)
    expect(mail.subject).toBe('Hello Bcc: spy@evil.example Injected body')
    expect(mail.text?.trimEnd()).toBe('The real body')
    const headerBlock = bytes.toString('utf8').split('\r\n\r\n')[0] ?? ''
    expect(headerBlock).not.toMatch(/^Bcc:/im)
  })

  it('can leave the sender and the recipient out, for the mail program to fill in', async () => {
    const mail = await simpleParser(
      await buildEml({ to: null, subject: 'Hi', body: 'x', date, messageId: 'm@coffeechat.local' }),
    )
    expect(mail.to).toBeUndefined()
    expect(mail.headers.get('x-unsent')).toBe('1')
  })

  it('names the file after the subject', () => {
    expect(emlFileName('Thank you, Zoë!', 'id')).toBe('Thank-you-Zoe.eml')
    expect(emlFileName('???', 'fallback-id')).toBe('fallback-id.eml')
  })
})
