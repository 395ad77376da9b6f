import type { Command } from 'commander'
import { invalid } from '../../core/errors.ts'
import { clockText, meetingClock } from '../../core/meetings/countdown.ts'
import type { Meeting } from '../../core/meetings/schema.ts'
import { effectiveTimeZone } from '../../core/settings/service.ts'
import { type DateStyle, timeText } from '../../core/shared/date-words.ts'
import { toInstant } from '../../core/shared/time.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import type { CliSource } from '../source.ts'
import { planItemOf, planText, resolveConversationIn } from './plan.ts'

/** Reads `--at`: an ISO instant, or a local time in the conversation's zone. */
async function instantOf(source: CliSource, text: string | undefined, zone: string | null) {
  if (text === undefined) return undefined
  const inZone = zone ?? effectiveTimeZone(await source.settings())
  const instant = toInstant(text, inZone)
  if (!instant)
    throw invalid(
      'at',
      `"${text}" is not a time such as "2026-03-05 15:30" (in ${inZone}) or an ISO instant`,
    )
  return instant
}

/** Where the meeting stands, in the words meeting mode uses; times in the explorer's clock. */
export function meetingText(meeting: Meeting, now: Date, style: DateStyle): string {
  const clock = meetingClock(meeting, now)
  const local = (iso: string) => timeText(iso, style)
  switch (clock.phase) {
    case 'not-started':
      return `Not started. ${meeting.promisedMinutes} minutes promised to ${meeting.person}.`
    case 'ended': {
      const over = meeting.overrunMinutes ?? 0
      const overrun = over > 0 ? `${over} min over` : over < 0 ? `${-over} min early` : 'on time'
      return `Ended at ${local(meeting.endedAt ?? '')} after ${Math.round(clock.elapsedSeconds / 60)} minutes (${meeting.promisedMinutes} promised; ${overrun}).`
    }
    default: {
      const head = `Running since ${local(meeting.startedAt ?? '')}: ${clockText(clock.remainingSeconds)} left of ${meeting.promisedMinutes} minutes`
      const over = clock.overSeconds > 0 ? `, ${clockText(clock.overSeconds)} over` : ''
      return `${head}${over}.${clock.line ? `\n${clock.line}` : ''}`
    }
  }
}

function excerpt(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ')
  return line.length > 60 ? `${line.slice(0, 59)}…` : line
}

export function registerMeet(program: Command, session: CliSession): void {
  const { io } = session
  const meet = program.command('meet').description('run a meeting from the terminal')

  const show = async (
    command: Command,
    source: CliSource,
    conversationId: string,
    withPlan = false,
  ) => {
    const meeting = await source.meetings.get(conversationId)
    if (session.wantsJson(command)) return printJson(io, meeting)
    const conversation = await resolveConversationIn(source, conversationId)
    const style = await session.dateStyle(command)
    const zone = conversation.timeZone ?? style.timeZone
    writeLine(io.stdout, meetingText(meeting, style.now, { ...style, timeZone: zone }))
    if (withPlan)
      writeLine(io.stdout, planText(conversation, await source.plans.get(conversationId)))
  }

  meet
    .command('status')
    .description('the clock and the checklist')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .option('--json', 'print the meeting as JSON')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const source = await session.source(command)
      await show(command, source, (await resolveConversationIn(source, ref)).id, true)
    })

  for (const [verb, description] of [
    ['start', 'start the clock (records the actual start)'],
    [
      'end',
      'end the meeting: records the end and the overrun; a scheduled conversation becomes met',
    ],
  ] as const) {
    meet
      .command(verb)
      .description(description)
      .argument('<conversation>', 'conversation id, or the person’s name')
      .option('--at <time>', 'when, if not now: "2026-03-05 15:30" or an ISO instant')
      .option('--json', 'print the meeting as JSON')
      .action(async (ref: string, options: { at?: string }, command: Command) => {
        const source = await session.source(command)
        const conversation = await resolveConversationIn(source, ref)
        const at = await instantOf(source, options.at, conversation.timeZone)
        await source.meetings.mark(conversation.id, verb, at)
        await show(command, source, conversation.id)
      })
  }

  const mark = (verb: 'ask' | 'skip' | 'unask' | 'answer') =>
    meet
      .command(verb)
      .argument('<conversation>', 'conversation id, or the person’s name')
      .argument('<number>', 'the question’s number in the plan')
      .option('--json', 'print the question as JSON')

  mark('ask')
    .description('mark a question asked, with what they said')
    .argument('[answer]', 'what they said')
    .action(
      async (
        ref: string,
        number: string,
        answer: string | undefined,
        _o: unknown,
        command: Command,
      ) => {
        await saveItem(command, ref, number, {
          state: 'asked',
          ...(answer === undefined ? {} : { answer }),
        })
      },
    )
  for (const [verb, state, description] of [
    [
      'skip',
      'skipped',
      'mark a question skipped (it carries over to the next conversation in the career)',
    ],
    ['unask', 'planned', 'mark a question not asked after all (it carries over too)'],
  ] as const) {
    mark(verb)
      .description(description)
      .option('--clear-answer', 'delete its answer too (a question with an answer was asked)')
      .action(
        async (
          ref: string,
          number: string,
          options: { clearAnswer?: boolean },
          command: Command,
        ) => {
          await saveItem(command, ref, number, {
            state,
            ...(options.clearAnswer ? { answer: '' } : {}),
          })
        },
      )
  }
  mark('answer')
    .description('write what they said (marks the question asked)')
    .argument('<text>', 'the answer notes')
    .option('--append', 'add to the notes already written')
    .action(
      async (
        ref: string,
        number: string,
        text: string,
        options: { append?: boolean },
        command: Command,
      ) => {
        await saveItem(command, ref, number, { answer: text }, options.append)
      },
    )

  async function saveItem(
    command: Command,
    ref: string,
    number: string,
    patch: { state?: 'asked' | 'skipped' | 'planned'; answer?: string },
    append = false,
  ) {
    const source = await session.source(command)
    const conversation = await resolveConversationIn(source, ref)
    const item = planItemOf((await source.plans.get(conversation.id)).items, number)
    if (
      patch.state &&
      patch.state !== 'asked' &&
      patch.answer === undefined &&
      item.answer.trim()
    ) {
      const wish = patch.state === 'skipped' ? 'skip it' : 'mark it not asked'
      throw invalid(
        'answer',
        `question ${number} has an answer (“${excerpt(item.answer)}”), so it was asked; add --clear-answer to ${wish} and delete that answer`,
      )
    }
    const answer =
      append && patch.answer !== undefined && item.answer.trim()
        ? `${item.answer.trimEnd()}\n${patch.answer}`
        : patch.answer
    const saved = await source.plans.updateItem(item.id, {
      ...patch,
      ...(answer === undefined ? {} : { answer }),
    })
    await session.reply(command, saved, () => `${number}. ${saved.state}: ${saved.text}`)
  }

  meet
    .command('note')
    .description('add to the free notes of the meeting (or the research notes)')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .argument('<text>', 'the note (Markdown)')
    .option('--research', 'add to the research notes instead')
    .option('--json', 'print the meeting as JSON')
    .action(
      async (ref: string, text: string, options: { research?: boolean }, command: Command) => {
        const source = await session.source(command)
        const conversation = await resolveConversationIn(source, ref)
        const meeting = await source.meetings.get(conversation.id)
        const field = options.research ? 'researchNotes' : 'freeNotes'
        const before = meeting[field].trimEnd()
        const saved = await source.meetings.update(conversation.id, {
          [field]: before ? `${before}\n${text}` : text,
        })
        await session.reply(
          command,
          saved,
          () => `Noted in the ${options.research ? 'research' : 'meeting'} notes.`,
        )
      },
    )

  meet
    .command('refer')
    .description('“who else should I talk to?”: a new person referred by this one')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .argument('<name>', 'who they suggested')
    .option('--org <organization>', 'where that person works (created when new)')
    .option('--note <text>', 'why talk to them')
    .option('--json', 'print the person as JSON')
    .action(
      async (
        ref: string,
        name: string,
        options: { org?: string; note?: string },
        command: Command,
      ) => {
        const source = await session.source(command)
        const conversation = await resolveConversationIn(source, ref)
        const { person, created } = await source.meetings.refer(conversation.id, {
          name,
          organization: options.org,
          note: options.note,
        })
        await session.reply(command, { person, created }, () =>
          created
            ? `Added ${person.name}${person.organization ? ` (${person.organization})` : ''}, referred by ${conversation.person} — ${person.id}`
            : `${person.name} was already captured from ${conversation.person} — ${person.id}`,
        )
      },
    )
}
