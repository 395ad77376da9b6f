import type { Command } from 'commander'
import { resolveCareer } from '../../core/careers/service.ts'
import { resolvePerson } from '../../core/people/service.ts'
import { collect, details } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import type { CliSource } from '../source.ts'
import { boardText, compareText } from './board-text.ts'

/**
 * `careers show`: the career with its board. `--json` prints the career's
 * fields and `board`, exactly what `GET /api/careers/{id}/board` answers.
 */
export async function showCareer(
  session: CliSession,
  source: CliSource,
  command: Command,
  ref: string,
) {
  const career = await source.careers.get(await source.resolve('career', ref))
  const board = await source.careers.board(career.id)
  await session.reply(
    command,
    { ...career, board },
    async () =>
      `${details([
        ['Career', [...career.path, career.name].join(' › ')],
        ['Status', career.status],
        ['Hypothesis', career.hypothesis],
        ['Focus areas', board.career.focusAreas.map((f) => f.name)],
        ['People linked', career.peopleCount],
        ['Conversations', career.conversationCount],
        ['Notes', career.notes],
        ['Id', career.id],
      ])}\n${boardText(board, await session.dateStyle(command))}`,
  )
}

/** `careers compare` and `careers narrow`. */
export function registerCareerInsights(careers: Command, session: CliSession): void {
  const { io } = session
  careers
    .command('compare')
    .description('careers side by side: conversations, people, fit, pay, pros and cons, training')
    .argument('[careers...]', 'only these careers (names or ids); all by default')
    .option('--top <n>', 'pros and cons to show per career', '3')
    .option('--json', 'print JSON (the same as GET /api/careers/compare)')
    .action(async (refs: string[], options: { top: string }, command: Command) => {
      const source = await session.source(command)
      const ids = refs.length
        ? await Promise.all(refs.map((ref) => source.resolve('career', ref)))
        : undefined
      const rows = await source.careers.compare({ ids, top: options.top })
      await session.replyList(
        command,
        rows,
        'No careers yet. Add one: coffeechat careers add "Data scientist"',
        (rows) => compareText(rows),
        { careers: rows },
      )
    })

  careers
    .command('narrow')
    .description('narrow a career into a focus area, moving people and questions to it')
    .argument('<career>', 'the career to narrow (name or id)')
    .requiredOption('--into <name>', 'the focus area (created when new)')
    .option('--hypothesis <text>', "the focus area's hypothesis")
    .option('--person <person>', 'someone to move to the focus area (repeat)', collect)
    .option(
      '--question <question>',
      'a question of the career to move, by id or text (repeat)',
      collect,
    )
    .option('--json', 'print what moved as JSON')
    .action(
      async (
        ref: string,
        options: { into: string; hypothesis?: string; person?: string[]; question?: string[] },
        command: Command,
      ) => {
        const ctx = await session.ctx(command)
        const career = await resolveCareer(ctx, ref)
        const personIds = await Promise.all(
          (options.person ?? []).map(
            async (p, i) => (await resolvePerson(ctx, p, `person.${i}`)).id,
          ),
        )
        const { narrowCareer, resolveCareerQuestion } = await import(
          '../../core/insights/narrow.ts'
        )
        const questionIds = await Promise.all(
          (options.question ?? []).map((q, i) =>
            resolveCareerQuestion(ctx, career, q, `question.${i}`),
          ),
        )
        const result = await narrowCareer(ctx, career.id, {
          name: options.into,
          hypothesis: options.hypothesis,
          personIds,
          questionIds,
        })
        if (session.wantsJson(command)) return printJson(io, result)
        const moved = [
          result.movedPeople.length
            ? `${result.movedPeople.length} ${result.movedPeople.length === 1 ? 'person' : 'people'}`
            : '',
          result.movedQuestions.length
            ? `${result.movedQuestions.length} question${result.movedQuestions.length === 1 ? '' : 's'}`
            : '',
        ].filter(Boolean)
        writeLine(
          io.stdout,
          `${result.focusArea.created ? 'Created' : 'Using'} focus area ${result.focusArea.name} under ${career.name}${moved.length ? `; moved ${moved.join(' and ')}` : ''} (${result.focusArea.id})`,
        )
      },
    )
}
