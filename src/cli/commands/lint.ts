import { readFile } from 'node:fs/promises'
import { type Command, Option } from 'commander'
import { invalid } from '../../core/errors.ts'
import { messageKinds } from '../../core/rules/lint-types.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

/**
 * The text of a file, or of stdin for `-` (and when no file is named).
 * An unreadable file is a user error naming the file.
 */
export async function readText(io: CliIO, file: string | undefined): Promise<string> {
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = []
    for await (const chunk of io.stdin) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
    }
    return Buffer.concat(chunks).toString('utf8')
  }
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'not allowed to read it'
            : 'it cannot be read'
    throw invalid('file', `cannot read ${file}: ${why}`)
  }
}

/** `coffeechat lint [FILE|-] --kind …`: the message lint, exit 0 whatever it finds. */
export function registerLint(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('lint')
    .description(
      'check a message (or a question) against the short-email rules and the etiquette guard',
    )
    .argument('[file]', 'the text to check; - or nothing reads stdin')
    .addOption(
      new Option('--kind <kind>', 'what the text is').choices(messageKinds).makeOptionMandatory(),
    )
    .option('--json', 'print { words, problems: [{ rule, message, start, end }] }')
    .action(async (file: string | undefined, options: { kind: string }, command: Command) => {
      const text = await readText(io, file)
      const { lintText } = await import('../../core/outreach/lint-service.ts')
      const { formatProblems } = await import('../../core/rules/email-lint.ts')
      const result = await lintText(await session.ctx(command), { text, kind: options.kind })
      if (session.wantsJson(command)) {
        return printJson(io, { words: result.words, problems: result.problems })
      }
      const count = result.problems.length
      writeLine(
        io.stdout,
        `${result.words} words, ${count === 0 ? 'no problems' : `${count} problem${count === 1 ? '' : 's'}`}`,
      )
      for (const line of formatProblems(text, result.problems)) writeLine(io.stdout, `  ${line}`)
    })
}
