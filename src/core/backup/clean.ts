import { type FieldIssue, ValidationError } from '../errors.ts'
import { isWebAddress } from '../organizations/schema.ts'
import { normalizeLinkedinUrl } from '../people/linkedin.ts'
import type { Cleaning } from './schema.ts'

/**
 * Values a backup may hold that coffeechat does not store as they are: a
 * NUL character (PostgreSQL refuses it; an older coffeechat let SQLite keep
 * it), half of a UTF-16 surrogate pair (no engine can encode it), and a
 * link field that is not the kind of address the API takes for it.
 */
interface Unstorable {
  table: string
  index: number
  id: string | null
  column: string
  /** Why it is refused: "holds 2 NUL characters (U+0000), which coffeechat does not store". */
  refusal: string
  /** What cleaning did: "2 NUL characters (U+0000) removed". */
  change: string
}

const linkColumns: Record<
  string,
  Record<string, { valid: (v: string) => boolean; kind: string }>
> = {
  people: {
    linkedin_url: {
      valid: (v) => normalizeLinkedinUrl(v) !== null,
      kind: 'a LinkedIn profile address',
    },
  },
  organizations: { website: { valid: isWebAddress, kind: 'a web address' } },
}

const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const shownChanges = 50

/**
 * Collects what cleaning changes in a backup's rows, and makes the changes
 * in place: NUL characters removed, broken characters replaced by U+FFFD,
 * link fields that are not links cleared. Rows that are not objects are
 * left for the file's own checks.
 */
export class BackupCleaner {
  readonly #found: Unstorable[] = []

  /** Cleans one raw row of `table` (its `index` in the file), in place. */
  cleanRow(table: string, index: number, raw: unknown): void {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return
    const row = raw as Record<string, unknown>
    const id = typeof row.id === 'string' ? row.id : null
    const found = (column: string, refusal: string, change: string) =>
      this.#found.push({ table, index, id, column, refusal, change })
    const unstored = (what: string, fix: string) => [
      `holds ${what}, which coffeechat does not store`,
      `${what} ${fix}`,
    ]
    for (const [column, value] of Object.entries(row)) {
      if (typeof value !== 'string') continue
      let text = value
      const nuls = text.split('\u0000').length - 1
      if (nuls > 0) {
        text = text.replaceAll('\u0000', '')
        const [refusal = '', change = ''] = unstored(
          `${plural(nuls, 'NUL character')} (U+0000)`,
          'removed',
        )
        found(column, refusal, change)
      }
      const broken = text.match(loneSurrogates)?.length ?? 0
      if (broken > 0) {
        text = text.replace(loneSurrogates, '\uFFFD')
        const [refusal = '', change = ''] = unstored(
          `${plural(broken, 'broken character')} (half a UTF-16 pair)`,
          'replaced by �',
        )
        found(column, refusal, change)
      }
      const link = linkColumns[table]?.[column]
      if (link && text.trim() !== '' && !link.valid(text)) {
        const what = `“${shorten(text)}” is not ${link.kind}`
        found(column, what, `${what}: cleared`)
        row[column] = null
        continue
      }
      row[column] = text
    }
  }

  /** What cleaning changed: how many values, and the first of them in words. */
  cleaning(): Cleaning {
    return {
      count: this.#found.length,
      changes: this.#found.slice(0, shownChanges).map((u) => ({
        path: `tables.${u.table}.${u.index}.${u.column}`,
        message: `${where(u)}: ${u.change}`,
      })),
    }
  }

  /**
   * The refusal for a restore without cleaning: each value named by its
   * table, row and column, and what cleaning would do. Null when clean.
   */
  refusal(): UncleanBackupError | null {
    if (this.#found.length === 0) return null
    const issues: FieldIssue[] = this.#found.slice(0, 20).map((u) => ({
      path: `tables.${u.table}.${u.index}.${u.column}`,
      message: `${where(u)}: ${u.refusal}`,
    }))
    return new UncleanBackupError(issues, this.#found.length)
  }
}

/**
 * A backup that restores only after cleaning. Each edge says how to ask for
 * it (the API's `clean=true`, the CLI's `--clean`, the web app's button).
 */
export class UncleanBackupError extends ValidationError {
  readonly count: number
  constructor(issues: FieldIssue[], count: number) {
    const [first] = issues
    const more = count > 1 ? ` (and ${count - 1} more like it)` : ''
    super(
      issues,
      `${first?.message ?? 'the backup holds values coffeechat does not store'}${more}. Restore it with cleaning to remove them; nothing else changes, and nothing was restored.`,
    )
    this.count = count
  }
}

function where(u: Unstorable): string {
  return `${u.table}, row ${u.index + 1}${u.id ? ` (id ${u.id})` : ''}, ${u.column}`
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function shorten(text: string): string {
  const shown = text.replace(/\s+/g, ' ')
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown
}
