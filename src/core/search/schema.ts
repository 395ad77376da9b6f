import { z } from 'zod'
import { Text } from '../shared/schema.ts'

export const searchKinds = [
  'person',
  'organization',
  'career',
  'conversation',
  'meeting',
  'answer',
  'reflection',
] as const
export const SearchKind = z.enum(searchKinds)
export type SearchKind = z.infer<typeof SearchKind>

export const SearchQuery = z.object({
  q: Text.trim().min(1, 'type something to search for').max(200),
  kinds: z.array(Text.min(1).max(40)).max(20).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})
export type SearchQuery = z.infer<typeof SearchQuery>

/** The page a result opens: a record, or a part of a conversation's page. */
export const SearchTarget = z.object({
  page: z.enum(['person', 'organization', 'career', 'conversation']),
  id: Text,
  section: z.enum(['meeting', 'plan', 'reflection']).nullable(),
})
export type SearchTarget = z.infer<typeof SearchTarget>

export const SearchResult = z.object({
  kind: Text,
  id: Text,
  title: Text,
  snippet: z.array(z.object({ text: Text, match: z.boolean() })),
  target: SearchTarget,
})
export type SearchResult = z.infer<typeof SearchResult>
