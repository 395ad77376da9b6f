import { z } from 'zod'
import { ConversationStatus } from '../conversations/schema.ts'
import { PersonRef } from '../people/schema.ts'
import { EditedAt } from '../plans/schema.ts'
import { Instant, Markdown, patchOf, savedEdit, Text } from '../shared/schema.ts'

export const meetingStates = ['not-started', 'running', 'ended'] as const
export const MeetingState = z.enum(meetingStates)
export type MeetingState = z.infer<typeof MeetingState>

const at = z.iso
  .datetime({ offset: true, message: 'use an ISO instant such as 2026-03-02T09:00:00Z' })
  .describe('When it happened, if not now')

export const Meeting = z.object({
  conversationId: Text,
  person: Text.describe("The person's name"),
  status: ConversationStatus.describe("The conversation's status"),
  state: MeetingState,
  researchNotes: Text.describe('Preparation notes (Markdown)'),
  freeNotes: Text.describe('Notes taken during the meeting (Markdown)'),
  startedAt: Instant.nullable(),
  endedAt: Instant.nullable(),
  promisedMinutes: z.number().int().describe('The length promised to them'),
  endsAt: Instant.nullable().describe('When the promised time is up'),
  warnMinutesBefore: z.number().int().describe('The quiet warning comes this long before the end'),
  extraMinutes: z.number().int().describe('The minutes to ask for when the time is up'),
  elapsedSeconds: z
    .number()
    .int()
    .nullable()
    .describe('Since the start: until now while running, until the end once ended'),
  overrunSeconds: z
    .number()
    .int()
    .nullable()
    .describe('Ended − started − promised (negative when it ended early); null until ended'),
  overrunMinutes: z.number().int().nullable().describe('overrunSeconds in whole minutes, rounded'),
  referrals: z.array(PersonRef).describe('People this person suggested you talk to'),
  updatedAt: Instant.nullable(),
})
export type Meeting = z.infer<typeof Meeting>

export const MeetingPatch = patchOf({
  researchNotes: Markdown,
  freeNotes: Markdown,
  startedAt: at.nullable().describe('Correct the start'),
  endedAt: at.nullable().describe('Correct the end'),
  updatedAt: EditedAt,
})
export type MeetingPatch = z.input<typeof MeetingPatch>

export const MeetingSaved = savedEdit(Meeting)
export type MeetingSaved = z.infer<typeof MeetingSaved>

export const MeetingMark = z.strictObject({ at: at.optional() })
export type MeetingMark = z.input<typeof MeetingMark>

export const ReferralCreate = z.strictObject({
  name: Text.trim()
    .min(1, 'write the name of the person they suggested')
    .max(200, 'keep the name under 200 characters'),
  organization: Text.trim().max(200).optional().describe('Where they work (created when new)'),
  note: Text.trim().max(1000).optional().describe('Why talk to them, in a line'),
})
export type ReferralCreate = z.input<typeof ReferralCreate>
