import { z } from 'zod'
import { Instant, Text } from '../shared/schema.ts'

/** Every kind of thing the Today agenda can ask of the explorer. */
export const agendaKinds = [
  'meeting',
  'meeting-unconfirmed',
  'thank-you',
  'reflection',
  'confirmation',
  'follow-up',
  'second-contact',
  'reply-awaited',
  'no-response',
  'progress-update',
  'check-in',
  'coverage',
  'referral',
] as const
export const AgendaKind = z.enum(agendaKinds)
export type AgendaKind = z.infer<typeof AgendaKind>

/** The sections of Today, most urgent first, and which kinds each holds. */
export const agendaSections = [
  {
    key: 'meetings',
    title: 'Meetings today and tomorrow',
    kinds: ['meeting', 'meeting-unconfirmed'],
  },
  { key: 'thank-yous', title: 'Thank-yous due tonight', kinds: ['thank-you'] },
  { key: 'reflections', title: 'Reflections due', kinds: ['reflection'] },
  { key: 'confirmations', title: 'Confirmations due', kinds: ['confirmation'] },
  { key: 'follow-ups', title: 'Follow-ups due (3B7)', kinds: ['follow-up'] },
  { key: 'second-contacts', title: 'Second contacts due (3B7)', kinds: ['second-contact'] },
  { key: 'replies', title: 'Replies awaited', kinds: ['reply-awaited', 'no-response'] },
  { key: 'progress-updates', title: 'Progress updates due', kinds: ['progress-update'] },
  { key: 'check-ins', title: 'Check-ins due', kinds: ['check-in'] },
  { key: 'next-steps', title: 'Next suggested steps', kinds: ['coverage', 'referral'] },
] as const satisfies ReadonlyArray<{ key: string; title: string; kinds: readonly AgendaKind[] }>
export type AgendaSectionKey = (typeof agendaSections)[number]['key']
export const AgendaSectionKey = z.enum(agendaSections.map((s) => s.key) as [AgendaSectionKey])

/** The one action that clears an item: a page of the web app and a CLI command. */
export const AgendaAction = z.object({
  label: Text.describe('What to do, as a button says it'),
  href: Text.describe('The web app page that does it'),
  command: Text.describe('The coffeechat command that does it'),
})
export type AgendaAction = z.infer<typeof AgendaAction>

export const AgendaLink = z.object({
  label: Text,
  href: Text,
  command: Text.optional(),
})
export type AgendaLink = z.infer<typeof AgendaLink>

export const AgendaItem = z.object({
  kind: AgendaKind,
  section: AgendaSectionKey,
  title: Text,
  detail: Text,
  dueBy: Instant.nullable().describe('The deadline, when it has one'),
  dueDate: Text.nullable().describe('Its local day, YYYY-MM-DD'),
  dueText: Text.nullable().describe('The deadline in words: "tonight by 21:00"'),
  overdue: z.boolean(),
  personId: Text.nullable(),
  conversationId: Text.nullable(),
  action: AgendaAction,
  links: z.array(AgendaLink).describe('Other ways to act: other people to write to, the .ics'),
})
export type AgendaItem = z.infer<typeof AgendaItem>

export const Today = z.object({
  now: Instant,
  today: Text.describe("The explorer's local date"),
  timeZone: Text,
  items: z.array(AgendaItem).describe('Most urgent first'),
  sections: z.array(z.object({ key: AgendaSectionKey, title: Text, count: z.number().int() })),
})
export type Today = z.infer<typeof Today>
