import type { Command } from 'commander'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

export function registerDemo(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('demo')
    .description('fill an empty data directory with a realistic sample to explore')
    .option('--json', 'print what was created as JSON')
    .action(async (_options: unknown, command: Command) => {
      const { generateDemo } = await import('../../demo/generate.ts')
      const runtime = await session.runtime(command)
      const summary = await generateDemo(runtime.ctx)
      if (session.wantsJson(command)) return printJson(io, { ...summary, data: runtime.location })
      writeLine(
        io.stdout,
        `Added a sample explorer: ${summary.careers} careers, ${summary.organizations} organizations, ${summary.people} people, ${summary.conversations} conversations.`,
      )
      writeLine(io.stdout, `data: ${runtime.location}`)
    })
}
