import { backgroundNotes } from './prep-notes.ts'
import type { PrepSheet } from './prep-schema.ts'

/**
 * The prep sheet as Markdown, for the terminal or a notes app: the facts as
 * a list, the notes as written, the questions numbered with a line to write on.
 *
 * @example prepMarkdown(sheet).split('\n')[0] // '# Prep sheet: Amara Okafor'
 */
export function prepMarkdown(sheet: PrepSheet): string {
  const { who, when, where, background } = sheet
  const lines: string[] = [`# Prep sheet: ${who.name}`, '']
  const subtitle = [who.title, who.organization].filter(Boolean).join(', ')
  if (subtitle) lines.push(subtitle, '')

  lines.push('## Who', '')
  lines.push(
    ...facts([
      ['Name', who.name],
      ['Title', who.title],
      ['Organization', who.organization],
      ['Connection', [who.connection, who.connectionNote].filter(Boolean).join(' — ')],
      ['Referred by', who.referredBy],
      ['Email', who.emails.join(', ')],
      ['LinkedIn', who.linkedinUrl],
    ]),
  )

  lines.push('', '## When and where', '')
  lines.push(
    ...facts([
      ['When', when.local ? `${when.local} (${when.timeZone})` : 'not scheduled yet'],
      ['Length', `${when.minutes} minutes promised`],
      ['Format', where.format],
      ['Place', where.place],
    ]),
  )

  if (sheet.careers.length > 0) {
    lines.push('', '## Careers', '')
    for (const career of sheet.careers) {
      lines.push(`- **${career.name}**${career.hypothesis ? ` — ${career.hypothesis}` : ''}`)
    }
  }

  const notes = backgroundNotes(sheet)
  if (notes.some(([, text]) => text.trim()) || background.organizationWebsite) {
    lines.push('', '## Background')
    for (const [title, text] of notes) {
      if (text.trim()) lines.push('', `### ${title}`, '', text.trim())
    }
    if (background.organizationWebsite) lines.push('', `Website: ${background.organizationWebsite}`)
  }

  lines.push('', `## Questions (${sheet.questions.length})`, '')
  if (sheet.questions.length === 0) lines.push('No questions planned yet.')
  for (const q of sheet.questions) {
    lines.push(
      `${q.number}. ${q.text} _(${q.topicLabel})_`,
      '',
      '   Notes: ______________________________',
      '',
    )
  }
  for (const warning of sheet.warnings) lines.push(`> ${warning.message}`, '')
  return `${lines.join('\n').trimEnd()}\n`
}

function facts(rows: ReadonlyArray<readonly [string, string | null | undefined]>): string[] {
  return rows.filter(([, value]) => value?.trim()).map(([key, value]) => `- **${key}:** ${value}`)
}
