import type { Command } from 'commander'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

/** `coffeechat reply PERSON|MESSAGE [--at ISO]`: record that they answered. */
export function registerReply(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('reply')
    .description('record a reply: to a message, or to the latest one sent to a person')
    .argument('<who>', 'the message id, or the person (name or id)')
    .option('--at <instant>', 'when they replied, e.g. 2026-03-04T16:30:00+01:00 (default: now)')
    .option('--json', 'print what was recorded as JSON')
    .action(async (ref: string, options: { at?: string }, command: Command) => {
      const ctx = await session.ctx(command)
      const { selectMessage } = await import('../../core/outreach/repo.ts')
      const { recordReply } = await import('../../core/outreach/replies.ts')
      const { resolvePerson } = await import('../../core/people/service.ts')
      const message = await selectMessage(ctx, ref)
      const target = message
        ? { messageId: message.id }
        : { personId: (await resolvePerson(ctx, ref, 'who')).id }
      const recorded = await recordReply(ctx, { ...target, repliedAt: options.at })
      if (session.wantsJson(command)) return printJson(io, recorded)
      const { outreach } = recorded
      writeLine(
        io.stdout,
        `Recorded ${recorded.message.person}'s reply to your ${recorded.message.kind}${
          outreach.responsivenessLabel ? ` — ${outreach.responsivenessLabel.toLowerCase()}` : ''
        }.`,
      )
      writeLine(io.stdout, `Next: ${recorded.next}`)
    })
}
