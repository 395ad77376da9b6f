import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { invalid } from '../../core/errors.ts'
import { UsageError } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { resolveConversationIn } from './plan.ts'

export function registerPrep(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('prep')
    .description('the prep sheet of a conversation: who, when, where, background, the questions')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .option('--format <format>', 'md (for the terminal) or html (a printable page)', 'md')
    .option('--out <file>', 'write it to this file instead of the terminal')
    .option('--json', 'print the sheet as JSON')
    .action(async (ref: string, options: { format: string; out?: string }, command: Command) => {
      if (!['md', 'html'].includes(options.format)) {
        throw new UsageError(`--format must be md or html, not "${options.format}"`)
      }
      const source = await session.source(command)
      const conversation = await resolveConversationIn(source, ref)
      const sheet = await source.plans.prep(conversation.id)
      if (session.wantsJson(command)) return printJson(io, sheet)
      const text =
        options.format === 'html'
          ? (await import('../../core/plans/prep-html.ts')).prepHtml(sheet)
          : (await import('../../core/plans/prep-markdown.ts')).prepMarkdown(sheet)
      if (!options.out) {
        io.stdout.write(text)
        return
      }
      try {
        await writeFile(options.out, text, 'utf8')
      } catch (error) {
        const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown'
        throw invalid(
          'out',
          `could not write ${options.out} (${reason}); check that the folder exists and is writable`,
        )
      }
      writeLine(io.stdout, `Wrote the prep sheet for ${sheet.who.name} to ${options.out}`)
    })
}
