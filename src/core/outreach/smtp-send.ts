import { UpstreamError } from '../errors.ts'
import { crlf, oneLine } from './mailto.ts'
import type { SmtpFailureReason } from './schema.ts'
import type { SmtpAccount } from './smtp-settings.ts'

/**
 * Sending one message through the explorer's SMTP server with nodemailer,
 * and what its refusals mean in plain words. Nothing here logs: nodemailer's
 * logger stays off, so the password never reaches a log.
 */

/** A refusal or failure of the SMTP server, said so that the explorer knows what to do. */
export class SmtpError extends UpstreamError {
  readonly reason: SmtpFailureReason
  readonly responseCode: number | null
  constructor(message: string, reason: SmtpFailureReason, responseCode: number | null) {
    super(message)
    this.reason = reason
    this.responseCode = responseCode
  }
}

export interface OutgoingMail {
  to: { name: string; address: string }
  subject: string
  body: string
  /** Without angle brackets. */
  messageId: string
  date: Date
}

/**
 * Sends one message; resolves with the Message-ID, or throws an SmtpError.
 *
 * @example await sendThroughSmtp(account, { to, subject, body, messageId, date })
 */
export async function sendThroughSmtp(account: SmtpAccount, mail: OutgoingMail): Promise<string> {
  const transport = await transportFor(account)
  try {
    await transport.sendMail({
      from: { name: oneLine(account.fromName), address: oneLine(account.fromAddress) },
      to: [{ name: oneLine(mail.to.name), address: oneLine(mail.to.address) }],
      subject: oneLine(mail.subject),
      text: crlf(mail.body),
      messageId: `<${oneLine(mail.messageId)}>`,
      date: mail.date,
    })
    return mail.messageId
  } catch (error) {
    throw explainSmtpError(error, account, mail.to.address)
  } finally {
    transport.close()
  }
}

/** Connects and signs in without sending anything: `coffeechat smtp test`. */
export async function verifySmtp(account: SmtpAccount): Promise<void> {
  const transport = await transportFor(account)
  try {
    await transport.verify()
  } catch (error) {
    throw explainSmtpError(error, account, null)
  } finally {
    transport.close()
  }
}

async function transportFor(account: SmtpAccount) {
  // Loaded here: only sending needs nodemailer's transport.
  const { createTransport } = await import('nodemailer')
  return createTransport({
    host: account.host,
    port: account.port,
    secure: account.security === 'tls',
    requireTLS: account.security === 'starttls',
    ignoreTLS: account.security === 'none',
    auth: account.username ? { user: account.username, pass: account.password ?? '' } : undefined,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
    logger: false,
    debug: false,
  })
}

interface NodemailerFailure {
  code?: string
  responseCode?: number
  response?: string
  command?: string
  message?: string
}

/**
 * Turns nodemailer's error into a sentence: bad credentials (535), a
 * temporary refusal (4xx: try again later), a permanent one (5xx: a
 * rejected recipient or message), no connection, a timeout, a TLS mismatch.
 *
 * @example explainSmtpError({ code: 'EAUTH', responseCode: 535 }, account, 'ana@x.org').reason // 'auth'
 */
export function explainSmtpError(
  error: unknown,
  account: Pick<SmtpAccount, 'host' | 'port'>,
  recipient: string | null,
): SmtpError {
  const failure: NodemailerFailure = typeof error === 'object' && error !== null ? error : {}
  const code = failure.code ?? ''
  const status = typeof failure.responseCode === 'number' ? failure.responseCode : null
  const said = failure.response ? ` — the server said: "${clip(failure.response)}"` : ''
  const message = String(failure.message ?? error)
  const server = `${account.host}:${account.port}`
  if (code === 'EAUTH' || status === 535 || status === 534) {
    return new SmtpError(
      `the SMTP server ${server} refused the user name or password${status ? ` (${status})` : ''}: check them in the SMTP settings${said}`,
      'auth',
      status,
    )
  }
  if (status !== null && status >= 400 && status < 500) {
    return new SmtpError(
      `the SMTP server ${server} could not take the message just now (${status}): nothing was sent; try again later${said}`,
      'temporary',
      status,
    )
  }
  if (status !== null && status >= 500) {
    const whom =
      failure.command?.toUpperCase().startsWith('RCPT') && recipient
        ? `the recipient ${recipient}`
        : 'the message'
    return new SmtpError(
      `the SMTP server ${server} refused ${whom} (${status}): nothing was sent; check the address${said}`,
      'rejected',
      status,
    )
  }
  if (code === 'ETIMEDOUT' || /timed? ?out/i.test(message)) {
    return new SmtpError(
      `no answer from the SMTP server ${server} in time: check the host, the port and your network connection`,
      'timeout',
      null,
    )
  }
  if (code === 'EDNS' || /ENOTFOUND|EAI_AGAIN/.test(message)) {
    return new SmtpError(
      `the SMTP server ${account.host} was not found: check the host name`,
      'connection',
      null,
    )
  }
  if (/ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH/.test(message) || code === 'ECONNECTION') {
    return new SmtpError(
      `could not connect to the SMTP server ${server} (${/ECONNREFUSED/.test(message) ? 'connection refused' : 'connection failed'}): check the host and the port`,
      'connection',
      null,
    )
  }
  if (code === 'ETLS' || /TLS|SSL|wrong version number/i.test(message)) {
    return new SmtpError(
      `the secure connection to ${server} failed: check the security setting (tls for port 465, starttls for 587)`,
      'tls',
      null,
    )
  }
  return new SmtpError(`sending through ${server} failed: ${clip(message)}`, 'other', status)
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}
