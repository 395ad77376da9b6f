import type { Command } from 'commander'
import type { Ctx } from '../../core/context.ts'
import type { Conversation } from '../../core/conversations/schema.ts'
import { DomainError, invalid } from '../../core/errors.ts'
import type { Plan, PlanItem, Suggestion } from '../../core/plans/schema.ts'
import { getPlan } from '../../core/plans/service.ts'
import { questionTopicLabels, questionTopics } from '../../core/questions/topics.ts'
import { wholeNumber } from '../format.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { type CliSource, localSource } from '../source.ts'

/**
 * Finds a conversation by id, or by the name of the person: their only
 * conversation, else their one scheduled, met or thanked one (in that order).
 *
 * @example await resolveConversation(ctx, 'Amara Okafor')
 */
export function resolveConversation(ctx: Ctx, ref: string): Promise<Conversation> {
  return resolveConversationIn(localSource(ctx), ref)
}

/** A refusal that means "no such record" (not a network or database failure). */
const isMissing = (error: unknown) =>
  error instanceof DomainError && (error.kind === 'not-found' || error.kind === 'invalid')

/** `resolveConversation` on either data source (local, or a server with --server). */
export async function resolveConversationIn(source: CliSource, ref: string): Promise<Conversation> {
  const byId = await source.conversations.get(ref).catch((error: unknown) => {
    if (isMissing(error)) return undefined
    throw error
  })
  if (byId) return byId
  const personId = await source.resolve('person', ref, 'conversation').catch((error: unknown) => {
    if (!isMissing(error)) throw error
    throw invalid('conversation', `no conversation with id "${ref}", and no person of that name`)
  })
  const person = await source.people.get(personId)
  const items = await source.conversations.list({ personId })
  if (items.length === 1 && items[0]) return items[0]
  // The one ahead, else the one just held.
  for (const status of ['scheduled', 'met', 'thanked']) {
    const matching = items.filter((c) => c.status === status)
    if (matching.length === 1 && matching[0]) return matching[0]
    if (matching.length > 1) break
  }
  if (items.length === 0)
    throw invalid(
      'conversation',
      `${person.name} has no conversation yet; add one with coffeechat chats add`,
    )
  throw invalid(
    'conversation',
    `${person.name} has ${items.length} conversations; use one of their ids: ${items.map((c) => `${c.id} (${c.status})`).join(', ')}`,
  )
}

/**
 * A question of a conversation's plan by its number (1 = first, as the web
 * app and `coffeechat plan` number them) or by its id.
 */
export async function planItemAt(ctx: Ctx, conversationId: string, ref: string): Promise<PlanItem> {
  return planItemOf((await getPlan(ctx, conversationId)).items, ref)
}

/** The item of a plan a number (1, 2, …) or an id names. */
export function planItemOf(items: PlanItem[], ref: string): PlanItem {
  const byId = items.find((i) => i.id === ref)
  if (byId) return byId
  if (/^\d+$/.test(ref.trim())) {
    const item = items[Number(ref) - 1]
    if (item) return item
  }
  throw invalid(
    'question',
    items.length === 0
      ? 'the plan has no questions yet; add some with coffeechat plan CONVERSATION --suggest --accept'
      : `"${ref}" is not a question of the plan; use a number from 1 to ${items.length}`,
  )
}

const marks = { planned: '[ ]', asked: '[x]', skipped: '[-]' } as const

/** The plan as the terminal shows it: numbered like the web app, with answers and warnings. */
export function planText(conversation: Conversation, plan: Plan): string {
  const who = conversation.organization
    ? `${conversation.person} (${conversation.organization})`
    : conversation.person
  const { total, asked, skipped } = plan.counts
  const lines = [
    `Plan for ${who}, ${plan.durationMinutes} minutes — ${total} question${total === 1 ? '' : 's'}${asked ? `, ${asked} asked` : ''}${skipped ? `, ${skipped} skipped` : ''}`,
  ]
  for (const [index, item] of plan.items.entries()) {
    const flag = item.problems.length > 0 ? ' !' : ''
    lines.push(
      `${String(index + 1).padStart(2)}. ${marks[item.state]} ${item.text}  · ${questionTopicLabels[item.topic]}${flag}`,
    )
    if (item.answer.trim()) {
      for (const line of item.answer.trim().split('\n')) lines.push(`        ${line}`)
    }
  }
  for (const warning of plan.warnings) lines.push(`Warning: ${warning.message}`)
  for (const [index, item] of plan.items.entries()) {
    for (const problem of item.problems) {
      lines.push(`! ${index + 1}: “${problem.text}” — ${problem.message}`)
    }
  }
  return lines.join('\n')
}

const reasonWords: Record<Suggestion['reason'], string> = {
  'carried-over': 'carried over',
  reflection: 'from a reflection',
  gap: 'a gap',
  career: 'the career’s own',
  bank: 'from the bank',
}

function suggestionsText(suggestions: Suggestion[]): string {
  if (suggestions.length === 0)
    return 'Nothing more to suggest: the plan is full, or the bank has no unasked questions left.'
  return suggestions
    .map(
      (s, index) =>
        `${String(index + 1).padStart(2)}. ${s.text}  · ${questionTopicLabels[s.topic]}\n      ${reasonWords[s.reason]}: ${s.because}`,
    )
    .join('\n')
}

async function printPlan(
  session: CliSession,
  command: Command,
  source: CliSource,
  conversationId: string,
  plan?: Plan,
) {
  const current = plan ?? (await source.plans.get(conversationId))
  await session.reply(command, current, async () =>
    planText(await source.conversations.get(conversationId), current),
  )
}

export function registerPlan(program: Command, session: CliSession): void {
  const { io } = session
  const plan = program
    .command('plan')
    .description('the question plan of a conversation: show, suggest, add, remove, move')

  plan
    .command('show', { isDefault: true })
    .description('show the plan (coffeechat plan CONVERSATION)')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .option('--suggest', 'suggest the next questions')
    .option('--accept', 'with --suggest: add the suggestions to the plan')
    .option(
      '--count <n>',
      'how many to suggest (default: up to the recommended most)',
      wholeNumber('--count'),
    )
    .option('--json', 'print JSON')
    .action(
      async (
        ref: string,
        options: { suggest?: boolean; accept?: boolean; count?: number },
        command: Command,
      ) => {
        const source = await session.source(command)
        const conversation = await resolveConversationIn(source, ref)
        if (!options.suggest) return printPlan(session, command, source, conversation.id)
        const answer = await source.plans.suggest(conversation.id, {
          count: options.count,
          apply: Boolean(options.accept),
        })
        if (session.wantsJson(command)) return printJson(io, answer)
        if (!options.accept) {
          writeLine(io.stdout, suggestionsText(answer.suggestions))
          if (answer.suggestions.length > 0) writeLine(io.stdout, '\nAdd them with --accept.')
          return
        }
        writeLine(
          io.stdout,
          `Added ${answer.suggestions.length} suggested question${answer.suggestions.length === 1 ? '' : 's'}.`,
        )
        writeLine(io.stdout, planText(conversation, answer.plan))
      },
    )

  plan
    .command('add')
    .description('add bank questions (by id or text) or a new question (--new) to a plan')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .argument('[questions...]', 'bank questions: ids or unique parts of their text')
    .option('--new <text>', 'a new question (kept in the bank as a question of the career)')
    .option('--topic <topic>', `the topic of the new question: ${questionTopics.join(', ')}`)
    .option('--only-here', 'with --new: do not keep it in the bank')
    .option('--at <n>', 'insert at this number (1 = first)', wholeNumber('--at'))
    .option('--json', 'print the plan as JSON')
    .action(
      async (
        ref: string,
        refs: string[],
        options: { new?: string; topic?: string; onlyHere?: boolean; at?: number },
        command: Command,
      ) => {
        const source = await session.source(command)
        const conversation = await resolveConversationIn(source, ref)
        const items: Array<Record<string, unknown>> = []
        for (const questionRef of refs)
          items.push({ questionId: await source.resolve('question', questionRef) })
        if (options.new !== undefined) {
          items.push({ text: options.new, topic: options.topic, saveToBank: !options.onlyHere })
        }
        if (items.length === 0)
          throw invalid(
            'questions',
            'name a bank question, or give a new one with --new "…" --topic …',
          )
        const before = new Set((await source.plans.get(conversation.id)).items.map((i) => i.id))
        const changed = await source.plans.addItems(conversation.id, {
          items,
          position: options.at === undefined ? undefined : Math.max(0, options.at - 1),
        })
        const added = changed.items.filter((i) => !before.has(i.id))
        warnItems(io, added)
        if (!session.wantsJson(command)) {
          writeLine(io.stdout, `Added ${added.length} question${added.length === 1 ? '' : 's'}.`)
        }
        await printPlan(session, command, source, conversation.id, changed)
      },
    )

  plan
    .command('rm')
    .description('take a question out of a plan (the bank keeps it)')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .argument('<number>', 'its number in the plan (or the item id)')
    .option('--json', 'print the plan as JSON')
    .action(async (ref: string, number: string, _options: unknown, command: Command) => {
      const source = await session.source(command)
      const conversation = await resolveConversationIn(source, ref)
      const item = planItemOf((await source.plans.get(conversation.id)).items, number)
      const changed = await source.plans.removeItem(item.id)
      if (!session.wantsJson(command)) writeLine(io.stdout, `Removed “${item.text}”.`)
      await printPlan(session, command, source, conversation.id, changed)
    })

  plan
    .command('move')
    .description('move a question to another place in the plan')
    .argument('<conversation>', 'conversation id, or the person’s name')
    .argument('<number>', 'its number now (or the item id)')
    .argument('<to>', 'its new number (1 = first)')
    .option('--json', 'print the plan as JSON')
    .action(
      async (ref: string, number: string, to: string, _options: unknown, command: Command) => {
        const source = await session.source(command)
        const conversation = await resolveConversationIn(source, ref)
        const item = planItemOf((await source.plans.get(conversation.id)).items, number)
        if (!/^\d+$/.test(to) || Number(to) < 1)
          throw invalid('to', `"${to}" is not a place in the plan; use a number from 1`)
        await source.plans.updateItem(item.id, { position: Number(to) - 1 })
        await printPlan(session, command, source, conversation.id)
      },
    )
}

function warnItems(io: CliIO, items: PlanItem[]): void {
  for (const item of items) {
    for (const problem of item.problems)
      writeLine(io.stderr, `Careful: “${problem.text}” — ${problem.message}`)
  }
}
