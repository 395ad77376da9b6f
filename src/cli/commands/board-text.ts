import type {
  CareerBoard,
  CareerComparison,
  FitTrend,
  PayRange,
} from '../../core/insights/schema.ts'
import { formatPay } from '../../core/reflections/pay.ts'
import { dateOf, dayText } from '../../core/shared/date-words.ts'
import { table } from '../format.ts'
import type { CliDateStyle } from '../session.ts'

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

export function fitText(fit: Omit<FitTrend, 'points'> & { points?: FitTrend['points'] }): string {
  if (fit.count === 0 || fit.mean === null) return 'no ratings yet'
  const series = fit.points ? `${fit.points.map((p) => p.rating).join(' → ')} · ` : ''
  return `${series}mean ${fit.mean.toFixed(1)}${fit.direction ? ` · ${fit.direction}` : ''}`
}

export function payText(ranges: readonly PayRange[]): string {
  return ranges
    .map((r) => {
      const range =
        r.yearlyLow === null || r.yearlyHigh === null
          ? 'no yearly figure'
          : r.yearlyLow === r.yearlyHigh
            ? `${grouped.format(r.yearlyLow)} ${r.currency} a year`
            : `${grouped.format(r.yearlyLow)}–${grouped.format(r.yearlyHigh)} ${r.currency} a year`
      const extra = r.notNormalized
        ? `, ${r.notNormalized} day or hour rate${r.notNormalized === 1 ? '' : 's'} apart`
        : ''
      return `${range} (${r.entries} ${r.entries === 1 ? 'entry' : 'entries'}${extra})`
    })
    .join('\n')
}

/** The board as plain text: the same figures as `--json` and the web page. */
export function boardText(board: CareerBoard, style: CliDateStyle): string {
  const lines: string[] = []
  const section = (title: string) => lines.push('', title)
  const held = board.conversations.filter((c) => c.held)
  section(`Conversations (${held.length} held, ${board.conversations.length - held.length} other)`)
  for (const c of board.conversations) {
    const today = dateOf(style.now, style.timeZone)
    const date = (c.date ? dayText(dateOf(c.date, style.timeZone), style, today) : '').padEnd(15)
    const who = c.organization ? `${c.person} (${c.organization})` : c.person
    const fit = c.fitRating === null ? '' : `  fit ${c.fitRating}`
    lines.push(`  ${date}  ${who}  ${c.status.replace('_', ' ')}${fit}`)
  }
  const { coverage } = board
  section('Evidence')
  lines.push(`  Fit       ${fitText(board.fit)}`)
  lines.push(
    `  Coverage  ${coverage.people} of ${coverage.minPeople} people spoken with, from ${coverage.organizations} of ${coverage.minOrganizations} organizations${coverage.covered ? ' (covered)' : ' (below target)'}`,
  )
  if (board.pay.ranges.length)
    lines.push(`  Pay       ${payText(board.pay.ranges).replace(/\n/g, '\n            ')}`)
  if (board.gaps.length)
    lines.push(
      `  Gaps      nobody has answered ${board.gaps.map((g) => g.label.toLowerCase()).join(', ')}`,
    )
  for (const [title, list] of [
    ['Pros', board.pros],
    ['Cons', board.cons],
  ] as const) {
    if (list.length === 0) continue
    section(title)
    for (const s of list)
      lines.push(`  ${String(s.count).padStart(2)}× ${s.text}  (${s.people.join(', ')})`)
  }
  if (board.pay.entries.length) {
    section('Pay ledger')
    lines.push(
      table(
        board.pay.entries.map((p) => [
          `  ${p.person}`,
          formatPay(p),
          p.yearlyLow === null && p.yearlyHigh === null
            ? 'not on a yearly scale'
            : `${formatPay({ low: p.yearlyLow, high: p.yearlyHigh, currency: p.currency, period: 'year' })}`,
        ]),
        ['  WHO', 'AS HEARD', 'YEARLY'],
        60,
      ),
    )
  }
  const answered = board.grid.filter((row) => row.sources > 0)
  if (answered.length) {
    section('What people said')
    for (const row of answered) {
      const mark = row.singleSource ? '  [one data point]' : ''
      const indent = row.kind === 'topic' ? '  ' : '    '
      lines.push(`${indent}${row.kind === 'topic' ? row.label.toUpperCase() : row.label}${mark}`)
      row.cells.forEach((cell, index) => {
        const person = board.people[index]?.name ?? cell.personId
        for (const answer of cell.answers)
          lines.push(`${indent}  ${person}: ${answer.text.replace(/\s+/g, ' ')}`)
      })
    }
  }
  return lines.join('\n')
}

/** Careers side by side as a table, then each career's pros, cons and training. */
export function compareText(rows: readonly CareerComparison[]): string {
  const header = ['CAREER', 'STATUS', 'HELD', 'SPOKEN WITH', 'ORGS', 'FIT', 'TREND', 'PAY (YEARLY)']
  const body = rows.map((r) => [
    `${'  '.repeat(r.career.depth)}${r.career.name}`,
    r.career.status,
    String(r.conversations),
    String(r.people),
    String(r.organizations),
    r.fit.mean === null ? '–' : r.fit.mean.toFixed(1),
    r.fit.direction ?? '–',
    r.pay
      .filter((p) => p.yearlyLow !== null)
      .map(
        (p) =>
          `${grouped.format(p.yearlyLow ?? 0)}–${grouped.format(p.yearlyHigh ?? 0)} ${p.currency}`,
      )
      .join(', ') || '–',
  ])
  const lines = [table(body, header, 40)]
  for (const r of rows) {
    const facts = [
      r.pros.length ? `  + ${r.pros.map((p) => `${p.text} (${p.count})`).join(', ')}` : '',
      r.cons.length ? `  - ${r.cons.map((c) => `${c.text} (${c.count})`).join(', ')}` : '',
      r.training.length
        ? `  training: ${r.training.map((t) => `${t.text} (${t.person})`).join('; ')}`
        : '',
    ].filter(Boolean)
    if (facts.length)
      lines.push('', `${r.career.name}${r.career.dropped ? ' (dropped)' : ''}`, ...facts)
  }
  return lines.join('\n')
}
