import type { LintProblem } from './lint-types.ts'

/**
 * A `{variable}` left in a message is text the explorer has not written
 * yet: it would reach the person as `{myName}`. Every kind of message is
 * checked for it (questions are not templates and are not).
 */

/** `{name}` with a name as the templates write it; `{{` and `}}` are literal braces. */
const placeholder = /\{\{|\}\}|\{([A-Za-z][A-Za-z0-9]*)\}/g

/** A `{variable}` still in a text, at its offsets. */
export interface UnfilledVariable {
  variable: string
  start: number
  end: number
}

/**
 * The `{variables}` still in a text, in order.
 *
 * @example unfilledVariables('Best,\n{myName}') // [{ variable: 'myName', start: 6, end: 14 }]
 */
export function unfilledVariables(text: string): UnfilledVariable[] {
  return [...text.matchAll(placeholder)].flatMap((m) =>
    m[1] ? [{ variable: m[1], start: m.index, end: m.index + m[0].length }] : [],
  )
}

/** What to write instead, for the variables coffeechat knows. */
const whatToWrite: Record<string, string> = {
  myName:
    'your name, as you sign; set it once in Settings (explorerName) and drafts are signed with it',
  firstName: 'their first name',
  connection: 'who or what connects you, as it reads after "I found you through"',
  career: 'the career you are exploring',
  organization: 'their organization',
  theirTitle: 'their role',
  takeaway: 'the one thing from the conversation that stuck with you',
  nextStep: 'what you will do with it',
  minutes: 'how many minutes you ask for',
  date: 'the agreed date',
  time: 'the agreed time',
  place: 'where you meet',
}

/**
 * `unfilled-variable`: a `{variable}` is still to be written.
 *
 * @example unfilledVariable('Best,\n{myName}')[0]?.message
 * // '{myName} is not filled in yet: write your name, as you sign; …'
 */
export function unfilledVariable(text: string): LintProblem[] {
  return unfilledVariables(text).map(({ variable, start, end }) => ({
    rule: 'unfilled-variable',
    message: `{${variable}} is not filled in yet: write ${whatToWrite[variable] ?? 'the text it stands for'}. It would go out as "{${variable}}".`,
    start,
    end,
  }))
}
