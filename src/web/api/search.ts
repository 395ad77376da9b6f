import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { client, request } from './request.ts'

export interface SearchInput {
  q: string
  kind?: string | undefined
  limit?: number | undefined
}

/** Full-text search; idle while the query is blank. */
export function useSearch({ q, kind, limit }: SearchInput) {
  const words = q.trim()
  return useQuery({
    queryKey: ['search', words, kind ?? '', limit ?? 20],
    queryFn: () =>
      request(
        client.search.$get({
          query: { q: words, kind: kind || undefined, limit: String(limit ?? 20) },
        }),
      ),
    enabled: words.length > 0,
    placeholderData: keepPreviousData,
  })
}
