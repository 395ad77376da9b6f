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

/** Hears each warning of each row as it is added (the full report lists them all). */
export type RowWarningListener = (row: number, sentence: string) => void

/**
 * A collector that keeps a 30,000-row file with one recurring problem down to
 * one readable warning instead of 30,000. It keeps the first ten rows of
 * each kind and counts the rest, so its size does not grow with the file;
 * `onAdd` hears every one.
 *
 * @example
 * const w = rowWarnings()
 * w.add(7, 'Connected On is not a date, left empty', 'soon')
 * w.list() // ['Row 7: Connected On is not a date, left empty ("soon").']
 */
export function rowWarnings(onAdd?: RowWarningListener): RowWarnings {
  const kinds = new Map<string, { rows: number[]; count: number; example: string | undefined }>()
  return {
    add(row, problem, example) {
      const kind = kinds.get(problem)
      if (!kind) kinds.set(problem, { rows: [row], count: 1, example })
      else {
        if (kind.rows.length < shownRows) kind.rows.push(row)
        kind.count++
      }
      onAdd?.(row, example === undefined ? problem : `${problem} ("${example}")`)
    },
    list() {
      return [...kinds].map(([problem, { rows, count, example }]) => {
        const sample = example === undefined ? '' : ` (${count > 1 ? 'e.g. ' : ''}"${example}")`
        if (count === 1) return `Row ${rows[0]}: ${problem}${sample}.`
        const more = count > shownRows ? ` and ${count - shownRows} more` : ''
        return `Rows ${rows.join(', ')}${more}: ${problem}${sample}.`
      })
    },
  }
}
