import type { Command } from 'commander'
import type { CliSession } from '../session.ts'
import { registerExportJson } from './export-backup.ts'
import { registerExportCsv, registerExportMarkdown, registerExportVcard } from './export-files.ts'
import { registerExportIcs } from './export-ics.ts'

/**
 * `coffeechat export <format>`: your data as files other programs read. Each
 * format is one subcommand, written in its own `export-<format>.ts` with a
 * `registerExport<Format>(exportCommand, session)` and registered below, so
 * adding one is a new file and one line here.
 *
 * @example registerExport(program, session) // coffeechat export ics --out chats.ics
 */
export function registerExport(program: Command, session: CliSession): Command {
  const exportCommand = program
    .command('export')
    .description('write your data as files that other programs read')
  registerExportIcs(exportCommand, session)
  registerExportJson(exportCommand, session)
  registerExportMarkdown(exportCommand, session)
  registerExportCsv(exportCommand, session)
  registerExportVcard(exportCommand, session)
  return exportCommand
}
