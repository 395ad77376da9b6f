import { type Command, Option } from 'commander'
import { mailSecurities } from '../../core/mail/schema.ts'
import { details, UsageError, wholeNumber } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { readText } from './lint.ts'

interface ConnectOptions {
  host: string
  port: number
  security: string
  user: string
  passwordStdin?: boolean
  autoConfirm?: boolean
}

const kindWords: Record<string, string> = {
  reply: 'replied',
  auto_reply: 'auto-reply',
  sent_draft: 'your draft went out',
  sent_outside: 'you wrote outside coffeechat',
  bounce: 'bounced',
}

/** `coffeechat mail connect|check|status|findings|confirm|dismiss|disconnect`: your mailbox, read only. */
export function registerMail(program: Command, session: CliSession): void {
  const { io } = session
  const mail = program
    .command('mail')
    .description('read your mailbox (IMAP, read-only) for replies from the people you know')

  mail
    .command('connect')
    .description('connect a mailbox; the password (an app password) is stored encrypted')
    .requiredOption(
      '--host <host>',
      'e.g. imap.gmail.com, outlook.office365.com, imap.mail.me.com, imap.fastmail.com',
    )
    .option('--port <port>', 'usually 993', wholeNumber('--port'), 993)
    .addOption(
      new Option('--security <mode>', 'tls, or none for a server on this machine')
        .choices(mailSecurities)
        .default('tls'),
    )
    .requiredOption('--user <name>', 'the user name, usually your address')
    .option('--password-stdin', 'read the password from stdin')
    .option('--auto-confirm', 'record replies at once instead of proposing them')
    .option('--json', 'print JSON')
    .action(async (options: ConnectOptions, command: Command) => {
      if (!options.passwordStdin) throw new UsageError('pipe the password in with --password-stdin')
      const password = (await readText(io, '-')).replace(/\r?\n$/, '')
      if (!password) throw new UsageError('--password-stdin read nothing: pipe the password in')
      const { connectMail } = await import('../../core/mail/settings.ts')
      const status = await connectMail(await session.ctx(command), {
        host: options.host,
        port: options.port,
        security: options.security,
        username: options.user,
        password,
        autoConfirm: options.autoConfirm ?? false,
      })
      await session.reply(
        command,
        status,
        () =>
          'Connected. Only INBOX and your Sent folder are read, never written. Check now: coffeechat mail check',
      )
    })

  mail
    .command('check')
    .description('read the new mail now')
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) => {
      const { checkMail, MailError } = await import('../../core/mail/check.ts')
      const result = await checkMail(await session.ctx(command))
      if (session.wantsJson(command)) return printJson(io, result)
      writeLine(
        io.stdout,
        `Found ${result.found} about people you know (${result.applied} recorded at once).`,
      )
      if (result.error) throw new MailError(`the check stopped early: ${result.error}`, 'server')
    })

  mail
    .command('status')
    .description('the connected mailbox and what waits for you')
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) => {
      const ctx = await session.ctx(command)
      const { mailStatus } = await import('../../core/mail/settings.ts')
      const { listFindings } = await import('../../core/mail/proposals.ts')
      const status = await mailStatus(ctx)
      const { getSettings } = await import('../../core/settings/service.ts')
      const every = (await getSettings(ctx)).mailCheckEveryMinutes
      if (session.wantsJson(command)) {
        return printJson(io, {
          mail: status,
          proposals: status ? await listFindings(ctx, { status: 'proposed' }) : [],
        })
      }
      if (!status)
        return writeLine(
          io.stdout,
          'No mailbox connected: coffeechat mail connect --host … --user … --password-stdin',
        )
      writeLine(
        io.stdout,
        details([
          ['Server', `${status.host}:${status.port} (${status.security})`],
          ['User', status.username],
          ['Last check', status.checkedAt ?? 'never'],
          ['Last error', status.lastError ?? 'none'],
          [
            'Checked',
            `every ${every} minutes while coffeechat start runs (mailCheckEveryMinutes), and on mail check`,
          ],
          ['Replies', status.autoConfirm ? 'recorded at once' : 'proposed for you to confirm'],
        ]),
      )
      for (const f of await listFindings(ctx, { status: 'proposed' })) {
        writeLine(
          io.stdout,
          `${f.id}  ${f.mailAt.slice(0, 10)}  ${kindWords[f.kind] ?? f.kind}  ${f.address}  ${f.subject}${f.absentUntil ? ` (away until ${f.absentUntil})` : ''}`,
        )
      }
    })

  for (const [name, what] of [
    ['confirm', 'confirm a proposal (a reply is recorded and the cadence moves)'],
    ['dismiss', 'dismiss a proposal; nothing changes'],
  ] as const) {
    mail
      .command(`${name} <id>`)
      .description(what)
      .option('--json', 'print JSON')
      .action(async (id: string, _options: unknown, command: Command) => {
        const { confirmFinding, dismissFinding } = await import('../../core/mail/proposals.ts')
        const ctx = await session.ctx(command)
        const finding =
          name === 'confirm' ? await confirmFinding(ctx, id) : await dismissFinding(ctx, id)
        await session.reply(
          command,
          finding,
          () => `${finding.status === 'confirmed' ? 'Confirmed' : 'Dismissed'}: ${finding.subject}`,
        )
      })
  }

  mail
    .command('disconnect')
    .description('forget the mailbox, its password and everything found')
    .action(async (_options: unknown, command: Command) => {
      const { disconnectMail } = await import('../../core/mail/settings.ts')
      await disconnectMail(await session.ctx(command))
      writeLine(io.stdout, 'Disconnected: the account, the password and every finding are deleted.')
    })
}
