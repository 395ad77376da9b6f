import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import type { CalendarFile } from '../../core/calendar/service.ts'
import { invalid } from '../../core/errors.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { resolveConversation } from './plan.ts'

/** Prints the calendar, or writes it to `--out`, or says in JSON what was written. */
async function deliver(
  io: CliIO,
  file: CalendarFile,
  options: { out?: string | undefined; json: boolean },
  what: string,
): Promise<void> {
  const events = file.conversationIds.length
  if (options.out) {
    try {
      await writeFile(options.out, file.text, 'utf8')
    } catch (error) {
      const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown'
      throw invalid(
        'out',
        `could not write ${options.out} (${reason}); check that the folder exists and is writable`,
      )
    }
    if (options.json)
      return printJson(io, { out: options.out, events, conversationIds: file.conversationIds })
    return writeLine(io.stdout, `Wrote ${what} to ${options.out}`)
  }
  if (options.json)
    return printJson(io, { events, conversationIds: file.conversationIds, ics: file.text })
  io.stdout.write(file.text)
}

/**
 * `coffeechat export ics [--out FILE]`: every conversation in the feed
 * window as one iCalendar file to import (cancelled ones marked cancelled).
 */
export function registerExportIcs(exportCommand: Command, session: CliSession): void {
  const { io } = session
  exportCommand
    .command('ics')
    .description(
      'scheduled conversations (the last feedPastDays days and all to come) as one iCalendar file to import',
    )
    .option('--out <file>', 'write it to this file instead of the terminal')
    .option('--json', 'print JSON: the conversations written (and the file text without --out)')
    .action(async (options: { out?: string }, command: Command) => {
      const ctx = await session.ctx(command)
      const { windowCalendar } = await import('../../core/calendar/service.ts')
      const file = await windowCalendar(ctx, 'file')
      const n = file.conversationIds.length
      await deliver(
        io,
        file,
        { out: options.out, json: session.wantsJson(command) },
        `${n} ${n === 1 ? 'conversation' : 'conversations'}`,
      )
    })
}

/**
 * `coffeechat chats ics CONVERSATION [--out FILE]`, added to the `chats`
 * command (registered before this): one conversation's `.ics`.
 */
export function registerChatIcs(program: Command, session: CliSession): void {
  const { io } = session
  const chats = program.commands.find((c) => c.name() === 'chats') ?? program.command('chats')
  chats
    .command('ics')
    .description('one conversation as an iCalendar file: agenda, question plan and reminders')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .option('--out <file>', 'write it to this file instead of the terminal')
    .option('--json', 'print JSON: the file name and text')
    .action(async (ref: string, options: { out?: string }, command: Command) => {
      const ctx = await session.ctx(command)
      const conversation = await resolveConversation(ctx, ref)
      const { conversationCalendar } = await import('../../core/calendar/service.ts')
      const file = await conversationCalendar(ctx, conversation.id)
      if (session.wantsJson(command) && !options.out)
        return printJson(io, { fileName: file.fileName, ics: file.text })
      await deliver(
        io,
        file,
        { out: options.out, json: session.wantsJson(command) },
        `the conversation with ${conversation.person}`,
      )
    })
}
