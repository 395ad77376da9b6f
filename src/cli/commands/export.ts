import type { Command } from 'commander'
import type { CliSession } from '../session.ts'
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
  // Further formats (json, markdown, csv, vcard) register here, one line each.
  return exportCommand
}
