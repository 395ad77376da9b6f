import type { Command } from 'commander'
import { resolveCareer } from '../../core/careers/service.ts'
import type { Ctx } from '../../core/context.ts'
import type { Question } from '../../core/questions/schema.ts'
import {
  createQuestion,
  deleteQuestion,
  listQuestions,
  resolveQuestion,
  updateQuestion,
} from '../../core/questions/service.ts'
import {
  questionTopicLabels,
  questionTopics,
  specificities,
  tiaraLetters,
} from '../../core/questions/topics.ts'
import { details, table, wholeNumber } from '../format.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

interface QuestionOptions {
  text?: string
  topic?: string
  tiara?: string
  specificity?: string
  career?: string
  rating?: string
}

function withTagOptions(command: Command): Command {
  return command
    .option('--topic <topic>', questionTopics.join(', '))
    .option('--tiara <letter>', tiaraLetters.join(', '))
    .option('--specificity <level>', specificities.join(', '))
    .option('--career <career>', 'make it a question of this career ("none": the general bank)')
}

async function careerOption(ctx: Ctx, career: string | undefined) {
  if (career === undefined) return undefined
  if (career === '' || career === 'none') return null
  return (await resolveCareer(ctx, career, 'career')).id
}

/** Shows the etiquette guard's findings on stderr, so `--json` output stays clean. */
export function warnProblems(
  io: CliIO,
  question: Pick<Question, 'problems'>,
  label = 'Careful',
): void {
  for (const problem of question.problems) {
    writeLine(io.stderr, `${label}: “${problem.text}” — ${problem.message}`)
  }
}

function describe(q: Question): string {
  return details([
    ['Question', q.text],
    ['Topic', questionTopicLabels[q.topic]],
    ['TIARA', q.tiara],
    ['Specificity', q.specificity],
    ['Career', q.career ?? 'general bank'],
    ['Origin', q.origin],
    ['Rating', q.rating === null ? '' : `${q.rating}/5`],
    ['Asked', `in ${q.askedCount} conversation${q.askedCount === 1 ? '' : 's'}`],
    ['Retired', q.retiredAt ?? ''],
    ['Problems', q.problems.map((p) => `“${p.text}”: ${p.message}`)],
    ['Id', q.id],
  ])
}

export function registerQuestions(program: Command, session: CliSession): void {
  const { io } = session
  const questions = program.command('questions').description('the question bank')

  withTagOptions(
    questions
      .command('list')
      .description('list the bank by topic (seeded with general questions on first use)'),
  )
    .option('--general', 'only the general bank (no career questions)')
    .option('--retired', 'only retired questions')
    .option('--query <words>', 'only questions with these words')
    .option('--json', 'print JSON')
    .action(
      async (
        options: QuestionOptions & { general?: boolean; retired?: boolean; query?: string },
        command: Command,
      ) => {
        const ctx = await session.ctx(command)
        const careerId = (await careerOption(ctx, options.career)) ?? undefined
        const { items } = await listQuestions(ctx, {
          topic: options.topic,
          tiara: options.tiara,
          specificity: options.specificity,
          careerId,
          general: options.general ? 'true' : undefined,
          retired: options.retired ? 'true' : 'false',
          q: options.query,
          limit: 1000,
        })
        if (session.wantsJson(command)) return printJson(io, items)
        if (items.length === 0) return writeLine(io.stdout, 'No questions match.')
        writeLine(
          io.stdout,
          table(
            items.map((q) => [
              q.problems.length > 0 ? `! ${q.text}` : q.text,
              questionTopicLabels[q.topic],
              q.tiara,
              q.specificity,
              q.career ?? '',
              q.rating === null ? '' : `${q.rating}/5`,
              q.id,
            ]),
            ['QUESTION', 'TOPIC', 'TIARA', 'SPECIFICITY', 'CAREER', 'RATING', 'ID'],
            60,
          ),
        )
        if (items.some((q) => q.problems.length > 0)) {
          writeLine(
            io.stdout,
            '\n! the etiquette guard flags it: it asks for a job, not for insight',
          )
        }
      },
    )

  withTagOptions(
    questions
      .command('add')
      .description('add a question to the bank')
      .argument('<text>', 'the question'),
  )
    .option('--rating <n>', 'how good it is, 1–5', wholeNumber('--rating'))
    .option('--json', 'print the new question as JSON')
    .action(
      async (text: string, options: QuestionOptions & { rating?: number }, command: Command) => {
        const ctx = await session.ctx(command)
        const question = await createQuestion(ctx, {
          text,
          topic: options.topic,
          tiara: options.tiara,
          specificity: options.specificity,
          careerId: await careerOption(ctx, options.career),
          rating: options.rating,
        })
        warnProblems(io, question)
        await session.reply(
          command,
          question,
          () =>
            `Added “${question.text}” (${questionTopicLabels[question.topic]}) — ${question.id}`,
        )
      },
    )

  questions
    .command('show')
    .description('show one question')
    .argument('<question>', 'id, or (a unique part of) its text')
    .option('--json', 'print JSON')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const question = await resolveQuestion(await session.ctx(command), ref)
      await session.reply(command, question, () => describe(question))
    })

  withTagOptions(
    questions
      .command('edit')
      .description('change, rate or move a question')
      .argument('<question>', 'id, or (a unique part of) its text'),
  )
    .option('--text <text>', 'the new wording')
    .option('--rating <n>', 'how good it turned out, 1–5 ("none" to clear)')
    .option('--json', 'print the changed question as JSON')
    .action(async (ref: string, options: QuestionOptions, command: Command) => {
      const ctx = await session.ctx(command)
      const question = await resolveQuestion(ctx, ref)
      const rating =
        options.rating === undefined
          ? undefined
          : options.rating === 'none'
            ? null
            : Number(options.rating)
      const changed = await updateQuestion(ctx, question.id, {
        text: options.text,
        topic: options.topic,
        tiara: options.tiara,
        specificity: options.specificity,
        careerId: await careerOption(ctx, options.career),
        rating: Number.isNaN(rating) ? options.rating : rating,
      })
      warnProblems(io, changed)
      await session.reply(command, changed, () => `Changed “${changed.text}”`)
    })

  for (const [verb, retired, done] of [
    ['retire', true, 'Retired'],
    ['unretire', false, 'Back in use:'],
  ] as const) {
    questions
      .command(verb)
      .description(
        retired ? 'keep a question but never suggest it again' : 'use a retired question again',
      )
      .argument('<question>', 'id, or (a unique part of) its text')
      .option('--json', 'print the question as JSON')
      .action(async (ref: string, _options: unknown, command: Command) => {
        const ctx = await session.ctx(command)
        const question = await resolveQuestion(ctx, ref)
        const changed = await updateQuestion(ctx, question.id, { retired })
        await session.reply(command, changed, () => `${done} “${changed.text}”`)
      })
  }

  questions
    .command('rm')
    .description('delete a question you added (starter questions can only be retired)')
    .argument('<question>', 'id, or (a unique part of) its text')
    .action(async (ref: string, _options: unknown, command: Command) => {
      const ctx = await session.ctx(command)
      const question = await resolveQuestion(ctx, ref)
      await deleteQuestion(ctx, question.id)
      writeLine(io.stdout, `Deleted “${question.text}”`)
    })
}
