import type { PersonCadence } from '../outreach/cadence-service.ts'
import type { MessageRow } from '../outreach/repo.ts'
import { meetingTimeOf } from '../rules/held-time.ts'
import { localDate } from '../rules/local-time.ts'
import type { Settings } from '../settings/schema.ts'
import { type Clock, dueText } from './phrases.ts'
import type { AgendaConversation, AgendaPerson, CareerCoverage } from './repo.ts'
import {
  type AgendaAction,
  type AgendaItem,
  type AgendaKind,
  type AgendaLink,
  agendaSections,
} from './schema.ts'

/** Everything the agenda is made from, read once. */
export interface AgendaSnapshot {
  clock: Clock
  settings: Settings
  conversations: AgendaConversation[]
  /** The people written to, and the referrals nobody has reached yet. */
  people: AgendaPerson[]
  /** People not contacted yet at organizations whose second contact is due (a few per organization). */
  candidates: AgendaPerson[]
  sent: MessageRow[]
  drafts: Array<{ id: string; kind: string; person_id: string; conversation_id: string | null }>
  cadence: ReadonlyMap<string, PersonCadence>
  coverage: CareerCoverage[]
}

export type Draftable =
  | 'outreach'
  | 'follow-up'
  | 'confirmation'
  | 'thank-you'
  | 'progress-update'
  | 'check-in'

export function item(
  kind: AgendaKind,
  fields: Omit<AgendaItem, 'kind' | 'section' | 'links' | 'dueText' | 'overdue' | 'dueDate'> & {
    links?: AgendaLink[]
    dueDate?: string | null
    dueText?: string | null
    /** Default: the deadline has passed. */
    overdue?: boolean
  },
  clock: Clock,
): AgendaItem {
  const section = agendaSections.find((sec) => (sec.kinds as readonly string[]).includes(kind))
  return {
    kind,
    section: section?.key ?? 'next-steps',
    links: [],
    dueDate: fields.dueBy ? localDate(fields.dueBy, clock.zone) : null,
    dueText: fields.dueBy ? dueText(fields.dueBy, clock) : null,
    ...fields,
    overdue: fields.overdue ?? (fields.dueBy !== null && fields.dueBy < clock.now),
  }
}

/** The draft editor for a message of `kind` (the existing draft when there is one). */
export function draftAction(
  s: AgendaSnapshot,
  label: string,
  kind: Draftable,
  personId: string,
  conversationId: string | null,
): AgendaAction {
  const existing = s.drafts.find(
    (d) =>
      d.kind === kind &&
      d.person_id === personId &&
      (conversationId === null ||
        d.conversation_id === null ||
        d.conversation_id === conversationId),
  )
  if (existing) {
    return {
      label: `Finish the draft`,
      href: `/drafts/${encodeURIComponent(existing.id)}`,
      command: `coffeechat drafts show ${existing.id}`,
    }
  }
  const query = new URLSearchParams({ kind, personId })
  if (conversationId) query.set('conversationId', conversationId)
  return {
    label,
    href: `/drafts/new?${query}`,
    command: `coffeechat drafts new --kind ${kind} --person ${personId}${conversationId ? ` --conversation ${conversationId}` : ''}`,
  }
}

export const conversationPage = (id: string) => `/conversations/${encodeURIComponent(id)}`

/**
 * The action that opens one step of a conversation's page (`prepare`,
 * `reflection`), and the CLI command (`plan`, `reflect`) that does the same.
 */
export function conversationStep(
  label: string,
  conversationId: string,
  step: string,
  command: string,
): AgendaAction {
  return {
    label,
    href: `${conversationPage(conversationId)}/${step}`,
    command: `coffeechat ${command} ${conversationId}`,
  }
}

/** When the meeting happened (meeting mode's record), else when it is planned. */
export function meetingTime(c: AgendaConversation) {
  return meetingTimeOf(c)
}

export function sentFor(
  s: AgendaSnapshot,
  kinds: readonly string[],
  filter: (m: MessageRow) => boolean,
) {
  return s.sent.some((m) => kinds.includes(m.kind) && filter(m))
}
