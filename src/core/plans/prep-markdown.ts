import {
  backgroundNotes,
  type PrepFact,
  prepSubtitle,
  whenFacts,
  whoFacts,
} from './prep-content.ts'
import type { PrepSheet } from './prep-schema.ts'

/**
 * The prep sheet as Markdown, for the terminal or a notes app: the facts as
 * a list, the notes as written, the questions numbered with a line to write on.
 *
 * @example prepMarkdown(sheet).split('\n')[0] // '# Prep sheet: Amara Okafor'
 */
export function prepMarkdown(sheet: PrepSheet): string {
  const { who, background } = sheet
  const lines: string[] = [`# Prep sheet: ${who.name}`, '']
  const subtitle = prepSubtitle(sheet)
  if (subtitle) lines.push(subtitle, '')

  lines.push('## Who', '')
  lines.push(...facts(whoFacts(sheet)))

  lines.push('', '## When and where', '')
  lines.push(...facts(whenFacts(sheet)))

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

function facts(rows: readonly PrepFact[]): string[] {
  return rows.filter(([, value]) => value?.trim()).map(([key, value]) => `- **${key}:** ${value}`)
}
