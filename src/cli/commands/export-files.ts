import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { Readable, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Command } from 'commander'
import type { Ctx } from '../../core/context.ts'
import { ValidationError } from '../../core/errors.ts'
import type { ExportFile } from '../../core/exports/service.ts'

type ExportsModule = typeof import('../../core/exports/service.ts')

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
  await whole(path, what, (temporary) =>
    writeFile(temporary, text, mode === undefined ? {} : { mode }),
  )
}

/**
 * Writes the pieces of a streamed export to `path` as they come, whole or
 * not at all, like `writeWhole`, without holding the file in memory.
 *
 * @example await writeWholeFrom('backup.json', streamBackup(ctx))
 */
export async function writeWholeFrom(
  path: string,
  pieces: AsyncIterable<string | Uint8Array>,
  what = 'out',
  mode?: number,
): Promise<void> {
  await whole(path, what, (temporary) =>
    pipeline(
      Readable.from(madeBy(pieces), { objectMode: false }),
      createWriteStream(temporary, mode === undefined ? {} : { mode }),
    ),
  )
}

/** An error of the export itself, not of writing it: passed on as it is. */
class ExportFailed {
  readonly error: unknown
  constructor(error: unknown) {
    this.error = error
  }
}

async function* madeBy<T>(pieces: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* pieces
  } catch (error) {
    throw new ExportFailed(error)
  }
}

async function whole(path: string, what: string, write: (temporary: string) => Promise<void>) {
  const temporary = join(dirname(path), `.${process.pid}-${Date.now()}.partial`)
  try {
    await write(temporary)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    if (error instanceof ExportFailed) throw error.error
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unknown'
    const message = `could not write ${path} (${reason}); check that the folder exists and is writable`
    throw new ValidationError([{ path: what, message }], message)
  }
}

/**
 * Writes the pieces of a streamed export to the terminal (or a pipe) as
 * they come, waiting when the reader is slower.
 */
export async function writePieces(
  stream: Writable,
  pieces: AsyncIterable<string | Uint8Array>,
): Promise<void> {
  for await (const piece of pieces) {
    if (!stream.write(piece)) await new Promise((resolve) => stream.once('drain', resolve))
  }
}

/** Writes export files into `dir` (created when missing) as they come, replacing files of the same names. */
async function writeFiles(io: CliIO, dir: string, files: AsyncIterable<ExportFile>, json: boolean) {
  await mkdir(dir, { recursive: true }).catch(() => undefined)
  const written: string[] = []
  for await (const file of files) {
    await writeWhole(join(dir, file.path), file.text)
    written.push(file.path)
  }
  if (json) return printJson(io, { out: dir, files: written })
  writeLine(
    io.stdout,
    `Wrote ${written.length} ${written.length === 1 ? 'file' : 'files'} to ${dir}`,
  )
}

/**
 * The action of an export that is one file: streamed to the terminal as it
 * is made, or with `--out FILE` written whole into FILE by `toFile`, which
 * answers the sentence that says what it wrote.
 */
export function streamedExport(
  session: CliSession,
  toTerminal: (ctx: Ctx) => Promise<AsyncIterable<string | Uint8Array>>,
  toFile: (ctx: Ctx, out: string) => Promise<string>,
) {
  return async (options: { out?: string }, command: Command) => {
    const ctx = await session.ctx(command)
    if (!options.out) return writePieces(session.io.stdout, await toTerminal(ctx))
    session.say(await toFile(ctx, options.out))
  }
}

/**
 * The action of an export into the folder `--out`: the files `files` streams
 * from the exports (loaded on demand) for the explorer, with `--json` a list.
 */
function writeFilesInto(
  session: CliSession,
  files: (exports: ExportsModule, ctx: Ctx) => AsyncIterable<ExportFile>,
) {
  return async (options: { out: string }, command: Command) => {
    const ctx = await session.ctx(command)
    const exports = await import('../../core/exports/service.ts')
    await writeFiles(session.io, options.out, files(exports, ctx), session.wantsJson(command))
  }
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
    .action(writeFilesInto(session, (exports, ctx) => exports.streamMarkdown(ctx)))
}

/** `coffeechat export csv [--out DIR]`: people.csv, organizations.csv, conversations.csv. */
export function registerExportCsv(exportCommand: Command, session: CliSession): void {
  exportCommand
    .command('csv')
    .description('people.csv, organizations.csv and conversations.csv for a spreadsheet')
    .option('--out <dir>', 'the folder to write into (default: the current folder)', '.')
    .option('--json', 'print JSON: the files written')
    .action(writeFilesInto(session, (exports, ctx) => exports.streamCsv(ctx)))
}

/** `coffeechat export vcard [--out FILE]`: every person as vCard 3.0. */
export function registerExportVcard(exportCommand: Command, session: CliSession): void {
  const vcards = () => import('../../core/exports/service.ts')
  exportCommand
    .command('vcard')
    .description('every person as vCard 3.0, for an address book')
    .option('--out <file>', 'write it to this file instead of the terminal')
    .action(
      streamedExport(
        session,
        async (ctx) => (await vcards()).streamVcard(ctx),
        async (ctx, out) => {
          const { streamVcard } = await vcards()
          let cards = 0
          async function* counted() {
            for await (const text of streamVcard(ctx)) {
              cards += text.split('BEGIN:VCARD').length - 1
              yield text
            }
          }
          await writeWholeFrom(out, counted())
          return `Wrote ${cards} ${cards === 1 ? 'card' : 'cards'} to ${out}`
        },
      ),
    )
}
