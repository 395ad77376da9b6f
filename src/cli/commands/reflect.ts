import type { Command } from 'commander'
import { invalid } from '../../core/errors.ts'
import { formatPay } from '../../core/reflections/pay.ts'
import { parsePayText } from '../../core/reflections/pay-text.ts'
import type { MeetingHeard, Reflection } from '../../core/reflections/schema.ts'
import { deadlineText, momentText } from '../../core/shared/date-words.ts'
import { collect, details, UsageError, wholeNumber } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliDateStyle, CliSession } from '../session.ts'

interface ReflectOptions {
  takeaways?: string
  surprises?: string
  aha?: string
  dayToDay?: string
  training?: string
  hypothesis?: string
  fit?: number
  pro?: string[]
  con?: string[]
  pay?: string[]
  question?: string[]
  nextPerson?: string[]
  clear?: string
  addPerson?: number
  done?: boolean
  reopen?: boolean
  heard?: boolean
}

const clearable = ['pros', 'cons', 'pay', 'questions', 'next-people'] as const

export function registerReflect(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('reflect')
    .description(
      'write or show the reflection on a conversation (only the options given change; lists add)',
    )
    .argument(
      '<conversation>',
      "the conversation's id, or the person's name (their latest meeting)",
    )
    .option('--takeaways <text>', 'what you take away')
    .option('--surprises <text>', 'what surprised you')
    .option('--aha <text>', '"aha" moments')
    .option('--day-to-day <text>', 'the day-to-day picture')
    .option('--training <text>', 'training or education needed')
    .option('--hypothesis <text>', 'how your hypothesis changed')
    .option('--fit <n>', 'fit 1–5: how much would you enjoy this day to day?', wholeNumber('--fit'))
    .option('--pro <text>', 'something they like (repeat)', collect)
    .option('--con <text>', 'something they dislike (repeat)', collect)
    .option(
      '--pay <text>',
      'pay heard, e.g. "60000-75000 EUR/year junior Berlin 2026" (repeat)',
      collect,
    )
    .option('--question <text>', 'a new question for next time; joins the career (repeat)', collect)
    .option('--next-person <text>', 'someone to meet next, "Name: why" (repeat)', collect)
    .option('--clear <lists>', `empty these lists first, comma-separated (${clearable.join(', ')})`)
    .option(
      '--add-person <n>',
      'add next person number N as a person referred by this one',
      wholeNumber('--add-person'),
    )
    .option('--done', 'mark the reflection complete')
    .option('--reopen', 'mark it not complete again')
    .option(
      '--heard',
      'show what the meeting captured: the answers, the pay said, the people referred',
    )
    .option('--json', 'print the reflection (with --heard: what was heard) as JSON')
    .action(async (ref: string, options: ReflectOptions, command: Command) => {
      const source = await session.source(command)
      const id = await source.resolve('reflection', ref)
      const current = await source.reflections.get(id)
      const patch = buildPatch(current, options)
      let reflection =
        Object.keys(patch).length > 0 ? await source.reflections.save(id, patch) : current
      if (options.addPerson !== undefined) {
        reflection = await source.reflections.addNextPerson(id, options.addPerson - 1)
      }
      const heard = await source.reflections.heard(id)
      if (session.wantsJson(command)) return printJson(io, options.heard ? heard : reflection)
      writeLine(
        io.stdout,
        options.heard
          ? describeHeard(heard)
          : describe(reflection, await session.dateStyle(command)),
      )
      const carry = carryOver(heard)
      if (carry) writeLine(io.stdout, `\n${carry}`)
    })
}

/** The change the options ask for; the core validates it (pay lines included). */
function buildPatch(current: Reflection, options: ReflectOptions): Record<string, unknown> {
  if (options.done && options.reopen) throw new UsageError('use either --done or --reopen')
  const cleared = new Set(
    (options.clear ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  for (const name of cleared) {
    if (!(clearable as readonly string[]).includes(name)) {
      throw new UsageError(`--clear takes ${clearable.join(', ')}, not "${name}"`)
    }
  }
  const list = (name: string, existing: unknown[], added: unknown[] | undefined) =>
    added || cleared.has(name)
      ? [...(cleared.has(name) ? [] : existing), ...(added ?? [])]
      : undefined
  const pay = options.pay?.map((line, index) => {
    const parsed = parsePayText(line)
    if ('error' in parsed) throw invalid(`pay.${current.pay.length + index}`, parsed.error)
    return parsed
  })
  const existingPay = current.pay.map(
    ({ low, high, currency, period, level, location, year, note, careerId }) => ({
      low,
      high,
      currency,
      period,
      level,
      location,
      year,
      note,
      careerId,
    }),
  )
  const nextPeople = options.nextPerson?.map((text) => {
    const [name = '', ...rest] = text.split(':')
    return { name: name.trim(), note: rest.join(':').trim() }
  })
  const patch: Record<string, unknown> = {
    takeaways: options.takeaways,
    surprises: options.surprises,
    aha: options.aha,
    dayToDay: options.dayToDay,
    training: options.training,
    hypothesisChange: options.hypothesis,
    fitRating: options.fit,
    pros: list('pros', current.pros, options.pro),
    cons: list('cons', current.cons, options.con),
    pay: list('pay', existingPay, pay),
    questions: list(
      'questions',
      current.questions.map((q) => q.text),
      options.question,
    ),
    nextPeople: list('next-people', current.nextPeople, nextPeople),
    completed: options.done ? true : options.reopen ? false : undefined,
  }
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined))
}

function describe(r: Reflection, style: CliDateStyle): string {
  // The words the web page and Today use for the same deadline.
  const now = style.now
  const status = r.completedAt
    ? `completed ${momentText(r.completedAt, style, now)}`
    : r.dueBy
      ? (() => {
          const words = deadlineText(r.dueBy, style, now)
          return words.startsWith('overdue') ? words : `due ${words}`
        })()
      : 'not completed'
  return details([
    ['Reflection', `on the conversation with ${r.person}`],
    ['Status', r.exists ? status : `nothing written yet (${status})`],
    ['Fit', r.fitRating === null ? '' : `${r.fitRating} of 5`],
    ['Takeaways', r.takeaways],
    ['Surprises', r.surprises],
    ['Aha', r.aha],
    ['Pros', r.pros.map((p) => `+ ${p}`).join('\n')],
    ['Cons', r.cons.map((c) => `- ${c}`).join('\n')],
    ['Day to day', r.dayToDay],
    ['Training', r.training],
    ['Pay heard', r.pay.map((p) => formatPay(p)).join('\n')],
    ['Hypothesis', r.hypothesisChange],
    ['Next time', r.questions.map((q) => `? ${q.text}`).join('\n')],
    [
      'Meet next',
      r.nextPeople
        .map(
          (p, i) =>
            `${i + 1}. ${p.name}${p.note ? ` — ${p.note}` : ''}${p.personId ? ' (added)' : ''}`,
        )
        .join('\n'),
    ],
    ['Conversation', r.conversationId],
  ])
}

function describeHeard(heard: MeetingHeard): string {
  const answers = heard.answers.map((a) => `? ${a.question}\n  ${a.answer}`).join('\n')
  return [
    answers || 'No answers were written down in the meeting.',
    heard.notes ? `\nNotes:\n${heard.notes}` : '',
  ]
    .filter(Boolean)
    .join('\n')
}

/** The pay said and the people referred in the meeting that the reflection does not hold yet. */
function carryOver(heard: MeetingHeard): string {
  const lines = [
    ...heard.pay.map(
      (p) =>
        `Pay said: "${p.text}" — add it: --pay "${p.low === p.high ? p.low : `${p.low}-${p.high}`} ${p.currency}/${p.period}"`,
    ),
    ...heard.referrals.map(
      (r) =>
        `Referred: ${r.name}${r.organization ? ` (${r.organization})` : ''} — add them: --next-person "${r.name}: why"`,
    ),
  ]
  return lines.length > 0
    ? `From the meeting, not in your reflection yet:\n${lines.map((l) => `  ${l}`).join('\n')}`
    : ''
}
