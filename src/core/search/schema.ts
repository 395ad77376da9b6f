import { z } from 'zod'

export const searchKinds = ['person', 'organization', 'career', 'conversation'] as const
export const SearchKind = z.enum(searchKinds)
export type SearchKind = z.infer<typeof SearchKind>

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'type something to search for').max(200),
  kinds: z.array(z.string().min(1).max(40)).max(20).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
})
export type SearchQuery = z.infer<typeof SearchQuery>

export const SearchResult = z.object({
  kind: z.string(),
  id: z.string(),
  title: z.string(),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
})
export type SearchResult = z.infer<typeof SearchResult>
