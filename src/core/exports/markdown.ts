import { statusLabel } from '../conversations/status.ts'
import type { PayEntry } from '../reflections/schema.ts'
import { fold } from '../text.ts'
import type { ConversationRecord, ExplorerRecords } from './gather.ts'

/** One file of an export: a relative path and its text. */
export interface ExportFile {
  path: string
  text: string
}

/**
 * The Markdown export: one file per conversation (`2026-03-05-ada-lovelace.md`,
 * YAML front matter, then notes, answers and reflection) and `people.md`, an
 * index linking each person to their conversations. Plain CommonMark, so any
 * Markdown editor shows it well; the explorer's own Markdown is kept as written.
 *
 * @example markdownFiles(await gatherRecords(ctx)).map((f) => f.path) // ['2026-03-05-ada-lovelace.md', 'people.md']
 */
export function markdownFiles(records: ExplorerRecords): ExportFile[] {
  return [...eachMarkdownFile(records)]
}

/**
 * The files of `markdownFiles` one at a time, so a large export is written
 * out (or zipped) as it goes instead of being held whole. Consumes
 * `records.conversations`: each record is let go once its file is out
 * (only its line in `people.md` is kept), so memory falls as files go.
 *
 * @example for (const file of eachMarkdownFile(records)) await write(file)
 */
export function* eachMarkdownFile(records: ExplorerRecords): Generator<ExportFile> {
  const names = uniqueNames(['people.md'])
  const linesOf = new Map<string, string[]>()
  // Reversed once, so each record can be taken off the end as its turn comes.
  const waiting = records.conversations.reverse()
  for (let record = waiting.pop(); record; record = waiting.pop()) {
    const path = names(conversationFileName(record))
    const when = record.localStart ? record.localStart.slice(0, 10) : 'not scheduled'
    const line = `- [${when} — ${statusLabel(record.conversation.status)}](<${path}>)`
    const lines = linesOf.get(record.conversation.personId)
    if (lines) lines.push(line)
    else linesOf.set(record.conversation.personId, [line])
    yield { path, text: conversationMarkdown(record) }
  }
  yield { path: 'people.md', text: peopleIndex(records.people, linesOf) }
}

/**
 * A safe file name: the conversation's date and the person's name in lower
 * case, letters and digits of any script, dashes between words.
 *
 * @example conversationFileName(record) // '2026-03-05-ada-lovelace.md'
 */
export function conversationFileName(record: ConversationRecord): string {
  const date = (record.localStart ?? record.conversation.createdAt).slice(0, 10)
  return `${date}-${slug(record.conversation.person) || 'conversation'}.md`
}

/**
 * Letters and digits, folded (no accents, lower case), words joined by dashes,
 * at most 60 characters: nothing a file system or a shell would trip on.
 *
 * @example slug('Renée  O’Brien / Ph.D.') // 'renee-o-brien-ph-d'
 */
export function slug(text: string): string {
  return [
    ...fold(text)
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  ]
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '')
}

/**
 * Names never given twice: the second `x.md` becomes `x-2.md`, the third
 * `x-3.md`. Each name remembers where its numbering got to, so a thousand
 * conversations on one day with one person cost a thousand steps, not half
 * a million.
 */
function uniqueNames(taken: string[]): (name: string) => string {
  const used = new Set(taken)
  const nextNumber = new Map<string, number>()
  return (name) => {
    let candidate = name
    if (used.has(candidate)) {
      // Every number below the one remembered was taken when last asked, and taken names stay taken.
      let n = nextNumber.get(name) ?? 2
      const numbered = (k: number) => name.replace(/\.md$/, `-${k}.md`)
      while (used.has(numbered(n))) n++
      candidate = numbered(n)
      nextNumber.set(name, n + 1)
    }
    used.add(candidate)
    return candidate
  }
}

/** A YAML scalar: JSON's double-quoted strings are valid YAML, so every string is quoted that way. */
function yaml(value: string | number | null): string {
  if (value === null) return 'null'
  return typeof value === 'number' ? String(value) : JSON.stringify(value)
}

/**
 * One conversation as a Markdown document with YAML front matter.
 *
 * @example conversationMarkdown(record).startsWith('---\nperson: "Ada Lovelace"\n') // true
 */
export function conversationMarkdown(record: ConversationRecord): string {
  const { conversation: c, person, plan, meeting, reflection } = record
  const front = [
    '---',
    `person: ${yaml(c.person)}`,
    `organization: ${yaml(c.organization)}`,
    c.careers.length > 0
      ? `careers:\n${c.careers.map((career) => `  - ${yaml(career)}`).join('\n')}`
      : 'careers: []',
    `date: ${record.localStart ? record.localStart.slice(0, 10) : 'null'}`,
    `time: ${record.localStart ? yaml(record.localStart.slice(11, 16)) : 'null'}`,
    `time_zone: ${yaml(c.timeZone)}`,
    `status: ${yaml(statusLabel(c.status))}`,
    `fit: ${yaml(reflection.fitRating)}`,
    `format: ${yaml(c.format ? c.format.replace('_', ' ') : null)}`,
    '---',
  ]
  const about = [person?.title, c.organization].filter(Boolean).join(' at ')
  const when = record.localStart
    ? `${record.localStart.replace('T', ' ')}${c.timeZone ? ` (${c.timeZone})` : ''}`
    : 'not scheduled'
  const body: string[] = [
    `# Conversation with ${c.person}`,
    '',
    [about, when, `${c.durationMinutes} minutes`, c.place].filter(Boolean).join(' · '),
  ]
  section(body, 'Notes', c.notes)
  section(body, 'Research', meeting.researchNotes)
  section(body, 'Meeting notes', meeting.freeNotes)
  const asked = plan.items.filter((item) => item.answer.trim() || item.state !== 'planned')
  if (plan.items.length > 0) {
    body.push('', '## Questions and answers')
    for (const item of plan.items) {
      body.push('', `### ${oneLine(item.text)}`, '')
      body.push(item.answer.trim() || (item.state === 'skipped' ? '_Skipped._' : '_Not asked._'))
    }
    if (asked.length === 0) body.push('', '_No answers noted yet._')
  }
  if (reflection.exists) reflectionSection(body, record)
  return `${front.join('\n')}\n\n${body.join('\n').trim()}\n`
}

function reflectionSection(body: string[], { reflection: r }: ConversationRecord): void {
  body.push('', '## Reflection')
  if (r.fitRating !== null) body.push('', `**Fit:** ${r.fitRating}/5`)
  const parts: Array<[string, string]> = [
    ['Takeaways', r.takeaways],
    ['Surprises', r.surprises],
    ['Aha', r.aha],
    ['What I would like', list(r.pros)],
    ['What I would not like', list(r.cons)],
    ['Day to day', r.dayToDay],
    ['Training needed', r.training],
    ['How my hypothesis changed', r.hypothesisChange],
    ['Pay heard', payTable(r.pay)],
    ['Questions for next time', list(r.questions.map((q) => q.text))],
    [
      'People to meet next',
      list(r.nextPeople.map((p) => (p.note ? `${p.name}: ${p.note}` : p.name))),
    ],
  ]
  for (const [title, text] of parts) section(body, title, text, '###')
}

function section(body: string[], title: string, text: string, level = '##'): void {
  if (!text.trim()) return
  body.push('', `${level} ${title}`, '', text.trim())
}

function list(items: string[]): string {
  return items.map((item) => `- ${oneLine(item)}`).join('\n')
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|')
}

function payTable(pay: PayEntry[]): string {
  if (pay.length === 0) return ''
  const amount = (n: number | null) => (n === null ? '' : n.toLocaleString('en'))
  const rows = pay.map(
    (p) =>
      `| ${[
        amount(p.low),
        amount(p.high),
        p.currency,
        p.period,
        p.level,
        p.location,
        p.year ?? '',
        p.note,
      ]
        .map((v) => cell(String(v)))
        .join(' | ')} |`,
  )
  return [
    '| low | high | currency | per | level | location | year | note |',
    '| ---: | ---: | --- | --- | --- | --- | ---: | --- |',
    ...rows,
  ].join('\n')
}

/** `people.md`: everyone, each with links to their conversations (`linesOf`, by person id). */
function peopleIndex(people: ExplorerRecords['people'], linesOf: Map<string, string[]>): string {
  const lines = ['# People', '']
  for (const person of people) {
    lines.push(`## ${oneLine(person.name)}`, '')
    const about = [person.title, person.organization ?? '', person.careers.join(', ')].filter(
      Boolean,
    )
    if (about.length > 0) lines.push(about.map(oneLine).join(' · '), '')
    const chats = linesOf.get(person.id) ?? []
    if (chats.length === 0) lines.push('_No conversations yet._', '')
    for (const chat of chats) lines.push(chat)
    if (chats.length > 0) lines.push('')
  }
  return `${lines.join('\n').trim()}\n`
}
