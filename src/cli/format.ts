import { InvalidArgumentError } from 'commander'

/** Plain-text table with padded columns; long cells are cut with an ellipsis. */
export function table(
  rows: ReadonlyArray<ReadonlyArray<string>>,
  header: ReadonlyArray<string>,
  maxWidth = 40,
): string {
  const all = [header, ...rows].map((row) =>
    row.map((cell) => clip(cell.replace(/\s+/g, ' '), maxWidth)),
  )
  const widths = header.map((_, i) => Math.max(...all.map((row) => [...(row[i] ?? '')].length)))
  return all
    .map((row) =>
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - [...cell].length),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

function clip(text: string, max: number): string {
  const chars = [...text]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text
}

/** `key: value` lines for one record, skipping empty values. */
export function details(fields: ReadonlyArray<readonly [string, unknown]>): string {
  const shown = fields.filter(
    ([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
  )
  const width = Math.max(...shown.map(([k]) => k.length))
  return shown
    .map(([key, value]) => {
      const text = Array.isArray(value) ? value.join(', ') : String(value)
      const lines = text.split('\n')
      return `${key.padEnd(width)}  ${lines.join(`\n${' '.repeat(width + 2)}`)}`
    })
    .join('\n')
}

/** Repeatable option collector for commander (`--tag a --tag b`). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** Parses a whole number option; commander reports a wrong one as a usage error. */
export function wholeNumber(name: string) {
  return (value: string): number => {
    if (!/^-?\d+$/.test(value.trim())) {
      throw new InvalidArgumentError(`${name} must be a whole number, not "${value}"`)
    }
    return Number(value)
  }
}

/** Wrong usage of the CLI (exit code 2), as opposed to a user error in the data (1). */
export class UsageError extends Error {}
