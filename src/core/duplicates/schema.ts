import { z } from 'zod'
import { PersonRef } from '../people/schema.ts'
import { Id, Instant, Text } from '../shared/schema.ts'

/** The rules that suggest two people are one. */
export const duplicateRules = ['same-name', 'accents-or-case', 'middle-name', 'email'] as const
export const DuplicateRule = z.enum(duplicateRules)
export type DuplicateRule = z.infer<typeof DuplicateRule>

/** One side of a suggested pair: enough to tell the two apart. */
export const DuplicatePerson = PersonRef.extend({
  title: Text,
  emails: z.array(Text),
  createdAt: Instant,
})
export type DuplicatePerson = z.infer<typeof DuplicatePerson>

export const DuplicateSuggestion = z.object({
  person: DuplicatePerson.describe('The one added first: merging keeps this one by default'),
  other: DuplicatePerson,
  rules: z.array(DuplicateRule).describe('Which rules matched'),
  reasons: z
    .array(Text)
    .describe('Why, in words: "same name at Acme", "same Gmail address without dots: …"'),
})
export type DuplicateSuggestion = z.infer<typeof DuplicateSuggestion>

export const DuplicateList = z.object({
  items: z.array(DuplicateSuggestion),
  total: z.number().int().describe('Every suggested pair, also those past `limit`'),
})
export type DuplicateList = z.infer<typeof DuplicateList>

export const DuplicateListQuery = z.object({
  limit: z.coerce.number().int().min(0).max(500).default(100),
  personId: Id.optional().describe('Only the pairs this person is part of'),
})
export type DuplicateListQuery = z.input<typeof DuplicateListQuery>

/** "Not the same person": this pair is never suggested again. */
export const DuplicateDismiss = z
  .strictObject({ personId: Id, otherId: Id })
  .describe('The two people; their order does not matter')
export type DuplicateDismiss = z.input<typeof DuplicateDismiss>
