import type { Command } from 'commander'
import { writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { writePieces, writeWholeFrom } from './export-files.ts'

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
      const { streamBackup } = await import('../../core/backup/export-json.ts')
      if (!options.out) return writePieces(io.stdout, streamBackup(ctx))
      const rows: Record<string, number> = {}
      // Everything of the explorer's: readable by its owner only.
      await writeWholeFrom(options.out, streamBackup(ctx, rows), 'out', 0o600)
      writeLine(io.stdout, `Wrote the backup (${backupSummary(rows)}) to ${options.out}`)
    })
}
