import type { Command } from 'commander'
import type { DuplicateSuggestion } from '../../core/duplicates/schema.ts'
import type { MergeOutcome } from '../../core/merges/schema.ts'
import { resolvePerson } from '../../core/people/service.ts'
import { table, UsageError } from '../format.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { answerCommand } from './record-commands.ts'

/**
 * `people duplicates`, `people merge A B`, `people unmerge` and `people
 * not-same A B`: likely duplicates, and merging two people with a preview.
 */
export function registerPeopleMerge(people: Command, session: CliSession): void {
  const { io } = session

  answerCommand(
    people,
    session,
    ['duplicates', 'people who are likely one person, in pairs, with why'],
    async (ctx) =>
      (await import('../../core/duplicates/service.ts')).findDuplicates(ctx, { limit: 500 }),
    (list) => {
      if (list.total === 0) return 'No likely duplicates.'
      const more = list.total - list.items.length
      return [
        ...list.items.map(describePair),
        ...(more > 0 ? [`…and ${more} more pairs.`] : []),
      ].join('\n')
    },
  )

  people
    .command('merge')
    .description('merge person B into person A: A keeps every field and record of both, B is gone')
    .argument('<a>', 'the person kept (name or id)')
    .argument('<b>', 'the person merged into A and removed (name or id)')
    .option('--dry-run', 'show what the merge does and change nothing')
    .option('--yes', 'merge without asking')
    .option('--json', 'print JSON (with --dry-run, the preview)')
    .action(
      async (
        a: string,
        b: string,
        options: { dryRun?: boolean; yes?: boolean },
        command: Command,
      ) => {
        const ctx = await session.ctx(command)
        const { mergePeople } = await import('../../core/merges/service.ts')
        const kept = await resolvePerson(ctx, a, 'a')
        const other = await resolvePerson(ctx, b, 'b')
        if (kept.id === other.id)
          throw new UsageError(`"${a}" and "${b}" are the same person; name two people`)
        const json = session.wantsJson(command)
        const preview = await mergePeople(ctx, kept.id, { otherId: other.id, dryRun: true })
        if (options.dryRun) {
          if (json) return printJson(io, preview)
          return writeLine(io.stdout, describePreview(preview))
        }
        if (!options.yes) {
          if (!io.interactive)
            throw new UsageError(
              `merging ${other.name} into ${kept.name} needs your confirmation: run it in a terminal, or add --yes (--dry-run shows what it does)`,
            )
          writeLine(io.stderr, describePreview(preview))
          const { confirm, isCancel } = await import('@clack/prompts')
          const answer = await confirm({
            message: `Merge ${other.name} into ${kept.name}?`,
            initialValue: false,
            input: io.stdin,
            output: io.stderr,
          })
          if (isCancel(answer) || !answer) throw new UsageError('not merged: you did not confirm')
        }
        const merged = await mergePeople(ctx, kept.id, { otherId: other.id })
        if (json) return printJson(io, merged)
        if (options.yes) writeLine(io.stdout, describePreview(merged))
        writeLine(
          io.stdout,
          `Merged ${other.name} into ${kept.name} — ${kept.id}. Undo: coffeechat people unmerge`,
        )
      },
    )

  answerCommand(
    people,
    session,
    ['unmerge', 'undo the last merge: both people as they were'],
    async (ctx) => (await import('../../core/merges/undo-service.ts')).undoLastMerge(ctx),
    (undone) =>
      [
        `${undone.restored.name} is back — ${undone.restored.id}; ${undone.kept.name} is as before the merge.`,
        ...undone.notes.map((note) => `Note: ${note}`),
      ].join('\n'),
  )

  people
    .command('not-same')
    .description('"not the same person": never suggest these two as duplicates again')
    .argument('<a>', 'name or id')
    .argument('<b>', 'name or id')
    .action(async (a: string, b: string, _options: unknown, command: Command) => {
      const ctx = await session.ctx(command)
      const { dismissDuplicate } = await import('../../core/duplicates/service.ts')
      const first = await resolvePerson(ctx, a, 'a')
      const second = await resolvePerson(ctx, b, 'b')
      await dismissDuplicate(ctx, { personId: first.id, otherId: second.id })
      writeLine(io.stdout, `${first.name} and ${second.name} will not be suggested as one again.`)
    })
}

function describePair(pair: DuplicateSuggestion): string {
  const side = (p: DuplicateSuggestion['person']) =>
    [p.name, p.organization ? `(${p.organization})` : '', p.emails[0] ?? '']
      .filter(Boolean)
      .join(' ')
  return [
    `${side(pair.person)}  ~  ${side(pair.other)}`,
    ...pair.reasons.map((reason) => `  ${reason}`),
    `  coffeechat people merge ${pair.person.id} ${pair.other.id}`,
    '',
  ].join('\n')
}

const outcomeWords: Record<MergeOutcome['fields'][number]['outcome'], string> = {
  same: 'same',
  kept: 'kept',
  taken: "B's",
  combined: 'both',
  'to-notes': "B's to notes",
  'to-profiles': "B's to profiles",
}

function describePreview(preview: MergeOutcome): string {
  const { kept, other, moves } = preview
  const rows = preview.fields.map((f) => [
    f.label,
    f.kept,
    f.other,
    f.result,
    outcomeWords[f.outcome],
  ])
  const moved = [
    [moves.conversations, 'conversation'],
    [moves.messages, 'message'],
    [moves.mailFindings, 'mail finding'],
    [moves.referredPeople, 'person they referred'],
    [moves.reflectionMentions, 'mention in a reflection'],
  ]
    .filter(([count]) => Number(count) > 0)
    .map(([count, what]) => `${count} ${what}${count === 1 ? '' : 's'}`)
  return [
    `Merge B ${other.name} (${other.id}) into A ${kept.name} (${kept.id}):`,
    table(rows, ['FIELD', 'A', 'B', 'AFTER', ''], 28),
    `Moves to ${kept.name}: ${moved.length > 0 ? moved.join(', ') : 'nothing else'}.`,
    preview.notesAdded
      ? `Added to the notes:\n${preview.notesAdded}`
      : 'Nothing is added to the notes.',
    `Then ${other.name} (${other.id}) is gone.`,
  ].join('\n')
}
