import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Command } from 'commander'
import { UncleanBackupError } from '../../core/backup/clean.ts'
import { keepBackupFile } from '../../core/backup/keep-file.ts'
import { ConflictError, ValidationError } from '../../core/errors.ts'
import { resolveDataDir } from '../../db/connect.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { backupSummary } from './export-backup.ts'

/**
 * `coffeechat restore FILE [--replace] [--clean]`: loads a JSON backup into
 * an empty data directory; with `--replace`, over existing data, after
 * saving a backup of it under `<data>/backups/` (the path is printed); with
 * `--clean`, a file holding what coffeechat does not store, cleaned.
 */
export function registerRestore(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('restore')
    .description('load a JSON backup (from `coffeechat export json`) into an empty data directory')
    .argument('<file>', 'the backup file')
    .option('--replace', 'replace the data that is there (a backup of it is written first)')
    .option(
      '--clean',
      'restore a file holding what coffeechat does not store (NUL characters, broken characters, links that are not), cleaning those values; each change is listed',
    )
    .option('--json', 'print JSON: the rows restored and where the replaced data was kept')
    .action(
      async (file: string, options: { replace?: boolean; clean?: boolean }, command: Command) => {
        const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
          const reason = error.code === 'ENOENT' ? 'there is no such file' : error.message
          const message = `cannot read ${file}: ${reason}`
          throw new ValidationError([{ path: 'file', message }], message)
        })
        const ctx = await session.ctx(command)
        const { restoreBackup } = await import('../../core/backup/restore.ts')
        const dataDir = resolveDataDir(command.optsWithGlobals<{ data?: string }>().data, io.env)
        const result = await restoreBackup(ctx, text, {
          replace: options.replace ?? false,
          clean: options.clean ?? false,
          // As the server keeps it: mode 0600, on disk before anything is deleted, never overwritten.
          keepCurrent: (backup) => keepBackupFile(join(dataDir, 'backups'), backup, ctx.now()),
        }).catch((error: unknown) => {
          // The core says "replace it" and "with cleaning"; here those are flags.
          if (error instanceof UncleanBackupError) {
            throw new ValidationError(
              error.issues,
              error.message.replace('Restore it with cleaning', 'Add --clean'),
            )
          }
          if (error instanceof ConflictError) {
            throw new ConflictError(
              error.message.replace('or replace it', 'or add --replace to replace it'),
            )
          }
          throw error
        })
        if (session.wantsJson(command)) return printJson(io, result)
        if (result.previousBackup) {
          writeLine(io.stdout, `Saved the data that was here to ${result.previousBackup}`)
        }
        writeLine(io.stdout, `Restored ${backupSummary(result.rows)} from ${file}`)
        const { cleaning } = result
        if (cleaning.count > 0) {
          writeLine(io.stdout, `Cleaned ${cleaning.count} value${cleaning.count === 1 ? '' : 's'}:`)
          for (const change of cleaning.changes) writeLine(io.stdout, `  ${change.message}`)
          const more = cleaning.count - cleaning.changes.length
          if (more > 0) writeLine(io.stdout, `  … and ${more} more`)
        }
      },
    )
}
