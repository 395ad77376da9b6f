import type { Command } from 'commander'
import type { CliSession } from '../session.ts'
import { streamedExport, writeWholeFrom } from './export-files.ts'

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
  const backup = () => import('../../core/backup/export-json.ts')
  exportCommand
    .command('json')
    .description('everything of yours as one JSON backup, for `coffeechat restore`')
    .option('--out <file>', 'write it to this file instead of the terminal')
    .action(
      streamedExport(
        session,
        async (ctx) => (await backup()).streamBackup(ctx),
        async (ctx, out) => {
          const { streamBackup } = await backup()
          const rows: Record<string, number> = {}
          // Everything of the explorer's: readable by its owner only.
          await writeWholeFrom(out, streamBackup(ctx, rows), 'out', 0o600)
          return `Wrote the backup (${backupSummary(rows)}) to ${out}`
        },
      ),
    )
}
