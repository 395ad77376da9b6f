import { z } from 'zod'
import { Id, Markdown, Paging, patchOf, recordStamps, Text } from '../shared/schema.ts'

export const careerStatuses = ['exploring', 'narrowing', 'pursuing', 'dropped'] as const
export const CareerStatus = z.enum(careerStatuses)
export type CareerStatus = z.infer<typeof CareerStatus>

const name = Text.trim()
  .min(1, 'give the career a name')
  .max(200, 'keep the name under 200 characters')
const hypothesis = Text.max(5000, 'keep the hypothesis under 5,000 characters')

export const CareerCreate = z.strictObject({
  name,
  parentId: Id.nullable().optional().describe('The broader career this narrows (a focus area)'),
  status: CareerStatus.optional(),
  hypothesis: hypothesis
    .optional()
    .describe('What you expect, in your words: "I\'d love the modelling, not the meetings"'),
  notes: Markdown.optional(),
})
export type CareerCreate = z.input<typeof CareerCreate>

export const CareerPatch = patchOf({
  name,
  parentId: Id.nullable(),
  status: CareerStatus,
  hypothesis,
  notes: Markdown,
})
export type CareerPatch = z.input<typeof CareerPatch>

/** "Talk to different people in the same career" (see careers/coverage.ts): one definition everywhere. */
export const Coverage = z.object({
  people: z
    .number()
    .int()
    .describe(
      'Different people spoken with (a met or thanked conversation about it or a focus area)',
    ),
  organizations: z.number().int().describe('The organizations those people come from'),
  minPeople: z.number().int(),
  minOrganizations: z.number().int(),
  covered: z.boolean(),
})
export type Coverage = z.infer<typeof Coverage>

export const Career = z.object({
  id: Text,
  parentId: Text.nullable(),
  name: Text,
  status: CareerStatus,
  hypothesis: Text,
  notes: Text,
  /** Names from the root career down to the parent of this one. */
  path: z.array(Text),
  depth: z.number().int(),
  peopleCount: z
    .number()
    .int()
    .describe('People linked to this career itself, spoken with or not (not its coverage)'),
  conversationCount: z
    .number()
    .int()
    .describe('Conversations linked to this career itself, in any status'),
  coverage: Coverage,
  ...recordStamps,
})
export type Career = z.infer<typeof Career>

export const CareerListQuery = Paging.extend({
  limit: z.coerce.number().int().min(1).max(500).default(500),
  status: CareerStatus.optional(),
  q: Text.max(200).optional(),
})
export type CareerListQuery = z.input<typeof CareerListQuery>
