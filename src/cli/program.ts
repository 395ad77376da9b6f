import { Command, CommanderError } from 'commander'
import { DomainError } from '../core/errors.ts'
import { registerCalendar } from './commands/calendar.ts'
import { registerCareers } from './commands/careers.ts'
import { registerChats } from './commands/chats.ts'
import { registerDemo } from './commands/demo.ts'
import { registerDrafts } from './commands/drafts.ts'
import { registerExport } from './commands/export.ts'
import { registerChatIcs } from './commands/export-ics.ts'
import { registerImport } from './commands/import.ts'
import { registerLint } from './commands/lint.ts'
import { registerMeet } from './commands/meet.ts'
import { registerOrganizations } from './commands/organizations.ts'
import { registerPeople } from './commands/people.ts'
import { registerPlan } from './commands/plan.ts'
import { registerPrep } from './commands/prep.ts'
import { registerQuestions } from './commands/questions.ts'
import { registerReflect } from './commands/reflect.ts'
import { registerReply } from './commands/reply.ts'
import { registerRestore } from './commands/restore.ts'
import { registerSearch } from './commands/search.ts'
import { registerSend } from './commands/send.ts'
import { registerSettings } from './commands/settings.ts'
import { registerSmtp } from './commands/smtp.ts'
import { registerStart } from './commands/start.ts'
import { registerTemplates } from './commands/templates.ts'
import { registerToday } from './commands/today.ts'
import { UsageError } from './format.ts'
import { type CliIO, writeLine } from './io.ts'
import { CliSession } from './session.ts'
import { version } from './version.ts'

/** Exit codes: 0 success, 1 a user error in the data, 2 wrong usage. */
export const EXIT = { ok: 0, userError: 1, usage: 2 } as const

/**
 * Runs one CLI command and returns its exit code; never throws, never exits
 * the process (so tests can run it in process).
 *
 * @example await runCli(['people', 'list', '--json'], io) // 0
 */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const session = new CliSession(io)
  const running: Array<Promise<void>> = []
  const program = new Command('coffeechat')
    .description('Explore careers through informational interviews.')
    .version(version, '-V, --version')
    .option(
      '--data <dir>',
      'data directory (default: $COFFEECHAT_DATA, else ~/.local/share/coffeechat)',
    )
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
  registerStart(program, session, (done) => running.push(done))
  registerDemo(program, session)
  registerCareers(program, session)
  registerOrganizations(program, session)
  registerPeople(program, session)
  registerChats(program, session)
  registerChatIcs(program, session)
  registerQuestions(program, session)
  registerPlan(program, session)
  registerPrep(program, session)
  registerMeet(program, session)
  registerReflect(program, session)
  registerSettings(program, session)
  registerSearch(program, session)
  registerExport(program, session)
  registerCalendar(program, session)
  registerImport(program, session)
  registerRestore(program, session)
  registerToday(program, session)
  registerDrafts(program, session)
  registerSend(program, session)
  registerReply(program, session)
  registerTemplates(program, session)
  registerSmtp(program, session)
  registerLint(program, session)

  try {
    await program.parseAsync(argv, { from: 'user' })
    await Promise.all(running)
    return EXIT.ok
  } catch (error) {
    return report(error, io)
  } finally {
    await session.close().catch(() => undefined)
  }
}

function report(error: unknown, io: CliIO): number {
  if (error instanceof CommanderError) {
    const quiet = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(
      error.code,
    )
    return quiet || error.exitCode === 0 ? EXIT.ok : EXIT.usage
  }
  if (error instanceof UsageError) {
    writeLine(io.stderr, `coffeechat: ${error.message}`)
    return EXIT.usage
  }
  if (error instanceof DomainError) {
    writeLine(io.stderr, `coffeechat: ${error.message}`)
    return EXIT.userError
  }
  const message = error instanceof Error ? error.message : String(error)
  writeLine(io.stderr, `coffeechat: unexpected error: ${message}`)
  if (io.env.COFFEECHAT_DEBUG && error instanceof Error && error.stack)
    writeLine(io.stderr, error.stack)
  return EXIT.userError
}
