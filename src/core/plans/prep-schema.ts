import { z } from 'zod'
import { QuestionTopic } from '../questions/schema.ts'
import { Instant } from '../shared/schema.ts'
import { PlanItemState, PlanWarning } from './schema.ts'

/** Everything the explorer takes to a conversation, on one or two printed pages. */
export const PrepSheet = z.object({
  conversationId: z.string(),
  who: z.object({
    name: z.string(),
    title: z.string(),
    organization: z.string().nullable(),
    connection: z.string().describe('How you are connected, in words'),
    connectionNote: z.string(),
    referredBy: z.string().nullable(),
    emails: z.array(z.string()),
    linkedinUrl: z.string().nullable(),
  }),
  when: z.object({
    scheduledAt: Instant.nullable(),
    local: z.string().nullable().describe('The start in words, in its time zone'),
    timeZone: z.string().nullable(),
    minutes: z.number().int().describe('The promised length'),
  }),
  where: z.object({
    format: z.string().nullable().describe('In person, video or phone'),
    place: z.string(),
  }),
  careers: z.array(z.object({ name: z.string(), hypothesis: z.string() })),
  background: z.object({
    researchNotes: z.string(),
    personNotes: z.string(),
    organizationNotes: z.string(),
    organizationWebsite: z.string().nullable(),
  }),
  questions: z.array(
    z.object({
      number: z.number().int(),
      text: z.string(),
      topic: QuestionTopic,
      topicLabel: z.string(),
      state: PlanItemState,
    }),
  ),
  warnings: z.array(PlanWarning),
})
export type PrepSheet = z.infer<typeof PrepSheet>

export const prepFormats = ['md', 'html', 'json'] as const
export const PrepFormat = z.enum(prepFormats)
export type PrepFormat = z.infer<typeof PrepFormat>
