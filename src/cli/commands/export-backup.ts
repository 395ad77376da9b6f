import type { Command } from 'commander'
import { writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { writeWhole } from './export-files.ts'

/**
 * How many rows of each kind a backup holds, in words, for messages.
 *
 * @example backupSummary({ people: 2, careers: 1, settings: 0 }) // '2 people, 1 careers'
 */
export function backupSummary(rows: Record<string, number>): string {
  const parts = Object.entries(rows)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table.replace(/_/g, ' ')}`)
  return parts.length > 0 ? parts.join(', ') : 'nothing yet'
}

/** `coffeechat export json [--out FILE]`: the lossless backup that `coffeechat restore` loads. */
export function registerExportJson(exportCommand: Command, session: CliSession): void {
  const { io } = session
  exportCommand
    .command('json')
    .description('everything of yours as one JSON backup, for `coffeechat restore`')
    .option('--out <file>', 'write it to this file instead of the terminal')
    .action(async (options: { out?: string }, command: Command) => {
      const ctx = await session.ctx(command)
      const { exportBackup } = await import('../../core/backup/export-json.ts')
      const text = await exportBackup(ctx)
      if (!options.out) return void io.stdout.write(text)
      // Everything of the explorer's: readable by its owner only.
      await writeWhole(options.out, text, 'out', 0o600)
      const tables: Record<string, unknown[]> = JSON.parse(text).tables
      const rows = Object.fromEntries(Object.entries(tables).map(([t, list]) => [t, list.length]))
      writeLine(io.stdout, `Wrote the backup (${backupSummary(rows)}) to ${options.out}`)
    })
}
