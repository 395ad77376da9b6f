import { type Command, Option } from 'commander'
import { DomainError, invalid } from '../../core/errors.ts'
import type { Message } from '../../core/outreach/schema.ts'
import { messageKinds, messageStatuses } from '../../core/outreach/schema.ts'
import { formatProblems } from '../../core/rules/email-lint.ts'
import { dateOf, dayText, momentText } from '../../core/shared/date-words.ts'
import { details, table } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliDateStyle, CliSession } from '../session.ts'
import type { CliSource } from '../source.ts'
import { readText } from './lint.ts'
import { recordCommand, removeCommand } from './record-commands.ts'

const MESSAGE = ['<message>', 'its id'] as const

interface DraftOptions {
  kind?: string
  person?: string
  conversation?: string
  to?: string
  subject?: string
  body?: string
  file?: string
}

/** `coffeechat drafts new|list|show|edit|fill|rm`: messages before (and after) they go out. */
export function registerDrafts(program: Command, session: CliSession): void {
  const { io } = session
  /** Prints a message as the explorer asked: JSON, or its lines with the lint problems. */
  const show = async (command: Command, message: Message) =>
    session.reply(command, message, async () =>
      describeMessage(message, await session.dateStyle(command)),
    )
  const drafts = program
    .command('drafts')
    .description('messages: drafts from your templates, linted')

  drafts
    .command('new')
    .description('draft a message from your template for its kind, filled in and linted')
    .addOption(
      new Option('--kind <kind>', 'what to write').choices(messageKinds).makeOptionMandatory(),
    )
    .requiredOption('--person <person>', 'to whom (name or id)')
    .option('--conversation <id>', 'the conversation it is about')
    .option('--to <address>', "the address (default: the person's first email)")
    .option('--subject <text>', 'your own subject instead of the template’s')
    .option('--body <text>', 'your own text instead of the template’s')
    .option('--file <file>', 'read the text from a file (- for stdin)')
    .option('--json', 'print the draft as JSON')
    .action(async (options: DraftOptions, command: Command) => {
      const source = await session.source(command)
      const personId = await source.resolve('person', options.person ?? '', 'person')
      const draft = await source.messages.create({
        kind: options.kind,
        personId,
        conversationId: options.conversation
          ? await resolveConversationRef(source, options.conversation)
          : undefined,
        to: options.to,
        subject: options.subject,
        body: options.file !== undefined ? await readText(io, options.file) : options.body,
      })
      await show(command, draft)
    })

  drafts
    .command('list')
    .description('list messages, newest first')
    .option('--person <person>', 'only to this person')
    .addOption(
      new Option('--status <status>', 'only these')
        .choices([...messageStatuses, 'all'])
        .default('draft'),
    )
    .addOption(new Option('--kind <kind>', 'only this kind').choices(messageKinds))
    .option('--json', 'print JSON')
    .action(
      async (options: { person?: string; status: string; kind?: string }, command: Command) => {
        const source = await session.source(command)
        const personId = options.person ? await source.resolve('person', options.person) : undefined
        const items = await source.messages.list({
          personId,
          kind: options.kind,
          status: options.status === 'all' ? undefined : options.status,
        })
        if (session.wantsJson(command)) return printJson(io, items)
        const style = await session.dateStyle(command)
        const today = dateOf(style.now, style.timeZone)
        if (items.length === 0) {
          return writeLine(
            io.stdout,
            options.status === 'draft'
              ? 'No drafts. Start one: coffeechat drafts new --kind outreach --person "Ada Lovelace"'
              : 'No messages.',
          )
        }
        writeLine(
          io.stdout,
          table(
            items.map((m) => [
              m.person,
              m.kind,
              m.status,
              dayText(dateOf(m.sentAt ?? m.updatedAt, style.timeZone), style, today),
              String(m.lint.body.problems.length + m.lint.subject.problems.length),
              m.subject,
              m.id,
            ]),
            ['PERSON', 'KIND', 'STATUS', 'DATE', 'PROBLEMS', 'SUBJECT', 'ID'],
            36,
          ),
        )
      },
    )

  /** A command that finds one message (`what`), then prints it as `drafts show` does. */
  const onMessage = (
    word: readonly [name: string, description: string],
    what: (source: CliSource, id: string) => Promise<Message>,
    json?: string,
  ) =>
    recordCommand(
      drafts,
      session,
      word,
      MESSAGE,
      async (source, ref, command) =>
        show(command, await what(source, await source.resolve('message', ref))),
      json,
    )

  onMessage(['show', 'show a message with its lint problems and how it can go out'], (source, id) =>
    source.messages.get(id),
  )

  drafts
    .command('edit')
    .description('change a draft; it is linted again')
    .argument(...MESSAGE)
    .addOption(new Option('--kind <kind>', 'what it is').choices(messageKinds))
    .option('--conversation <id>', 'the conversation it is about ("none" to unlink)')
    .option('--to <address>', 'the address ("none" to clear)')
    .option('--subject <text>', 'the subject')
    .option('--body <text>', 'the text')
    .option('--file <file>', 'read the text from a file (- for stdin)')
    .option('--json', 'print the draft as JSON')
    .action(async (ref: string, options: DraftOptions, command: Command) => {
      const source = await session.source(command)
      const id = await source.resolve('message', ref)
      const changed = await source.messages.update(id, {
        kind: options.kind,
        conversationId:
          options.conversation === undefined
            ? undefined
            : options.conversation === 'none'
              ? null
              : await resolveConversationRef(source, options.conversation),
        to: options.to === 'none' ? null : options.to,
        subject: options.subject,
        body: options.file !== undefined ? await readText(io, options.file) : options.body,
      })
      await show(command, changed)
    })

  onMessage(
    ['fill', 'fill in the {variables} coffeechat now knows, such as your name once it is set'],
    (source, id) => source.messages.fill(id),
    'print the draft as JSON',
  )

  removeCommand(drafts, session, 'delete a message', MESSAGE, {
    kind: 'message',
    get: async (source, ref) => source.messages.get(await source.resolve('message', ref)),
    said: (message) => `Deleted the ${message.kind} to ${message.person}`,
  })
}

/** A message as the CLI shows it: facts, the text, the problems and the ways out. */
export function describeMessage(m: Message, style: CliDateStyle): string {
  const at = (instant: string) => momentText(instant, style, style.now)
  const problems = [
    ...formatProblems(m.subject, m.lint.subject.problems).map((line) => `subject ${line}`),
    ...formatProblems(m.body, m.lint.body.problems),
  ]
  const head = details([
    ['To', m.to ? `${m.person} <${m.to}>` : `${m.person} (no address yet)`],
    ['Kind', m.kind],
    [
      'Status',
      m.sentAt
        ? `${m.status}, sent ${at(m.sentAt)}${m.channel ? ` by ${m.channel}` : ''}`
        : m.status,
    ],
    ['Replied', m.repliedAt ? at(m.repliedAt) : null],
    ['Asking anyway', m.overrideReason],
    ['Subject', m.subject],
    ['Id', m.id],
  ])
  const lint = `${m.lint.body.words} words, ${problems.length === 0 ? 'no problems' : `${problems.length} to look at:`}`
  const lines = [head, '', m.body, '', lint, ...problems.map((p) => `  ${p}`)]
  if (m.status === 'draft' && m.mailto.blockedBy.length > 0) {
    lines.push(
      '',
      `Not ready to send: ${m.mailto.blockedBy.join(', ')} still to write.${
        m.mailto.blockedBy.includes('{myName}')
          ? ` Set your name (coffeechat settings edit explorerName "Your Name"), then coffeechat drafts fill ${m.id}.`
          : ''
      } Change the text with coffeechat drafts edit ${m.id} --file FILE.`,
    )
  } else if (m.status === 'draft') {
    lines.push(
      '',
      `Send it: coffeechat send ${m.id} (SMTP, asks first) · --via eml --out FILE · --via mailto · --via copy`,
      `Sent it yourself? coffeechat send ${m.id} --sent --via copy|mailto|eml|other`,
    )
    if (!m.mailto.href) {
      lines.push(
        `(no mailto: link: it would be ${m.mailto.length} characters, above mailtoMaxLength ${m.mailto.maxLength})`,
      )
    }
  }
  if (m.status === 'sent' && m.channel !== 'smtp') {
    lines.push('', `Marked sent by mistake? coffeechat unsend ${m.id}`)
  }
  return lines.join('\n')
}

/** A conversation named by its id, checked to exist. */
async function resolveConversationRef(source: CliSource, ref: string): Promise<string> {
  const conversation = await source.conversations.get(ref).catch((error: unknown) => {
    if (error instanceof DomainError && error.kind !== 'not-found') throw error
    throw invalid(
      'conversation',
      `no conversation with id ${ref}; list them with coffeechat chats list`,
    )
  })
  return conversation.id
}
