import {
  writeConversationsCsv,
  writeOrganizationsCsv,
  writePeopleCsv,
} from '../../formats/csv-export.ts'
import { writeVcards } from '../../formats/vcard-write.ts'
import type { Ctx } from '../context.ts'
import { listConversations } from '../conversations/service.ts'
import { listOrganizations } from '../organizations/service.ts'
import { listPeople } from '../people/service.ts'
import { gatherRecords } from './gather.ts'
import { type ExportFile, markdownFiles } from './markdown.ts'
import { writeZip } from './zip.ts'

export type { ExportFile } from './markdown.ts'

/** The export formats, as the CLI and the download routes name them. */
export const exportKinds = ['json', 'markdown', 'csv', 'vcard'] as const
export type ExportKind = (typeof exportKinds)[number]

/**
 * The Markdown export: one file per conversation and a `people.md` index.
 *
 * @example (await exportMarkdown(ctx)).find((f) => f.path === 'people.md')
 */
export async function exportMarkdown(ctx: Ctx): Promise<ExportFile[]> {
  return markdownFiles(await gatherRecords(ctx))
}

/**
 * The spreadsheet export: people.csv, organizations.csv and conversations.csv
 * (UTF-8 with BOM and CRLF, so Excel opens them with accents intact).
 *
 * @example (await exportCsv(ctx)).map((f) => f.path) // ['people.csv', 'organizations.csv', 'conversations.csv']
 */
export async function exportCsv(ctx: Ctx): Promise<ExportFile[]> {
  const [people, organizations, conversations] = await Promise.all([
    listPeople(ctx, {}, { all: true }),
    listOrganizations(ctx, { sort: 'name' }, { all: true }),
    listConversations(ctx, {}, { all: true }),
  ])
  return [
    { path: 'people.csv', text: writePeopleCsv(people.items) },
    { path: 'organizations.csv', text: writeOrganizationsCsv(organizations.items) },
    { path: 'conversations.csv', text: writeConversationsCsv(conversations.items) },
  ]
}

/**
 * Every person as vCard 3.0, in one file that address books import (and
 * that `coffeechat import` reads back to the same people).
 *
 * @example (await exportVcard(ctx)).startsWith('BEGIN:VCARD') // true when there are people
 */
export async function exportVcard(ctx: Ctx): Promise<string> {
  const { items } = await listPeople(ctx, {}, { all: true })
  return writeVcards(items)
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
