import { writeFile } from 'node:fs/promises'
import { type Command, Option } from 'commander'
import { ConflictError } from '../../core/errors.ts'
import { momentText } from '../../core/shared/date-words.ts'
import { UsageError } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

interface SendOptions {
  via: 'smtp' | 'eml' | 'mailto' | 'copy' | 'other'
  yes?: boolean
  out?: string
  sent?: boolean
  at?: string
}

/**
 * `coffeechat send MESSAGE`: the ways out, always by the explorer's hand.
 * SMTP asks first (or needs --yes); the others hand over the message and
 * `--sent` records it once the explorer has sent it themselves.
 */
export function registerSend(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('send')
    .description(
      'send a draft: through SMTP after you confirm, or as .eml, mailto: or text to copy',
    )
    .argument('<message>', 'the draft’s id')
    .addOption(
      new Option(
        '--via <way>',
        'smtp (asks first), eml, mailto or copy; with --sent also other (another way)',
      )
        .choices(['smtp', 'eml', 'mailto', 'copy', 'other'])
        .default('smtp'),
    )
    .option('--yes', 'send through SMTP without asking (you confirm this one message)')
    .option('--out <file>', 'with --via eml: where to write the .eml (- for stdout)')
    .option('--sent', 'record that you sent it yourself (with --via copy, mailto, eml or other)')
    .option('--at <instant>', 'with --sent: when, e.g. 2026-03-02T09:30:00+01:00 (default: now)')
    .option('--json', 'print the message as JSON afterwards')
    .action(async (ref: string, options: SendOptions, command: Command) => {
      const done = (text: string) =>
        writeLine(session.wantsJson(command) ? io.stderr : io.stdout, text)

      // Recording a sending works remotely too (--server); the ways out need this machine.
      if (options.sent) {
        if (options.via === 'smtp') {
          throw new UsageError(
            '--sent records a message you sent yourself: add --via copy, mailto, eml or other',
          )
        }
        const source = await session.source(command)
        const id = await source.resolve('message', ref)
        const sent = await source.messages.markSent(id, {
          channel: options.via,
          sentAt: options.at,
        })
        if (session.wantsJson(command)) return printJson(io, sent)
        const style = await session.dateStyle(command)
        return done(
          `Recorded: the ${sent.kind} to ${sent.person} went out ${momentText(sent.sentAt ?? style.now, style, style.now)} (${sent.channel === 'other' ? 'another way' : sent.channel}). Marked sent by mistake? coffeechat unsend ${sent.id}`,
        )
      }
      const ctx = await session.ctx(command)
      const { resolveMessage } = await import('../../core/outreach/service.ts')
      const message = await resolveMessage(ctx, ref)
      if (message.status !== 'draft') {
        const style = await session.dateStyle(command)
        throw new ConflictError(
          `this ${message.kind} to ${message.person} was already sent (${message.sentAt ? momentText(message.sentAt, style, style.now) : 'earlier'})`,
        )
      }
      if (options.via === 'other') {
        throw new UsageError('--via other only records a sending: add --sent')
      }
      // Text with {myName} in it is not handed over in any form.
      const { assertFinished } = await import('../../core/outreach/unfinished.ts')
      assertFinished(message)

      if (options.via === 'smtp') {
        if (!options.yes)
          await confirmOrRefuse(session, message.person, message.to, message.subject)
        const { sendViaSmtp } = await import('../../core/outreach/sending.ts')
        const sent = await sendViaSmtp(ctx, message.id, { confirm: true })
        if (session.wantsJson(command)) return printJson(io, sent)
        return done(`Sent the ${sent.kind} to ${sent.person} <${sent.to}> through SMTP.`)
      }
      if (options.via === 'eml') {
        const { emlOf } = await import('../../core/outreach/sending.ts')
        const { fileName, bytes } = await emlOf(ctx, message.id)
        const out = options.out ?? fileName
        if (out === '-') io.stdout.write(bytes)
        else await writeFile(out, bytes)
        writeLine(
          io.stderr,
          `${out === '-' ? 'Wrote the .eml' : `Wrote ${out}`}: open it in your mail program and send it; then run coffeechat send ${message.id} --sent --via eml`,
        )
        return
      }
      if (options.via === 'mailto') {
        if (!message.mailto.href) {
          throw new ConflictError(
            `the mailto: link would be ${message.mailto.length} characters, more than mailtoMaxLength (${message.mailto.maxLength}) that mail programs reliably take: use --via eml, copy or smtp`,
          )
        }
        writeLine(io.stdout, message.mailto.href)
      } else {
        writeLine(io.stdout, `Subject: ${message.subject}\n\n${message.body}`)
      }
      writeLine(
        io.stderr,
        `When you have sent it: coffeechat send ${message.id} --sent --via ${options.via}`,
      )
    })
}

/** `coffeechat unsend MESSAGE`: a message marked sent by mistake becomes a draft again. */
export function registerUnsend(program: Command, session: CliSession): void {
  program
    .command('unsend')
    .description(
      'take back a message marked sent by mistake: a draft again, and what sending moved undone',
    )
    .argument('<message>', 'the message’s id')
    .option('--json', 'print what was undone as JSON')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const source = await session.source(command)
      const back = await source.messages.unsend(await source.resolve('message', ref))
      await session.reply(
        command,
        back,
        () => `The ${back.message.kind} to ${back.message.person} is a draft again. ${back.note}`,
      )
    })
}

async function confirmOrRefuse(
  session: CliSession,
  person: string,
  to: string | null,
  subject: string,
): Promise<void> {
  const { io } = session
  const what = `"${subject}" to ${person} <${to ?? 'no address'}>`
  if (!io.interactive) {
    throw new UsageError(
      `sending ${what} through SMTP needs your confirmation: run it in a terminal, or add --yes`,
    )
  }
  const { confirm, isCancel } = await import('@clack/prompts')
  const answer = await confirm({
    message: `Send ${what} now through SMTP?`,
    initialValue: false,
    input: io.stdin,
    output: io.stderr,
  })
  if (isCancel(answer) || !answer) throw new UsageError('not sent: you did not confirm')
}
