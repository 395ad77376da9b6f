import type { Command } from 'commander'
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
