import type { MantineColor } from '@mantine/core'
import type { MessageKind, MessageStatus } from '../../../core/outreach/schema.ts'
import { formatDateTime } from '../records/dates.ts'

export const messageKindLabels: Record<MessageKind, string> = {
  outreach: 'First email',
  'follow-up': 'Follow-up',
  confirmation: 'Confirmation',
  'thank-you': 'Thank-you',
  'progress-update': 'Progress update',
  'check-in': 'Check-in',
}

export const messageStatusColors: Record<MessageStatus, MantineColor> = {
  draft: 'gray',
  sent: 'blue',
  replied: 'green',
}

export const channelLabels = {
  copy: 'copied',
  mailto: 'mail program (mailto:)',
  eml: '.eml draft',
  other: 'another way',
  smtp: 'SMTP',
} as const

export const responsivenessColors = {
  booster: 'green',
  obligate: 'yellow',
  curmudgeon: 'red',
} as const satisfies Record<string, MantineColor>

/** Where the draft editor lives. */
export const draftPaths = {
  list: '/drafts',
  draft: (id: string) => `/drafts/${encodeURIComponent(id)}`,
  new: (query: { kind?: string; personId?: string; conversationId?: string | null }) => {
    const params = new URLSearchParams()
    for (const [key, value] of Object.entries(query)) if (value) params.set(key, value)
    const text = params.toString()
    return `/drafts/new${text ? `?${text}` : ''}`
  },
} as const

/** A date and time in the explorer's zone and clock: "Thu 5 Mar, 15:00". */
export function formatWhen(instant: string): string {
  return formatDateTime(instant)
}
