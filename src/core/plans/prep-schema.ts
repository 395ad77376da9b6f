import { z } from 'zod'
import { QuestionTopic } from '../questions/schema.ts'
import { Instant, Text } from '../shared/schema.ts'
import { PlanItemState, PlanWarning } from './schema.ts'

/** Everything the explorer takes to a conversation, on one or two printed pages. */
export const PrepSheet = z.object({
  conversationId: Text,
  who: z.object({
    name: Text,
    title: Text,
    organization: Text.nullable(),
    connection: Text.describe('How you are connected, in words'),
    connectionNote: Text,
    referredBy: Text.nullable(),
    emails: z.array(Text),
    linkedinUrl: Text.nullable(),
  }),
  when: z.object({
    scheduledAt: Instant.nullable(),
    local: Text.nullable().describe('The start in words, in its time zone'),
    timeZone: Text.nullable(),
    minutes: z.number().int().describe('The promised length'),
  }),
  where: z.object({
    format: Text.nullable().describe('In person, video or phone'),
    place: Text,
  }),
  careers: z.array(z.object({ name: Text, hypothesis: Text })),
  background: z.object({
    researchNotes: Text,
    personNotes: Text,
    organizationNotes: Text,
    organizationWebsite: Text.nullable(),
  }),
  questions: z.array(
    z.object({
      number: z.number().int(),
      text: Text,
      topic: QuestionTopic,
      topicLabel: Text,
      state: PlanItemState,
    }),
  ),
  warnings: z.array(PlanWarning),
})
export type PrepSheet = z.infer<typeof PrepSheet>

export const prepFormats = ['md', 'html', 'json'] as const
export const PrepFormat = z.enum(prepFormats)
export type PrepFormat = z.infer<typeof PrepFormat>
