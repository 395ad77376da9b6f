import { ConflictError, type FieldIssue } from '../errors.ts'
import { unfilledVariables } from '../rules/unfilled-variables.ts'

/**
 * A draft that still holds a `{variable}` is not finished: no way out may
 * take it (I sent it, SMTP, .eml, mailto:), in the web app, the CLI or the
 * API alike, so nobody receives "Best, {myName}".
 */

interface Text {
  id: string
  subject: string
  body: string
}

/**
 * The `{variables}` still in a message, one issue per part that holds any.
 *
 * @example unfinishedParts({ id, subject: 'Hi', body: 'Best, {myName}' })
 * // [{ path: 'body', message: '{myName} is still to write in the text' }]
 */
export function unfinishedParts(message: Text): FieldIssue[] {
  return (['subject', 'body'] as const).flatMap((part) => {
    const names = unique(unfilledVariables(message[part]).map((v) => `{${v.variable}}`))
    if (names.length === 0) return []
    const where = part === 'body' ? 'the text' : 'the subject'
    return [
      {
        path: part,
        message: `${listed(names)} ${names.length === 1 ? 'is' : 'are'} still to write in ${where}`,
      },
    ]
  })
}

/** Every `{variable}` still in a message, once each, as written. */
export function unfinishedNames(message: Omit<Text, 'id'>): string[] {
  return unique(
    [...unfilledVariables(message.subject), ...unfilledVariables(message.body)].map(
      (v) => `{${v.variable}}`,
    ),
  )
}

/**
 * Refuses to let an unfinished message go out, saying what to fill in and
 * where: the explorer's own name comes from the settings.
 */
export function assertFinished(message: Text): void {
  const issues = unfinishedParts(message)
  if (issues.length === 0) return
  const names = unfinishedNames(message)
  const advice = names.includes('{myName}')
    ? ` Your name comes from the settings: set it (Settings, or coffeechat settings edit explorerName "Your Name"), then fill the draft in (coffeechat drafts fill ${message.id}).`
    : ''
  const rest = names.filter((n) => n !== '{myName}')
  const write = rest.length > 0 ? ` Write ${listed(rest)} yourself in the draft.` : ''
  throw new ConflictError(
    `this draft is not finished: ${issues.map((i) => i.message).join(', and ')}, and would go out as written.${advice}${write}`,
    issues,
  )
}

function unique(names: string[]): string[] {
  return [...new Set(names)]
}

function listed(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}
