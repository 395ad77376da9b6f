import { z } from 'zod'
import { isTimeZone } from '../settings/schema.ts'
import {
  createOf,
  Id,
  Instant,
  Markdown,
  Paging,
  patchOf,
  recordStamps,
  Text,
} from '../shared/schema.ts'
import { conversationStatuses } from './status.ts'

export const ConversationStatus = z.enum(conversationStatuses)
export const conversationFormats = ['in_person', 'video', 'phone'] as const
export const ConversationFormat = z.enum(conversationFormats)
export type ConversationFormat = z.infer<typeof ConversationFormat>

const timeZone = Text.trim().refine(isTimeZone, 'not a known IANA time zone, such as Europe/Berlin')
const scheduledAt = Text.trim()
  .regex(
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/,
    'use a date and time such as 2026-03-05T15:00 (in the time zone given) or 2026-03-05T14:00:00Z',
  )
  .describe('When it starts: an instant with an offset, or a local time in `timeZone`')

const fields = {
  personId: Id,
  careerIds: z.array(Id).max(20),
  status: ConversationStatus,
  scheduledAt: scheduledAt.nullable(),
  timeZone: timeZone.nullable(),
  durationMinutes: z
    .number()
    .int()
    .min(5, 'a conversation lasts at least 5 minutes')
    .max(240, 'a conversation lasts at most 240 minutes'),
  format: ConversationFormat.nullable(),
  place: Text.trim().max(1000).describe('Where to meet, or the video link'),
  notes: Markdown,
}

export const ConversationCreate = createOf(fields, 'personId')
export type ConversationCreate = z.input<typeof ConversationCreate>

export const ConversationPatch = patchOf(fields)
export type ConversationPatch = z.input<typeof ConversationPatch>

export const Conversation = z.object({
  id: Text,
  personId: Text,
  person: Text.describe("The person's name"),
  organization: Text.nullable().describe("The person's organization"),
  careerIds: z.array(Text),
  careers: z.array(Text),
  status: ConversationStatus,
  statusChangedAt: Instant,
  allowedStatuses: z.array(ConversationStatus).describe('Where the status can move next'),
  scheduledAt: Instant.nullable(),
  scheduledLocal: Text.nullable().describe('The start as a local time in `timeZone`'),
  timeZone: Text.nullable(),
  startedAt: Instant.nullable().describe('When the meeting really started (meeting mode)'),
  endedAt: Instant.nullable().describe('When the meeting really ended (meeting mode)'),
  meetingAt: Instant.nullable().describe(
    'The one instant its dates and deadlines derive from: the real start once the meeting ran, else the scheduled start',
  ),
  durationMinutes: z.number().int(),
  format: ConversationFormat.nullable(),
  place: Text,
  notes: Text,
  ...recordStamps,
})
export type Conversation = z.infer<typeof Conversation>

/** The conversation a record belongs to, and the person it is with (by name for display). */
export const ofConversation = { conversationId: Text, personId: Text, person: Text }

export const conversationSorts = ['recent', 'upcoming'] as const
export const ConversationListQuery = Paging.extend({
  status: Text.max(200).optional().describe('One status or several, comma-separated'),
  personId: Id.optional(),
  careerId: Id.optional(),
  sort: z.enum(conversationSorts).default('recent'),
})
export type ConversationListQuery = z.input<typeof ConversationListQuery>
