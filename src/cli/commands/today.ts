import type { Command } from 'commander'
import type { Today } from '../../core/agenda/schema.ts'
import type { CliSession } from '../session.ts'

/** `coffeechat today`: what is due, most urgent first, with the command that clears each. */
export function registerToday(program: Command, session: CliSession): void {
  program
    .command('today')
    .description('what is due today, most urgent first, each with the command that clears it')
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) => {
      const agenda = await (await session.source(command)).today()
      await session.reply(command, agenda, () => describeToday(agenda))
    })
}

/** The agenda as plain text: sections, items with their deadline, and what to run. */
export function describeToday(agenda: Today): string {
  const lines = [`Today, ${agenda.today} (${agenda.timeZone})`]
  if (agenda.items.length === 0) {
    lines.push(
      '',
      'Nothing is due. Add the people you would like to talk to: coffeechat people add',
    )
  }
  for (const section of agenda.sections) {
    const items = agenda.items.filter((i) => i.section === section.key)
    if (items.length === 0) continue
    lines.push('', `${section.title} (${items.length})`)
    for (const item of items) {
      const due = item.dueText ? ` — ${item.dueText}` : ''
      lines.push(`  ${item.overdue ? '!' : '•'} ${item.title}${due}`)
      lines.push(`    ${item.detail}`)
      lines.push(`    → ${item.action.command}`)
    }
  }
  return lines.join('\n')
}
