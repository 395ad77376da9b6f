import { type Command, Option } from 'commander'
import { smtpSecurities } from '../../core/outreach/schema.ts'
import { details, UsageError, wholeNumber } from '../format.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { readText } from './lint.ts'

interface SmtpOptions {
  host: string
  port: number
  security: string
  user?: string
  passwordStdin?: boolean
  fromName?: string
  fromAddress: string
}

/** `coffeechat smtp set|show|test|rm`: your mail server, the password stored encrypted. */
export function registerSmtp(program: Command, session: CliSession): void {
  const { io } = session
  const smtp = program
    .command('smtp')
    .description('your SMTP server, for sending a message after you confirm it')

  smtp
    .command('set')
    .description('save the SMTP settings; the password is stored encrypted, never shown')
    .requiredOption('--host <host>', 'e.g. smtp.example.org')
    .option('--port <port>', 'usually 465 (tls) or 587 (starttls)', wholeNumber('--port'), 587)
    .addOption(
      new Option('--security <mode>', 'tls, starttls or none')
        .choices(smtpSecurities)
        .default('starttls'),
    )
    .option('--user <name>', 'the user name to sign in with')
    .option('--password-stdin', 'read the password from stdin (without it, a terminal asks)')
    .option('--no-password', 'remove the stored password')
    .option('--from-name <name>', 'the name your messages come from')
    .requiredOption('--from-address <address>', 'the address your messages come from')
    .option('--json', 'print the settings as JSON')
    .action(async (options: SmtpOptions & { password?: boolean }, command: Command) => {
      const ctx = await session.ctx(command)
      const { saveSmtpSettings } = await import('../../core/outreach/smtp-settings.ts')
      const password =
        options.password === false
          ? null
          : await readPassword(io, options.passwordStdin, options.user)
      const saved = await saveSmtpSettings(ctx, {
        host: options.host,
        port: options.port,
        security: options.security,
        username: options.user,
        password,
        fromName: options.fromName,
        fromAddress: options.fromAddress,
      })
      await session.reply(command, saved, () => `Saved. Check it with: coffeechat smtp test`)
    })

  smtp
    .command('show')
    .description('show the SMTP settings (never the password)')
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) => {
      const { getSmtpSettings } = await import('../../core/outreach/smtp-settings.ts')
      const settings = await getSmtpSettings(await session.ctx(command))
      if (session.wantsJson(command)) return printJson(io, settings)
      if (!settings) {
        return writeLine(
          io.stdout,
          'No SMTP settings yet: coffeechat smtp set --host … --from-address …',
        )
      }
      writeLine(
        io.stdout,
        details([
          ['Server', `${settings.host}:${settings.port} (${settings.security})`],
          ['User', settings.username || '(no sign-in)'],
          ['Password', settings.passwordSet ? 'set (stored encrypted)' : 'not set'],
          ['From', `${settings.fromName ? `${settings.fromName} ` : ''}<${settings.fromAddress}>`],
        ]),
      )
    })

  smtp
    .command('test')
    .description('connect and sign in, sending nothing')
    .action(async (_options: unknown, command: Command) => {
      const { smtpAccount } = await import('../../core/outreach/smtp-settings.ts')
      const { verifySmtp } = await import('../../core/outreach/smtp-send.ts')
      const account = await smtpAccount(await session.ctx(command))
      await verifySmtp(account)
      writeLine(
        io.stdout,
        `${account.host}:${account.port} accepted the connection and the sign-in.`,
      )
    })

  smtp
    .command('rm')
    .description('forget the SMTP settings and the password')
    .action(async (_options: unknown, command: Command) => {
      const { deleteSmtpSettings } = await import('../../core/outreach/smtp-settings.ts')
      await deleteSmtpSettings(await session.ctx(command))
      writeLine(io.stdout, 'Forgot the SMTP settings.')
    })
}

/** The password from stdin, or asked in a terminal; undefined keeps the stored one. */
async function readPassword(
  io: CliIO,
  fromStdin: boolean | undefined,
  user: string | undefined,
): Promise<string | undefined> {
  if (fromStdin) {
    const text = (await readText(io, '-')).replace(/\r?\n$/, '')
    if (!text) throw new UsageError('--password-stdin read nothing: pipe the password in')
    return text
  }
  if (!user || !io.interactive) return undefined
  const { password, isCancel } = await import('@clack/prompts')
  const answer = await password({
    message: `Password for ${user} (leave empty to keep the stored one)`,
    input: io.stdin,
    output: io.stderr,
  })
  if (isCancel(answer)) throw new UsageError('cancelled: nothing saved')
  return answer || undefined
}
