/** Collects per-row warnings and reports each kind once, with its rows. */
export interface RowWarnings {
  /**
   * Notes that `problem` happened on `row`. `problem` is a phrase that reads
   * after "on row N:", e.g. `Connected On is not a date, left empty`.
   */
  add(row: number, problem: string, example?: string): void
  /** One sentence per kind of problem, in the order first seen. */
  list(): string[]
}

const shownRows = 10

/**
 * A collector that keeps a 30,000-row file with one recurring problem down to
 * one readable warning instead of 30,000.
 *
 * @example
 * const w = rowWarnings()
 * w.add(7, 'Connected On is not a date, left empty', 'soon')
 * w.list() // ['Row 7: Connected On is not a date, left empty ("soon").']
 */
export function rowWarnings(): RowWarnings {
  const kinds = new Map<string, { rows: number[]; example: string | undefined }>()
  return {
    add(row, problem, example) {
      const kind = kinds.get(problem)
      if (kind) kind.rows.push(row)
      else kinds.set(problem, { rows: [row], example })
    },
    list() {
      return [...kinds].map(([problem, { rows, example }]) => {
        const sample =
          example === undefined ? '' : ` (${rows.length > 1 ? 'e.g. ' : ''}"${example}")`
        if (rows.length === 1) return `Row ${rows[0]}: ${problem}${sample}.`
        const listed = rows.slice(0, shownRows).join(', ')
        const more = rows.length > shownRows ? ` and ${rows.length - shownRows} more` : ''
        return `Rows ${listed}${more}: ${problem}${sample}.`
      })
    },
  }
}
