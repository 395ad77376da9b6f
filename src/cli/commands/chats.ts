import type { Command } from 'commander'
import { type Conversation, conversationFormats } from '../../core/conversations/schema.ts'
import { conversationStatuses } from '../../core/conversations/status.ts'
import { dateTimeText } from '../../core/shared/date-words.ts'
import { collect, details, table, wholeNumber } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliDateStyle, CliSession } from '../session.ts'
import type { CliSource } from '../source.ts'
import { editCommand, recordCommand, removeCommand } from './record-commands.ts'

const CONVERSATION_ID = ['<id>', 'the conversation id'] as const

interface ChatOptions {
  person?: string
  career?: string[]
  status?: string
  at?: string
  tz?: string
  minutes?: number
  format?: string
  place?: string
  notes?: string
}

function withFieldOptions(command: Command): Command {
  return command
    .option(
      '--career <career>',
      'a career it is about (repeatable; default: the person’s)',
      collect,
    )
    .option('--status <status>', conversationStatuses.join(', '))
    .option(
      '--at <time>',
      'start, e.g. "2026-03-05 15:00" (in --tz) or an ISO instant; "none" to clear',
    )
    .option('--tz <zone>', 'IANA time zone of --at, e.g. Europe/Berlin (default: your setting)')
    .option('--minutes <n>', 'promised length in minutes', wholeNumber('--minutes'))
    .option('--format <format>', conversationFormats.join(', '))
    .option('--place <text>', 'where to meet, or the video link')
    .option('--notes <markdown>', 'notes')
}

async function fields(source: CliSource, options: ChatOptions) {
  const careerIds = options.career
    ? await Promise.all(options.career.map((ref) => source.resolve('career', ref)))
    : undefined
  return {
    careerIds,
    status: options.status,
    scheduledAt: options.at === 'none' ? null : options.at,
    timeZone: options.tz,
    durationMinutes: options.minutes,
    format: options.format,
    place: options.place,
    notes: options.notes,
  }
}

/**
 * When it happened once the meeting ran (meeting mode's start), else when it
 * is planned, in its own zone (named when not the explorer's): "held Thu 5
 * Mar, 15:10 (planned Thu 5 Mar, 15:00)".
 */
function when(c: Conversation, style: CliDateStyle): string {
  if (!c.meetingAt) return ''
  const zone = c.timeZone ?? style.timeZone
  const zoned = { ...style, timeZone: zone }
  const text = dateTimeText(c.meetingAt, zoned, style.now)
  const named = zone === style.timeZone ? text : `${text} (${zone})`
  const planned = c.startedAt && c.scheduledAt ? dateTimeText(c.scheduledAt, zoned, style.now) : ''
  const held = c.startedAt ? `held ${named}` : named
  return planned && planned !== text ? `${held} (planned ${planned})` : held
}

export function registerChats(program: Command, session: CliSession): void {
  const { io } = session
  const chats = program.command('chats').description('conversations (informational interviews)')

  chats
    .command('list')
    .description('list conversations, most recently changed first')
    .option('--status <statuses>', 'only these statuses, comma-separated')
    .option('--person <person>', 'only with this person')
    .option('--career <career>', 'only about this career')
    .option('--upcoming', 'order by start time')
    .option('--json', 'print JSON')
    .action(
      async (
        options: { status?: string; person?: string; career?: string; upcoming?: boolean },
        command: Command,
      ) => {
        const source = await session.source(command)
        const personId = options.person ? await source.resolve('person', options.person) : undefined
        const careerId = options.career ? await source.resolve('career', options.career) : undefined
        const items = await source.conversations.list({
          status: options.status,
          personId,
          careerId,
          sort: options.upcoming ? 'upcoming' : 'recent',
        })
        if (session.wantsJson(command)) return printJson(io, items)
        const style = await session.dateStyle(command)
        if (items.length === 0) {
          return writeLine(
            io.stdout,
            'No conversations yet. Start one: coffeechat chats add --person "Ada Lovelace"',
          )
        }
        writeLine(
          io.stdout,
          table(
            items.map((c) => [
              c.person,
              c.organization ?? '',
              c.status.replace('_', ' '),
              when(c, style),
              c.careers.join(', '),
              c.id,
            ]),
            ['PERSON', 'ORGANIZATION', 'STATUS', 'WHEN', 'CAREERS', 'ID'],
            30,
          ),
        )
      },
    )

  withFieldOptions(
    chats
      .command('add')
      .description('record a conversation with someone')
      .requiredOption('--person <person>', 'who (name or id)'),
  )
    .option('--json', 'print the new conversation as JSON')
    .action(async (options: ChatOptions, command: Command) => {
      const source = await session.source(command)
      const personId = await source.resolve('person', options.person ?? '', 'person')
      const conversation = await source.conversations.create({
        personId,
        ...(await fields(source, options)),
      })
      await session.reply(
        command,
        conversation,
        () =>
          `Added conversation with ${conversation.person} (${conversation.status}) — ${conversation.id}`,
      )
    })

  recordCommand(
    chats,
    session,
    ['show', 'show one conversation'],
    CONVERSATION_ID,
    async (source, id, command) =>
      session.reply(command, await source.conversations.get(id), async (c) => {
        const style = await session.dateStyle(command)
        return details([
          ['With', c.organization ? `${c.person} (${c.organization})` : c.person],
          ['Status', c.status.replace('_', ' ')],
          ['Next', c.allowedStatuses.map((s) => s.replace('_', ' '))],
          ['When', when(c, style)],
          ['Length', `${c.durationMinutes} minutes`],
          ['Format', c.format?.replace('_', ' ')],
          ['Place', c.place],
          ['Careers', c.careers],
          ['Notes', c.notes],
          ['Id', c.id],
        ])
      }),
  )

  editCommand(chats, session, {
    description: 'change a conversation, e.g. its status or time',
    argument: CONVERSATION_ID,
    options: (edit) =>
      withFieldOptions(edit.option('--person <person>', 'another person (name or id)')),
    json: 'print the changed conversation as JSON',
    change: async (source, id, options: ChatOptions) =>
      source.conversations.update(id, {
        personId: options.person ? await source.resolve('person', options.person) : undefined,
        ...(await fields(source, options)),
      }),
    said: (changed) =>
      `Changed conversation with ${changed.person} (${changed.status.replace('_', ' ')})`,
  })

  removeCommand(chats, session, 'delete a conversation', CONVERSATION_ID, {
    kind: 'conversation',
    get: (source, id) => source.conversations.get(id),
    said: (c) => `Deleted conversation with ${c.person}`,
  })
}
