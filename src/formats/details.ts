/**
 * What a file holds beyond the fields a person has: each such value is kept
 * in an "Imported details" section of the person's notes, and the report
 * names, per file, every column or property that was not stored as a field
 * and where it went. Nothing a file holds is dropped without a word.
 */

/** One value kept in the notes, under the name the file gives it. */
export interface ImportedDetail {
  /** The column or property, in words the explorer recognises (`Birthday`, `Address (home)`). */
  label: string
  value: string
}

/** The heading of the section; it is how a re-import finds that the details are already there. */
export const detailsHeading = 'Imported details:'

/**
 * The notes with the details as a section after them, one `- Label: value`
 * line each (a value's further lines indented under it). The same contact
 * always gives the same text, so importing a file twice adds nothing.
 *
 * @example withDetails('Met at PyCon', [{ label: 'Birthday', value: '1970-11-15' }])
 * // 'Met at PyCon\n\nImported details:\n- Birthday: 1970-11-15'
 */
export function withDetails(notes: string, details: readonly ImportedDetail[]): string {
  if (details.length === 0) return notes
  const lines = details.map(
    ({ label, value }) => `- ${label}: ${value.trim().replace(/\r\n?|\n/g, '\n  ')}`,
  )
  const section = [detailsHeading, ...lines].join('\n')
  return notes ? `${notes}\n\n${section}` : section
}

/** A kept value with its place in the file (a column, a property's position), to list it in the file's order. */
export type PlacedDetail = ImportedDetail & { at: number }

/**
 * Gives the contact its details in the file's order (a stable sort: values
 * of one place keep theirs) and adds them to its notes.
 *
 * @example settleDetails(contact, [{ label: 'Birthday', value: '1970-11-15', at: 4 }])
 */
export function settleDetails(
  contact: { notes: string; details: ImportedDetail[] },
  details: PlacedDetail[],
): void {
  contact.details = details
    .sort((a, b) => a.at - b.at)
    .map(({ label, value }) => ({ label, value }))
  contact.notes = withDetails(contact.notes, contact.details)
}

/**
 * Why a program's own identifiers (UID, PRODID, REV…) are left out. They are
 * listed in `columns` but not said in the warnings: nothing the explorer
 * wrote is in them, and our own export would otherwise never re-import quietly.
 */
export const bookkeeping = 'an identifier or setting of the program that wrote the file'

/** Where one column or property of a file went. */
export interface ColumnFate {
  /** The column or property as the file names it. */
  name: string
  /** `notes`: kept under "Imported details"; `left out`: not kept, for the reason given. */
  where: 'notes' | 'left out'
  /** Why it was left out (`labels of the values beside them`); empty for notes. */
  why: string
  /** How many rows or cards had a value in it. */
  rows: number
}

/** Collects, for one file, which columns or properties went where. Its size grows with the header, not the file. */
export interface DetailsLedger {
  /** A value of `name` was kept in the notes. */
  kept(name: string): void
  /** A value of `name` was not kept, because `why`. */
  leftOut(name: string, why: string): void
  list(): ColumnFate[]
  /** The report's sentences: one for the notes, one per reason for what was left out. */
  sentences(): string[]
}

/**
 * A ledger for one file.
 *
 * @example
 * const ledger = detailsLedger()
 * ledger.kept('Birthday')
 * ledger.sentences() // ['Kept in the notes under "Imported details" (no field holds them): Birthday (1 row).']
 */
export function detailsLedger(): DetailsLedger {
  const fates = new Map<string, ColumnFate>()
  const add = (name: string, where: ColumnFate['where'], why: string) => {
    const key = `${where}\u0000${name}`
    const fate = fates.get(key)
    if (fate) fate.rows++
    else fates.set(key, { name, where, why, rows: 1 })
  }
  return {
    kept: (name) => add(name, 'notes', ''),
    leftOut: (name, why) => add(name, 'left out', why),
    list: () => [...fates.values()],
    sentences() {
      const all = [...fates.values()]
      const count = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`
      const sentences: string[] = []
      const kept = all.filter((f) => f.where === 'notes')
      if (kept.length > 0) {
        sentences.push(
          'Kept in the notes under "Imported details" (no field holds them): ' +
            `${kept.map((f) => `${f.name} (${count(f.rows)})`).join(', ')}.`,
        )
      }
      // One sentence per reason: `Left out (a picture, sound or key; coffeechat keeps none): PHOTO (2 rows).`
      const reasons = new Map<string, ColumnFate[]>()
      for (const fate of all.filter((f) => f.where === 'left out' && f.why !== bookkeeping)) {
        reasons.set(fate.why, [...(reasons.get(fate.why) ?? []), fate])
      }
      for (const [why, fatesOf] of reasons) {
        sentences.push(
          `Left out (${why}): ${fatesOf.map((f) => `${f.name} (${count(f.rows)})`).join(', ')}.`,
        )
      }
      return sentences
    },
  }
}
