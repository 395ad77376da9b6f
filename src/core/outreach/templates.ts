import type { MessageKind } from '../rules/lint-types.ts'

/**
 * Message templates with `{variable}` placeholders, and our default texts.
 * The defaults follow the short-email rules and pass our own lint (a test
 * renders each with realistic values and lints it).
 */

/** Every variable a template may use, with what the explorer should put in it. */
export const templateVariableHelp = {
  firstName: 'Their first name',
  myName: 'Your name, as you sign',
  connection:
    'Who or what connects you, as it reads after "I found you through": "Dana Park", "the TU Berlin alumni network"',
  career:
    'The career you are exploring, as its field reads in a sentence: "data science" for the career Data scientist, "pricing analytics"',
  organization: 'Their organization',
  theirTitle: 'Their role or title',
  takeaway:
    'The takeaway from your notes, as it reads after "your point that": "most pricing models are simple regressions"',
  nextStep:
    'What you will do with it, as it reads after "I will": "take the causal inference course you recommended"',
  minutes: 'The promised length of the conversation, in minutes',
  date: 'The agreed date, as you would write it: "Thursday, 5 March"',
  time: 'The agreed time, with a time zone when you are in different ones: "15:00 CET"',
  place: 'Where: the café, the address, or "on Zoom"',
} as const satisfies Record<string, string>

export type TemplateVariable = keyof typeof templateVariableHelp
export const templateVariables: readonly TemplateVariable[] =
  Object.keys(templateVariableHelp).filter(isTemplateVariable)

/** Values for a template's variables; a number is written as it is (`20`). */
export type TemplateValues = Partial<Record<TemplateVariable, string | number>>

/** A problem with a template, at its offsets in the template text. */
export interface TemplateProblem {
  kind: 'unknown-variable' | 'missing-value'
  variable: string
  message: string
  start: number
  end: number
}

export interface RenderedText {
  /** The text with every known, filled variable replaced; others are left as `{name}`. */
  text: string
  problems: TemplateProblem[]
}

const placeholder = /\{\{|\}\}|\{([A-Za-z][A-Za-z0-9]*)\}/g

/**
 * Fills a template's `{variables}`. Unknown names ("{firstname}") and known
 * ones without a value are reported with their offsets in the template and
 * left in the text as written, so nothing is silently dropped. `{{` and `}}`
 * write literal braces.
 *
 * @example renderTemplate('Hi {firstName},', { firstName: 'Ana' }) // { text: 'Hi Ana,', problems: [] }
 * @example renderTemplate('Hi {firstname}', {}).problems[0]?.message
 * // 'Unknown variable {firstname}: did you mean {firstName}?'
 */
export function renderTemplate(template: string, values: TemplateValues): RenderedText {
  const problems: TemplateProblem[] = []
  const text = template.replace(placeholder, (match, name: string | undefined, offset: number) => {
    if (name === undefined) return match[0] ?? ''
    const span = { start: offset, end: offset + match.length }
    if (!isTemplateVariable(name)) {
      problems.push({
        kind: 'unknown-variable',
        variable: name,
        message: unknownMessage(name),
        ...span,
      })
      return match
    }
    const value = values[name]
    const written = value === undefined ? '' : String(value).trim()
    if (written === '') {
      problems.push({
        kind: 'missing-value',
        variable: name,
        message: `No value for {${name}}: ${templateVariableHelp[name]}.`,
        ...span,
      })
      return match
    }
    return written
  })
  return { text, problems }
}

/**
 * The variable names a template uses, in order of first use, known or not.
 *
 * @example variablesIn('Hi {firstName}, {firstName} and {career}') // ['firstName', 'career']
 */
export function variablesIn(template: string): string[] {
  const names = [...template.matchAll(placeholder)].flatMap((m) => (m[1] ? [m[1]] : []))
  return [...new Set(names)]
}

/**
 * Whether a name is one of our template variables.
 *
 * @example isTemplateVariable('firstName') // true
 */
export function isTemplateVariable(name: string): name is TemplateVariable {
  return Object.hasOwn(templateVariableHelp, name)
}

/** The kinds of message a template writes (questions are not messages). */
export type TemplateKind = Exclude<MessageKind, 'question'>

export interface MessageTemplate {
  /** Stable key: which default this is, or the explorer's own. */
  key: string
  kind: TemplateKind
  label: string
  subject: string
  body: string
}

export interface RenderedMessage {
  subject: string
  body: string
  /** Problems in the subject and the body; `part` says which. */
  problems: Array<TemplateProblem & { part: 'subject' | 'body' }>
}

/**
 * Fills a message template's subject and body.
 *
 * @example renderMessage(defaultTemplate('thank-you'), values).subject // 'Thank you, Ana'
 */
export function renderMessage(template: MessageTemplate, values: TemplateValues): RenderedMessage {
  const subject = renderTemplate(template.subject, values)
  const body = renderTemplate(template.body, values)
  return {
    subject: subject.text,
    body: body.text,
    problems: [
      ...subject.problems.map((p) => ({ ...p, part: 'subject' as const })),
      ...body.problems.map((p) => ({ ...p, part: 'body' as const })),
    ],
  }
}

/** Our default texts, one per message kind and two for outreach. */
export const defaultTemplates = [
  {
    key: 'outreach-connection',
    kind: 'outreach',
    label: 'First email, with a shared connection',
    subject: 'Introduction through {connection}: your advice on {career}',
    body: `Hi {firstName},

I found you through {connection}. Your path into {career} at {organization} is the one I am now weighing, and your perspective would mean a lot.

Would you be open to a {minutes}-minute call in the coming weeks to share your advice on how you made the move?

Best,
{myName}`,
  },
  {
    key: 'outreach-cold',
    kind: 'outreach',
    label: 'First email, no connection',
    subject: 'Your path into {career}',
    body: `Hi {firstName},

I came across your work as {theirTitle} at {organization} while exploring {career}, and your path stood out.

Would you be willing to share your advice in a {minutes}-minute call in the coming weeks? Your view of the field would help a newcomer like me a great deal.

Best,
{myName}`,
  },
  {
    key: 'follow-up',
    kind: 'follow-up',
    label: 'The one follow-up',
    subject: 'Following up: your advice on {career}',
    body: `Hi {firstName},

I know your inbox is busy, so I am bringing my note back to the top. Would you have {minutes} minutes in the coming weeks to share your advice on {career}? Whatever time suits you works for me.

Best,
{myName}`,
  },
  {
    key: 'confirmation',
    kind: 'confirmation',
    label: 'Day-before confirmation',
    subject: 'Confirming {date} at {time}',
    body: `Hi {firstName},

I am looking forward to our conversation on {date} at {time} ({place}). Does that still suit you? If anything has changed, just let me know and I will fit around your schedule.

Thanks,
{myName}`,
  },
  {
    key: 'thank-you',
    kind: 'thank-you',
    label: 'Thank-you, the same night',
    subject: 'Thank you, {firstName}',
    body: `Hi {firstName},

Thank you for your time today. Your point that {takeaway} stuck with me, and it changed how I see {career}. As a next step, I will {nextStep}.

I will let you know how it goes.

Best,
{myName}`,
  },
  {
    key: 'progress-update',
    kind: 'progress-update',
    label: 'Progress update, about two weeks later',
    subject: 'An update since our conversation',
    body: `Hi {firstName},

A quick update since we spoke: your point that {takeaway} has stayed with me, and I have started to {nextStep}. It is already helping me see where I might fit in {career}.

Thank you again for your generosity.

Best,
{myName}`,
  },
  {
    key: 'check-in',
    kind: 'check-in',
    label: 'Monthly check-in',
    subject: 'How are things at {organization}?',
    body: `Hi {firstName},

It has been a while since we talked about {career}, and I wanted to check in. How are things at {organization}? I would love to hear what you are working on these days, and I am happy to share how my exploration is going.

Best,
{myName}`,
  },
] as const satisfies readonly MessageTemplate[]

export type DefaultTemplateKey = (typeof defaultTemplates)[number]['key']

/**
 * The default template for a kind; for outreach, the one with or without a
 * shared connection.
 *
 * @example defaultTemplate('outreach', { hasConnection: false }).key // 'outreach-cold'
 */
export function defaultTemplate(
  kind: TemplateKind,
  options: { hasConnection?: boolean } = {},
): MessageTemplate {
  const key =
    kind === 'outreach'
      ? options.hasConnection === false
        ? 'outreach-cold'
        : 'outreach-connection'
      : kind
  const found = defaultTemplates.find((t) => t.key === key)
  if (!found) throw new Error(`no default template ${key}`)
  return found
}

function unknownMessage(name: string): string {
  const close = templateVariables.find((v) => v.toLowerCase() === name.toLowerCase())
  const hint = close
    ? `did you mean {${close}}?`
    : `use one of ${templateVariables.map((v) => `{${v}}`).join(', ')}.`
  return `Unknown variable {${name}}: ${hint}`
}
