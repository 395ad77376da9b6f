import type { Command } from 'commander'
import { details, table } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { readText } from './lint.ts'

/** `coffeechat templates list|show|edit|reset`: your versions of the message templates. */
export function registerTemplates(program: Command, session: CliSession): void {
  const { io } = session
  const templates = program
    .command('templates')
    .description('the message templates drafts start from (yours, or our defaults)')

  templates
    .command('list')
    .description('list the templates')
    .option('--json', 'print JSON (with the variables)')
    .action(async (_options: unknown, command: Command) => {
      const store = await import('../../core/outreach/template-store.ts')
      const list = await store.listTemplates(await session.ctx(command))
      if (session.wantsJson(command)) {
        return printJson(io, { templates: list, variables: store.templateVariableList() })
      }
      writeLine(
        io.stdout,
        table(
          list.map((t) => [t.key, t.kind, t.isDefault ? 'default' : 'yours', t.label]),
          ['KEY', 'KIND', 'TEXT', 'FOR'],
          48,
        ),
      )
      writeLine(
        io.stdout,
        `\nVariables: ${store
          .templateVariableList()
          .map((v) => `{${v.name}}`)
          .join(' ')}`,
      )
    })

  templates
    .command('show')
    .description('show one template')
    .argument('<key>', 'e.g. outreach-connection, follow-up, thank-you')
    .option('--json', 'print JSON')
    .action(async (key: string, _options: unknown, command: Command) => {
      const { getTemplate } = await import('../../core/outreach/template-store.ts')
      const template = await getTemplate(await session.ctx(command), key)
      await session.reply(
        command,
        template,
        () =>
          `${details([
            ['Key', template.key],
            ['For', template.label],
            ['Text', template.isDefault ? 'our default' : 'yours'],
            ['Subject', template.subject],
          ])}\n\n${template.body}`,
      )
    })

  templates
    .command('edit')
    .description('save your own version of a template')
    .argument('<key>', 'which template')
    .option('--subject <text>', 'the subject, with {variables}')
    .option('--body <text>', 'the text, with {variables}')
    .option('--file <file>', 'read the text from a file (- for stdin)')
    .option('--json', 'print the template as JSON')
    .action(
      async (
        key: string,
        options: { subject?: string; body?: string; file?: string },
        command: Command,
      ) => {
        const ctx = await session.ctx(command)
        const { getTemplate, saveTemplate } = await import('../../core/outreach/template-store.ts')
        const current = await getTemplate(ctx, key)
        const saved = await saveTemplate(ctx, key, {
          subject: options.subject ?? current.subject,
          body:
            options.file !== undefined
              ? await readText(io, options.file)
              : (options.body ?? current.body),
        })
        await session.reply(
          command,
          saved,
          () =>
            `Saved your version of ${saved.key} (variables: ${saved.variables.join(', ') || 'none'})`,
        )
      },
    )

  templates
    .command('reset')
    .description('put a template back to our default text')
    .argument('<key>', 'which template')
    .action(async (key: string, _options: unknown, command: Command) => {
      const { resetTemplate } = await import('../../core/outreach/template-store.ts')
      const template = await resetTemplate(await session.ctx(command), key)
      writeLine(io.stdout, `${template.key} is back to our default text`)
    })
}
