import {
  type PayEntry,
  PayEntryInput,
  type PayPeriod,
  type Reflection,
  type ReflectionPatch,
} from '../../../core/reflections/schema.ts'

/** A pay line as typed: text boxes hold strings until the line is complete. */
export interface PayRow {
  key: string
  low: string
  high: string
  currency: string
  period: PayPeriod
  level: string
  location: string
  year: string
  note: string
}

/** The reflection as the form holds it. */
export interface ReflectionDraft {
  takeaways: string
  surprises: string
  aha: string
  pros: string[]
  cons: string[]
  dayToDay: string
  training: string
  fitRating: number | null
  hypothesisChange: string
  pay: PayRow[]
  questions: string[]
  nextPeople: Array<{ name: string; note: string; personId: string | null }>
}

export type DraftField = keyof ReflectionDraft

let rowCount = 0
export function newPayRow(defaults: Partial<PayRow> = {}): PayRow {
  rowCount++
  return {
    key: `row-${Date.now()}-${rowCount}`,
    low: '',
    high: '',
    currency: 'EUR',
    period: 'year',
    level: '',
    location: '',
    year: '',
    note: '',
    ...defaults,
  }
}

type PayLike = Pick<PayEntry, 'currency' | 'period' | 'level' | 'location' | 'note'> & {
  low?: number | null | undefined
  high?: number | null | undefined
  year?: number | null | undefined
}

/** Pay lines (saved, or waiting to be sent) as the form's rows. */
export function payRowOf(entry: PayLike): PayRow {
  return newPayRow({
    low: entry.low == null ? '' : String(entry.low),
    high: entry.high == null ? '' : String(entry.high),
    currency: entry.currency,
    period: entry.period,
    level: entry.level,
    location: entry.location,
    year: entry.year == null ? '' : String(entry.year),
    note: entry.note,
  })
}

export function draftOf(reflection: Reflection): ReflectionDraft {
  return {
    takeaways: reflection.takeaways,
    surprises: reflection.surprises,
    aha: reflection.aha,
    pros: reflection.pros,
    cons: reflection.cons,
    dayToDay: reflection.dayToDay,
    training: reflection.training,
    fitRating: reflection.fitRating,
    hypothesisChange: reflection.hypothesisChange,
    pay: reflection.pay.map(payRowOf),
    questions: reflection.questions.map((q) => q.text),
    nextPeople: reflection.nextPeople,
  }
}

const isBlank = (row: PayRow) =>
  !row.low.trim() &&
  !row.high.trim() &&
  !row.level.trim() &&
  !row.location.trim() &&
  !row.year.trim() &&
  !row.note.trim()

function amount(text: string): number | null | string {
  const cleaned = text.replace(/[\s,.']/g, '').replace(/k$/i, '000')
  if (!cleaned) return null
  return /^\d+$/.test(cleaned) ? Number(cleaned) : text
}

/**
 * The pay lines ready to save, or the problems per line and field
 * (`{ '0.high': 'the high amount…' }`), checked with the same schema the
 * server uses. Blank lines are left out.
 */
export function payToSave(
  rows: readonly PayRow[],
):
  | { ok: true; pay: NonNullable<ReflectionPatch['pay']> }
  | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const pay: NonNullable<ReflectionPatch['pay']> = []
  rows.forEach((row, index) => {
    if (isBlank(row)) return
    const low = amount(row.low)
    const high = amount(row.high)
    const year = row.year.trim() ? Number(row.year.trim()) : null
    const parsed = PayEntryInput.safeParse({
      low: typeof low === 'string' ? Number.NaN : low,
      high: typeof high === 'string' ? Number.NaN : high,
      currency: row.currency,
      period: row.period,
      level: row.level,
      location: row.location,
      year: Number.isNaN(year) ? -1 : year,
      note: row.note,
    })
    if (parsed.success) {
      pay.push(parsed.data)
      return
    }
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'low')
      const message =
        (field === 'low' || field === 'high') && issue.code === 'invalid_type'
          ? 'write a whole amount, such as 60000 or 60k'
          : issue.message
      errors[`${index}.${field}`] ??= message
    }
  })
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, pay }
}

/** What a changed field sends, or null when it cannot be sent as it is (an incomplete pay line). */
export function patchOf(
  field: DraftField,
  draft: ReflectionDraft,
): { patch: ReflectionPatch } | { errors: Record<string, string> } {
  switch (field) {
    case 'pay': {
      const result = payToSave(draft.pay)
      return result.ok ? { patch: { pay: result.pay } } : { errors: result.errors }
    }
    case 'questions':
      return {
        patch: { questions: draft.questions.map((q) => q.trim()).filter((q) => q.length >= 3) },
      }
    case 'nextPeople':
      return {
        patch: {
          nextPeople: draft.nextPeople
            .filter((p) => p.name.trim())
            .map((p) => ({ name: p.name, note: p.note, personId: p.personId })),
        },
      }
    default:
      return { patch: { [field]: draft[field] } }
  }
}
