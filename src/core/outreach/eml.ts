import MailComposer from 'nodemailer/lib/mail-composer'
import { crlf, oneLine } from './mailto.ts'

/**
 * `.eml` drafts: a complete RFC 5322 message with `X-Unsent: 1`, which makes
 * Outlook and Thunderbird-family programs open it as a draft to send. Built
 * with nodemailer's MailComposer (encodings, folding, UTF-8 headers), with
 * CRLF line ends throughout. Every header value is put on one line before
 * it reaches the composer, so no subject or name can add a header of its
 * own (header injection).
 */

export interface EmlInput {
  from?: { name: string; address: string } | null
  to: { name: string; address: string } | null
  subject: string
  body: string
  date: Date
  /** A Message-ID without angle brackets, e.g. `0190…@coffeechat.local`. */
  messageId: string
}

/**
 * The bytes of an `.eml` draft.
 *
 * @example (await buildEml({ to: null, subject: 'Hi', body: 'Hello', date, messageId: 'x@coffeechat.local' })).toString()
 * // 'X-Unsent: 1\r\n…Subject: Hi\r\n…'
 */
export async function buildEml(input: EmlInput): Promise<Buffer> {
  const address = (person: { name: string; address: string }) => ({
    name: oneLine(person.name),
    address: oneLine(person.address),
  })
  const composer = new MailComposer({
    from: input.from ? address(input.from) : undefined,
    to: input.to ? [address(input.to)] : undefined,
    subject: oneLine(input.subject),
    text: crlf(input.body),
    date: input.date,
    messageId: `<${oneLine(input.messageId)}>`,
    headers: { 'X-Unsent': '1' },
    textEncoding: 'quoted-printable',
  })
  return composer.compile().build()
}

/** A file name for the draft: the subject's letters and digits, else the id. */
export function emlFileName(subject: string, fallback: string): string {
  const stem = subject
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
  return `${stem || fallback}.eml`
}
