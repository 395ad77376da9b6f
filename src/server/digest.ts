import { today } from '../core/agenda/service.ts'
import type { ComposeDigest } from '../core/digests/service.ts'
import { dayText } from '../core/shared/date-words.ts'

/**
 * The morning email: the Today agenda, most urgent first, each item with its
 * deadline and the page that clears it. Nothing is sent on a day with nothing on it.
 */
export function digestComposer(baseUrl: URL | string | undefined): ComposeDigest {
  return async (ctx) => {
    const agenda = await today(ctx)
    if (agenda.items.length === 0) return null
    const lines: string[] = []
    for (const section of agenda.sections.filter((s) => s.count > 0)) {
      lines.push('', `${section.title}:`)
      for (const item of agenda.items.filter((i) => i.section === section.key)) {
        // The words say "overdue since …" themselves.
        const due = item.dueText ? ` — ${item.dueText}` : ''
        const link = baseUrl ? `\n  ${new URL(item.action.href, baseUrl)}` : ''
        lines.push(`- ${item.title}${due}${link}`)
      }
    }
    const n = agenda.items.length
    const day = dayText(
      agenda.today,
      { locale: ctx.locale, timeZone: agenda.timeZone, clock: null },
      agenda.today,
      'long',
    )
    return {
      subject: `coffeechat today: ${n} thing${n === 1 ? '' : 's'} to do`,
      text: `Good morning! Here is your day (${day}, ${agenda.timeZone}).\n${lines.join('\n')}\n`,
      items: n,
    }
  }
}

/** The digest without links, for callers that do not know the public address. */
export const composeDigest: ComposeDigest = digestComposer(undefined)
