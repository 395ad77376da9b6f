import nodemailer from 'nodemailer'

export type SendMail = (message: { to: string; subject: string; text: string }) => Promise<void>

/**
 * The instance's own mail (reset links, invitations, digests) through the
 * SMTP server in `COFFEECHAT_SMTP_URL`. Without one, nothing is sent and the
 * server says so — without the message, which may hold a secret link.
 */
export function createMailer(
  smtpUrl: string | undefined,
  from: string | undefined,
  baseUrl: URL,
): SendMail {
  const sender = from ?? `coffeechat <no-reply@${baseUrl.hostname}>`
  if (!smtpUrl) {
    return async ({ to, subject }) => {
      console.warn(`[coffeechat] no COFFEECHAT_SMTP_URL: "${subject}" to ${to} was not sent`)
    }
  }
  const transport = nodemailer.createTransport(smtpUrl)
  return async ({ to, subject, text }) => {
    await transport.sendMail({ from: sender, to, subject, text })
  }
}
