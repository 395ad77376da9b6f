import { Command, CommanderError } from 'commander'
import { DomainError } from '../core/errors.ts'
import { domainErrorOfDatabase } from '../core/shared/database-failures.ts'
import { UsageError } from './format.ts'
import { type CliIO, writeLine } from './io.ts'
import { CliSession } from './session.ts'
import { version } from './version.ts'

type Register = (
  program: Command,
  session: CliSession,
  keepAlive: (done: Promise<void>) => void,
) => Promise<unknown>

/** Every command group, by the word that starts it, loaded on demand. */
const commands: Record<string, Register> = {
  start: async (p, s, keepAlive) =>
    (await import('./commands/start.ts')).registerStart(p, s, keepAlive),
  demo: async (p, s) => (await import('./commands/demo.ts')).registerDemo(p, s),
  careers: async (p, s) => (await import('./commands/careers.ts')).registerCareers(p, s),
  orgs: async (p, s) => (await import('./commands/organizations.ts')).registerOrganizations(p, s),
  people: async (p, s) => (await import('./commands/people.ts')).registerPeople(p, s),
  chats: async (p, s) => {
    ;(await import('./commands/chats.ts')).registerChats(p, s)
    ;(await import('./commands/export-ics.ts')).registerChatIcs(p, s)
  },
  questions: async (p, s) => (await import('./commands/questions.ts')).registerQuestions(p, s),
  plan: async (p, s) => (await import('./commands/plan.ts')).registerPlan(p, s),
  prep: async (p, s) => (await import('./commands/prep.ts')).registerPrep(p, s),
  meet: async (p, s) => (await import('./commands/meet.ts')).registerMeet(p, s),
  reflect: async (p, s) => (await import('./commands/reflect.ts')).registerReflect(p, s),
  settings: async (p, s) => (await import('./commands/settings.ts')).registerSettings(p, s),
  search: async (p, s) => (await import('./commands/search.ts')).registerSearch(p, s),
  export: async (p, s) => (await import('./commands/export.ts')).registerExport(p, s),
  calendar: async (p, s) => (await import('./commands/calendar.ts')).registerCalendar(p, s),
  import: async (p, s) => (await import('./commands/import.ts')).registerImport(p, s),
  restore: async (p, s) => (await import('./commands/restore.ts')).registerRestore(p, s),
  today: async (p, s) => (await import('./commands/today.ts')).registerToday(p, s),
  drafts: async (p, s) => (await import('./commands/drafts.ts')).registerDrafts(p, s),
  send: async (p, s) => (await import('./commands/send.ts')).registerSend(p, s),
  unsend: async (p, s) => (await import('./commands/send.ts')).registerUnsend(p, s),
  reply: async (p, s) => (await import('./commands/reply.ts')).registerReply(p, s),
  templates: async (p, s) => (await import('./commands/templates.ts')).registerTemplates(p, s),
  smtp: async (p, s) => (await import('./commands/smtp.ts')).registerSmtp(p, s),
  mail: async (p, s) => (await import('./commands/mail.ts')).registerMail(p, s),
  lint: async (p, s) => (await import('./commands/lint.ts')).registerLint(p, s),
  mcp: async (p, s, keepAlive) => (await import('./commands/mcp.ts')).registerMcp(p, s, keepAlive),
  tokens: async (p, s) => (await import('./commands/tokens.ts')).registerTokens(p, s),
}

/** The global options that take a value (`--data DIR`), so their value is not taken for the command. */
const valueOptions = new Set(['--data', '--server', '--token', '--token-file'])

/** The first word of the command line that is not an option (or the value of one). */
function commandNoun(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (valueOptions.has(arg)) i++
    else if (!arg.startsWith('-')) return arg
  }
  return undefined
}

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
    .option(
      '--server <url>',
      'work on a coffeechat server instead of a data directory (default: $COFFEECHAT_SERVER)',
    )
    .option('--token-stdin', 'read the personal access token for --server from stdin')
    .option(
      '--token-file <file>',
      'read the token from this file, readable by you alone (default: $COFFEECHAT_TOKEN_FILE)',
    )
    .option(
      '--token <token>',
      'the token itself (default: $COFFEECHAT_TOKEN); other users can see it in ps: prefer the two above',
    )
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
  const keepAlive = (done: Promise<void>) => running.push(done)
  // Only the command asked for is loaded: each pulls in its part of the core,
  // and start-up time is most of a short command's time.
  const noun = commandNoun(argv)
  const wanted = noun && noun in commands ? [noun] : Object.keys(commands)
  for (const name of wanted) await commands[name]?.(program, session, keepAlive)

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
  const known = error instanceof DomainError ? error : domainErrorOfDatabase(error)
  if (known) {
    writeLine(io.stderr, `coffeechat: ${known.message}`)
    return EXIT.userError
  }
  const message = error instanceof Error ? error.message : String(error)
  writeLine(io.stderr, `coffeechat: unexpected error: ${message}`)
  if (io.env.COFFEECHAT_DEBUG && error instanceof Error && error.stack)
    writeLine(io.stderr, error.stack)
  return EXIT.userError
}
