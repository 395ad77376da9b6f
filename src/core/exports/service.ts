import {
  type CsvExportOptions,
  writeConversationsCsv,
  writeOrganizationsCsv,
  writePeopleCsv,
} from '../../formats/csv-export.ts'
import { writeVcards } from '../../formats/vcard-write.ts'
import { type Ctx, inSnapshot } from '../context.ts'
import { listConversations } from '../conversations/service.ts'
import { listOrganizations } from '../organizations/service.ts'
import { listPeople } from '../people/service.ts'
import { collect, letOthersRun } from '../shared/pause.ts'
import { gatherRecords } from './gather.ts'
import { type ExportFile, eachMarkdownFile } from './markdown.ts'
import { writeZip } from './zip.ts'
import { zipStream } from './zip-stream.ts'

export type { ExportFile } from './markdown.ts'

/** The export formats, as the CLI and the download routes name them. */
export const exportKinds = ['json', 'markdown', 'csv', 'vcard'] as const
export type ExportKind = (typeof exportKinds)[number]

/** Files, rows or cards made between two pauses for other requests. */
const slice = 500

/**
 * The Markdown export a file at a time: one file per conversation, then a
 * `people.md` index. Read in a fixed number of queries; written with a
 * pause for other requests every few hundred files.
 *
 * @example for await (const file of streamMarkdown(ctx)) await write(file)
 */
export async function* streamMarkdown(ctx: Ctx): AsyncGenerator<ExportFile> {
  const records = await gatherRecords(ctx)
  let made = 0
  for (const file of eachMarkdownFile(records)) {
    yield file
    if (++made % slice === 0) await letOthersRun()
  }
}

/**
 * The Markdown export: one file per conversation and a `people.md` index.
 *
 * @example (await exportMarkdown(ctx)).find((f) => f.path === 'people.md')
 */
export function exportMarkdown(ctx: Ctx): Promise<ExportFile[]> {
  return collect(streamMarkdown(ctx))
}

/**
 * The spreadsheet export a file at a time: people.csv, organizations.csv
 * and conversations.csv (UTF-8 with BOM and CRLF, so Excel opens them with
 * accents intact), each written a slice of rows at a time.
 *
 * @example for await (const file of streamCsv(ctx)) console.log(file.path)
 */
export async function* streamCsv(ctx: Ctx): AsyncGenerator<ExportFile> {
  const read = await inSnapshot(ctx, async (tx) => {
    return {
      people: (await listPeople(tx, {}, { all: true })).items,
      organizations: (await listOrganizations(tx, { sort: 'name' }, { all: true })).items,
      conversations: (await listConversations(tx, {}, { all: true })).items,
    }
  })
  yield { path: 'people.csv', text: await inSlices(read.people, writePeopleCsv) }
  yield {
    path: 'organizations.csv',
    text: await inSlices(read.organizations, writeOrganizationsCsv),
  }
  yield {
    path: 'conversations.csv',
    text: await inSlices(read.conversations, writeConversationsCsv),
  }
}

/** One CSV file written `slice` rows at a time, the header (and BOM) only before the first. */
async function inSlices<T>(
  rows: readonly T[],
  write: (rows: readonly T[], options: CsvExportOptions) => string,
): Promise<string> {
  const parts = [write(rows.slice(0, slice), {})]
  for (let start = slice; start < rows.length; start += slice) {
    await letOthersRun()
    parts.push(write(rows.slice(start, start + slice), { header: false, bom: false }))
  }
  return parts.join('')
}

/**
 * The spreadsheet export: people.csv, organizations.csv and conversations.csv.
 *
 * @example (await exportCsv(ctx)).map((f) => f.path) // ['people.csv', 'organizations.csv', 'conversations.csv']
 */
export function exportCsv(ctx: Ctx): Promise<ExportFile[]> {
  return collect(streamCsv(ctx))
}

/**
 * Every person as vCard 3.0, a few hundred cards at a time.
 *
 * @example for await (const cards of streamVcard(ctx)) out.write(cards)
 */
export async function* streamVcard(ctx: Ctx): AsyncGenerator<string> {
  const { items } = await listPeople(ctx, {}, { all: true })
  for (let start = 0; start < items.length; start += slice) {
    if (start > 0) await letOthersRun()
    yield writeVcards(items.slice(start, start + slice))
  }
}

/**
 * Every person as vCard 3.0, in one file that address books import (and
 * that `coffeechat import` reads back to the same people).
 *
 * @example (await exportVcard(ctx)).startsWith('BEGIN:VCARD') // true when there are people
 */
export async function exportVcard(ctx: Ctx): Promise<string> {
  return (await collect(streamVcard(ctx))).join('')
}

/**
 * The Markdown export as one ZIP archive, streamed as it is made.
 *
 * @example return new Response(ReadableStream.from(markdownZip(ctx)))
 */
export function markdownZip(ctx: Ctx): AsyncGenerator<Uint8Array> {
  return zipStream(streamMarkdown(ctx), ctx.now())
}

/**
 * The spreadsheet export as one ZIP archive, streamed as it is made.
 *
 * @example return new Response(ReadableStream.from(csvZip(ctx)))
 */
export function csvZip(ctx: Ctx): AsyncGenerator<Uint8Array> {
  return zipStream(streamCsv(ctx), ctx.now())
}

/**
 * Export files as one ZIP archive, dated by the explorer's clock.
 *
 * @example zipFiles(await exportCsv(ctx), ctx.now())
 */
export function zipFiles(files: readonly ExportFile[], now: Date): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder()
  return writeZip(
    files.map((f) => ({ path: f.path, bytes: encoder.encode(f.text) })),
    now,
  )
}

/**
 * The name a downloaded export gets: `coffeechat-<what>-<date>.<extension>`.
 *
 * @example exportFileName('backup', 'json', new Date('2026-03-02T09:00:00Z')) // 'coffeechat-backup-2026-03-02.json'
 */
export function exportFileName(what: string, extension: string, now: Date): string {
  return `coffeechat-${what}-${now.toISOString().slice(0, 10)}.${extension}`
}
