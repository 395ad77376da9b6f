import { ValidationError } from '../errors.ts'

/** Where a value to write came from: the row of the file, and a name to show. */
export interface RowSource {
  row: number
  name: string
}

/**
 * The failure of one row's write, as the report shows it: which row, what
 * the database said, and that nothing was written.
 *
 * @example throw rowFailure({ row: 12, name: 'Grace Hopper' }, error)
 */
export function rowFailure(source: RowSource, error: unknown): ValidationError {
  const reason = error instanceof Error ? error.message : String(error)
  const message = `Row ${source.row} (${source.name}) could not be saved: ${reason}. Nothing was imported; fix that row and import the file again.`
  return new ValidationError([{ path: `rows.${source.row}`, message }], message)
}
