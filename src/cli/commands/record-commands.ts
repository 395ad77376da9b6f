import type { Command } from 'commander'
import type { Ctx } from '../../core/context.ts'
import type { CliSession } from '../session.ts'
import type { CliSource, RemovableKind } from '../source.ts'

/** A command's `<argument>` and its help. */
export type ArgumentHelp = readonly [name: string, description: string]

/** The argument of a record named by name or id: `<person>`, `<career>`, … */
export const nameOrId = (kind: string): ArgumentHelp => [`<${kind}>`, 'name or id']

/** How `rm` finds the record it deletes, and what it says once it is gone. */
export interface Removal<T extends { id: string }> {
  kind: RemovableKind
  get: (source: CliSource, ref: string) => Promise<T>
  said: (record: T) => string
}

/**
 * `<noun> rm <ref>`: finds the record, deletes it, and says which it was.
 *
 * @example removeCommand(people, session, 'delete a person', nameOrId('person'), { kind: 'person', get, said })
 */
export function removeCommand<T extends { id: string }>(
  parent: Command,
  session: CliSession,
  description: string,
  argument: ArgumentHelp,
  removal: Removal<T>,
): Command {
  return parent
    .command('rm')
    .description(description)
    .argument(...argument)
    .action(async (ref: string, _options: unknown, command: Command) => {
      const source = await session.source(command)
      const record = await removal.get(source, ref)
      await source.remove(removal.kind, record.id)
      session.say(removal.said(record))
    })
}

/**
 * A command on one record (`show`, `fill`, …): its word, what it does, its
 * argument and, when it prints the record, the help of `--json`; the action
 * gets the run's source and the argument as typed.
 */
export function recordCommand(
  parent: Command,
  session: CliSession,
  [name, description]: readonly [name: string, description: string],
  argument: ArgumentHelp,
  run: (source: CliSource, ref: string, command: Command) => Promise<void>,
  json = 'print JSON',
): Command {
  return parent
    .command(name)
    .description(description)
    .argument(...argument)
    .option('--json', json)
    .action(async (ref: string, _options: unknown, command: Command) =>
      run(await session.source(command), ref, command),
    )
}

/** What `add` and `edit` share: their help, their options, what they say once done. */
interface RecordChange<T> {
  description: string
  /** The command's own options, before `--json`. */
  options: (command: Command) => Command
  /** The help of `--json`. */
  json: string
  said: (record: T) => string
}

/** `add`: the help of its `[name]` (given as the argument or `--name`), and how it makes the record. */
export interface Addition<O, T> extends RecordChange<T> {
  name: string
  create: (source: CliSource, name: string, options: O) => Promise<T>
}

/**
 * `<noun> add [name]`: the name as an argument or `--name`, the record's
 * options, `--json`; makes the record and says what it made.
 *
 * @example addCommand(orgs, session, { description: 'add an organization', name: 'its name', … })
 */
export function addCommand<O extends { name?: string }, T>(
  parent: Command,
  session: CliSession,
  addition: Addition<O, T>,
): Command {
  return addition
    .options(
      parent
        .command('add')
        .description(addition.description)
        .argument('[name]', addition.name)
        .option('--name <name>', 'the name (instead of the argument)'),
    )
    .option('--json', addition.json)
    .action(async (name: string | undefined, options: O, command: Command) => {
      const made = await addition.create(
        await session.source(command),
        options.name ?? name ?? '',
        options,
      )
      await session.reply(command, made, addition.said)
    })
}

/** `edit`: its argument, and the change it makes. */
export interface Edit<O, T> extends RecordChange<T> {
  argument: ArgumentHelp
  change: (source: CliSource, ref: string, options: O) => Promise<T>
}

/**
 * `<noun> edit <ref>`: changes the record with the options given and says
 * what it changed.
 *
 * @example editCommand(people, session, { description: 'change a person', argument: PERSON, … })
 */
export function editCommand<O, T>(parent: Command, session: CliSession, edit: Edit<O, T>): Command {
  return edit
    .options(
      parent
        .command('edit')
        .description(edit.description)
        .argument(...edit.argument),
    )
    .option('--json', edit.json)
    .action(async (ref: string, options: O, command: Command) => {
      const changed = await edit.change(await session.source(command), ref, options)
      await session.reply(command, changed, edit.said)
    })
}

/**
 * A command that answers one thing from the local data (`people duplicates`,
 * `people unmerge`, …): `get` reads (or does) it, then it is printed as JSON
 * with `--json`, else as the text `text` makes of it.
 */
export function answerCommand<T>(
  parent: Command,
  session: CliSession,
  [name, description]: readonly [name: string, description: string],
  get: (ctx: Ctx) => Promise<T>,
  text: (value: T) => string,
): Command {
  return parent
    .command(name)
    .description(description)
    .option('--json', 'print JSON')
    .action(async (_options: unknown, command: Command) =>
      session.reply(command, await get(await session.ctx(command)), text),
    )
}
