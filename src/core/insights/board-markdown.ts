import { formatPay } from '../reflections/pay.ts'
import type { CareerBoard } from './schema.ts'

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })

// Table cells and list items hold the explorer's text: one line, no pipes breaking the table.
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()
const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|')

/**
 * A career board as Markdown, for an assistant or a file: conversations,
 * coverage, fit, gaps, pros and cons with how many said each, the pay ledger
 * and what each person said by topic, one-person rows marked as such.
 *
 * @example boardMarkdown(board).split('\n')[0] // '# Career board: Data scientist'
 */
export function boardMarkdown(board: CareerBoard): string {
  const { career, coverage, fit } = board
  const out: string[] = [`# Career board: ${[...career.path, career.name].join(' › ')}`, '']
  if (career.hypothesis.trim()) out.push(`Hypothesis: ${oneLine(career.hypothesis)}`, '')
  if (career.dropped) out.push('_This career was dropped; its evidence stays comparable._', '')
  const held = board.conversations.filter((c) => c.held)
  out.push(
    `- Coverage: ${coverage.people} of ${coverage.minPeople} people spoken with, from ${coverage.organizations} of ${coverage.minOrganizations} organizations${coverage.covered ? ' (covered)' : ' (below target)'}`,
    `- Conversations: ${held.length} held, ${board.conversations.length - held.length} other`,
    `- Fit: ${fit.count === 0 || fit.mean === null ? 'no ratings yet' : `${fit.points.map((p) => p.rating).join(' → ')} (mean ${fit.mean.toFixed(1)}${fit.direction ? `, ${fit.direction}` : ''})`}`,
  )
  if (board.gaps.length)
    out.push(
      `- Gaps: nobody has answered ${board.gaps.map((g) => g.label.toLowerCase()).join(', ')}`,
    )
  for (const r of board.pay.ranges) {
    const range =
      r.yearlyLow === null || r.yearlyHigh === null
        ? 'no yearly figure'
        : `${grouped.format(r.yearlyLow)}–${grouped.format(r.yearlyHigh)} ${r.currency} a year`
    out.push(
      `- Pay (${r.currency}): ${range}, ${r.entries} ${r.entries === 1 ? 'entry' : 'entries'}`,
    )
  }
  if (board.conversations.length) {
    out.push('', '## Conversations', '')
    for (const c of board.conversations) {
      const who = c.organization ? `${c.person} (${c.organization})` : c.person
      const fitText = c.fitRating === null ? '' : `, fit ${c.fitRating}`
      out.push(`- ${c.date ? c.date.slice(0, 10) : 'no date'}: ${who}, ${c.status}${fitText}`)
    }
  }
  for (const [title, list] of [
    ['Pros', board.pros],
    ['Cons', board.cons],
  ] as const) {
    if (list.length === 0) continue
    out.push('', `## ${title}`, '')
    for (const s of list)
      out.push(`- ${oneLine(s.text)} (said by ${s.count}: ${s.people.join(', ')})`)
  }
  if (board.pay.entries.length) {
    out.push('', '## Pay ledger', '', '| Who | As heard | Note |', '| --- | --- | --- |')
    for (const p of board.pay.entries)
      out.push(`| ${cell(p.person)} | ${cell(formatPay(p))} | ${cell(p.note ?? '')} |`)
  }
  const answered = board.grid.filter((row) => row.sources > 0)
  if (answered.length) {
    out.push('', '## What people said')
    for (const row of answered) {
      const mark = row.singleSource ? ' _(one data point: one person’s view)_' : ''
      out.push('', `${row.kind === 'topic' ? '###' : '####'} ${oneLine(row.label)}${mark}`, '')
      row.cells.forEach((c, index) => {
        const person = board.people[index]?.name ?? c.personId
        for (const answer of c.answers) out.push(`- ${person}: ${oneLine(answer.text)}`)
      })
    }
  }
  if (board.training.length) {
    out.push('', '## Training', '')
    for (const t of board.training) out.push(`- ${t.person}: ${oneLine(t.text)}`)
  }
  return `${out.join('\n').trim()}\n`
}
