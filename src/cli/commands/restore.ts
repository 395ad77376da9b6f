import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Command } from 'commander'
import { ConflictError, ValidationError } from '../../core/errors.ts'
import { resolveDataDir } from '../../db/connect.ts'
import { printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { backupSummary } from './export-backup.ts'
import { writeWhole } from './export-files.ts'

/**
 * `coffeechat restore FILE [--replace]`: loads a JSON backup into an empty
 * data directory; with `--replace`, over existing data, after saving a
 * backup of it under `<data>/backups/` (the path is printed).
 */
export function registerRestore(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('restore')
    .description('load a JSON backup (from `coffeechat export json`) into an empty data directory')
    .argument('<file>', 'the backup file')
    .option('--replace', 'replace the data that is there (a backup of it is written first)')
    .option('--json', 'print JSON: the rows restored and where the replaced data was kept')
    .action(async (file: string, options: { replace?: boolean }, command: Command) => {
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
        keepCurrent: async (backup) => {
          const folder = join(dataDir, 'backups')
          await mkdir(folder, { recursive: true })
          const stamp = ctx.now().toISOString().replace(/[:.]/g, '-')
          const path = join(folder, `before-restore-${stamp}.json`)
          await writeWhole(path, backup)
          return path
        },
      }).catch((error: unknown) => {
        // The core says "replace it"; here that is a flag.
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
    })
}
