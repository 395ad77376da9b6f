import { mkdir, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Command } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import type { ExportFile } from '../../core/exports/service.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'

/**
 * Writes `text` to `path` whole or not at all (a temporary file renamed into
 * place), so an interrupted export never leaves half a file; `mode` (0o600
 * for a backup) is the new file's.
 */
export async function writeWhole(
  path: string,
  text: string | Uint8Array,
  what = 'out',
  mode?: number,
): Promise<void> {
  const temporary = join(dirname(path), `.${process.pid}-${Date.now()}.partial`)
  try {
    await writeFile(temporary, text, mode === undefined ? {} : { mode })
    await rename(temporary, path)
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown'
    const message = `could not write ${path} (${reason}); check that the folder exists and is writable`
    throw new ValidationError([{ path: what, message }], message)
  }
}

/** Writes export files into `dir` (created when missing), replacing files of the same names. */
async function writeFiles(io: CliIO, dir: string, files: ExportFile[], json: boolean) {
  await mkdir(dir, { recursive: true }).catch(() => undefined)
  for (const file of files) await writeWhole(join(dir, file.path), file.text)
  if (json) return printJson(io, { out: dir, files: files.map((f) => f.path) })
  writeLine(io.stdout, `Wrote ${files.length} ${files.length === 1 ? 'file' : 'files'} to ${dir}`)
}

/** `coffeechat export markdown --out DIR`: one file per conversation and people.md. */
export function registerExportMarkdown(exportCommand: Command, session: CliSession): void {
  exportCommand
    .command('markdown')
    .description(
      'one Markdown file per conversation (front matter, notes, answers, reflection) and people.md',
    )
    .requiredOption('--out <dir>', 'the folder to write into (created when missing)')
    .option('--json', 'print JSON: the files written')
    .action(async (options: { out: string }, command: Command) => {
      const ctx = await session.ctx(command)
      const { exportMarkdown } = await import('../../core/exports/service.ts')
      await writeFiles(
        session.io,
        options.out,
        await exportMarkdown(ctx),
        session.wantsJson(command),
      )
    })
}

/** `coffeechat export csv [--out DIR]`: people.csv, organizations.csv, conversations.csv. */
export function registerExportCsv(exportCommand: Command, session: CliSession): void {
  exportCommand
    .command('csv')
    .description('people.csv, organizations.csv and conversations.csv for a spreadsheet')
    .option('--out <dir>', 'the folder to write into (default: the current folder)', '.')
    .option('--json', 'print JSON: the files written')
    .action(async (options: { out: string }, command: Command) => {
      const ctx = await session.ctx(command)
      const { exportCsv } = await import('../../core/exports/service.ts')
      await writeFiles(session.io, options.out, await exportCsv(ctx), session.wantsJson(command))
    })
}

/** `coffeechat export vcard [--out FILE]`: every person as vCard 3.0. */
export function registerExportVcard(exportCommand: Command, session: CliSession): void {
  const { io } = session
  exportCommand
    .command('vcard')
    .description('every person as vCard 3.0, for an address book')
    .option('--out <file>', 'write it to this file instead of the terminal')
    .action(async (options: { out?: string }, command: Command) => {
      const ctx = await session.ctx(command)
      const { exportVcard } = await import('../../core/exports/service.ts')
      const text = await exportVcard(ctx)
      if (!options.out) return void io.stdout.write(text)
      await writeWhole(options.out, text)
      const cards = text.split('BEGIN:VCARD').length - 1
      writeLine(io.stdout, `Wrote ${cards} ${cards === 1 ? 'card' : 'cards'} to ${options.out}`)
    })
}
