import type { Command } from 'commander'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

export function registerSearch(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('search')
    .description('full-text search over people, organizations, careers and conversations')
    .argument('<words...>', 'what to find; each word is a prefix, accents and case ignored')
    .option(
      '--kind <kinds>',
      'only these kinds, comma-separated (person, organization, career, conversation)',
    )
    .option('--limit <n>', 'at most this many results', '20')
    .option('--json', 'print JSON')
    .action(
      async (words: string[], options: { kind?: string; limit: string }, command: Command) => {
        const results = await (await session.source(command)).search({
          q: words.join(' '),
          kind: options.kind,
          limit: Number(options.limit),
        })
        if (session.wantsJson(command)) return printJson(io, results)
        if (results.length === 0)
          return writeLine(io.stdout, `Nothing found for "${words.join(' ')}"`)
        for (const result of results) {
          const snippet = result.snippet.map((p) => (p.match ? `[${p.text}]` : p.text)).join('')
          writeLine(io.stdout, `${result.kind.padEnd(12)} ${result.title}  (${result.id})`)
          if (snippet && snippet !== result.title)
            writeLine(io.stdout, `             ${snippet.replace(/\s+/g, ' ')}`)
        }
      },
    )
}
