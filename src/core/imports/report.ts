import { stringify } from 'csv-stringify/sync'
import type { SkippedRow } from '../../formats/contact.ts'
import { guardFormula } from '../../formats/csv-export.ts'
import type { ImportSummary } from '../../formats/import.ts'
import type { RowResult } from './plan.ts'
import type { ImportedRow, ImportReport } from './schema.ts'

/** The columns of the full report, in the explorer's words. */
const header = [
  'Row',
  'Outcome',
  'Name',
  'Organization',
  'Filled or added',
  'Kept yours',
  'Same person as row',
  'Reason skipped',
  'Warnings',
]

/** What the report says about the file as a whole, known once all of it is read. */
export interface ReportSummary extends ImportSummary {
  format: ImportReport['format']
  organizationsCreated: number
}

/** Writes the full report's CSV text, a piece at a time. */
export type ReportCsvWriter = (text: string) => void

/** Builds an import's report as its rows are planned, keeping only what the answer lists. */
export interface ReportBuilder {
  /** Hears a warning about a row, for that row's line of the full report. */
  rowWarning(row: number, sentence: string): void
  /** Counts a batch's rows, keeps the first of each kind, and writes them all to the full report. */
  add(results: readonly RowResult[]): void
  finish(summary: ReportSummary): ImportReport
}

/** Warnings an answer lists at most; the rest are counted in a last one. */
const maxWarnings = 50

/**
 * The report of an import: counts of every kind, the first `listed` rows of
 * each kind (so a 100,000-row file answers in kilobytes), and, when `csv`
 * is given, every row with its warnings as a CSV (UTF-8 with BOM, CRLF,
 * formula-guarded cells) written as the rows are planned.
 *
 * @example
 * const report = reportBuilder(100, false, (text) => chunks.push(text))
 * report.add(plan.results)
 * report.finish({ format: 'linkedin', rows: 1, warnings: [], encoding: 'utf-8' })
 */
export function reportBuilder(
  listed: number,
  dryRun: boolean,
  csv?: ReportCsvWriter,
): ReportBuilder {
  const counts = { created: 0, updated: 0, unchanged: 0, skipped: 0 }
  const people: ImportedRow[] = []
  const skipped: SkippedRow[] = []
  const rowWarnings = new Map<number, string[]>()
  csv?.(stringify([header], { bom: true, record_delimiter: 'windows' }))
  const warningsOf = (row: number) => {
    const list = rowWarnings.get(row)
    rowWarnings.delete(row)
    return list ? list.join('; ') : ''
  }
  return {
    rowWarning(row, sentence) {
      if (!csv) return
      const list = rowWarnings.get(row)
      if (list) list.push(sentence)
      else rowWarnings.set(row, [sentence])
    },
    add(results) {
      const lines: Array<Array<string | number>> = []
      for (const result of results) {
        if (result.skipped) {
          if (counts.skipped++ < listed) skipped.push(result.skipped)
          if (csv) {
            const { row, reason } = result.skipped
            lines.push([row, 'skipped', '', '', '', '', '', reason, warningsOf(row)])
          }
          continue
        }
        const row =
          dryRun && result.person.outcome === 'created'
            ? { ...result.person, personId: null }
            : result.person
        if (counts[row.outcome]++ < listed) people.push(row)
        if (csv) {
          lines.push([
            row.row,
            row.outcome,
            row.name,
            row.organization ?? '',
            row.changes.join(', '),
            row.kept.join(', '),
            row.sameAs ?? '',
            '',
            warningsOf(row.row),
          ])
        }
      }
      if (csv && lines.length > 0) writeLines(csv, lines)
    },
    finish(summary) {
      if (csv) {
        // Warnings about rows that had no line of their own, then the file's.
        const notes = [...rowWarnings].map(([row, list]) => [
          row,
          '',
          '',
          '',
          '',
          '',
          '',
          '',
          list.join('; '),
        ])
        rowWarnings.clear()
        for (const warning of summary.warnings)
          notes.push(['', 'note', '', '', '', '', '', '', warning])
        if (notes.length > 0) writeLines(csv, notes)
      }
      const total = counts.created + counts.updated + counts.unchanged + counts.skipped
      const { warnings } = summary
      return {
        format: summary.format,
        rows: summary.rows,
        created: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
        skipped: skipped.sort((a, b) => a.row - b.row),
        warnings:
          warnings.length <= maxWarnings
            ? warnings
            : [
                ...warnings.slice(0, maxWarnings - 1),
                `${warnings.length - maxWarnings + 1} more warnings are in the full report.`,
              ],
        skippedCount: counts.skipped,
        dryRun,
        encoding: summary.encoding,
        columns: summary.columns,
        organizationsCreated: summary.organizationsCreated,
        mapping: null,
        people,
        id: null,
        complete: people.length + skipped.length === total,
      }
    },
  }
}

function writeLines(csv: ReportCsvWriter, lines: Array<Array<string | number>>): void {
  csv(
    stringify(
      lines.map((line) => line.map(guardFormula)),
      { record_delimiter: 'windows' },
    ),
  )
}
