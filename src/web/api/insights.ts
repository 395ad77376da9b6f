import { useMutation, useQuery } from '@tanstack/react-query'
import type { NarrowInput } from '../../core/insights/schema.ts'
import { client, request } from './request.ts'

/** A career's board: grid, gaps, pros and cons, pay ledger, fit trend, coverage. */
export function useCareerBoard(careerId: string) {
  return useQuery({
    queryKey: ['careers', 'board', careerId],
    queryFn: () => request(client.careers[':id'].board.$get({ param: { id: careerId } })),
  })
}

/** Careers side by side; the same numbers as `coffeechat careers compare --json`. */
export function useCareersComparison() {
  return useQuery({
    queryKey: ['careers', 'compare'],
    queryFn: () => request(client.careers.compare.$get({ query: {} })),
  })
}

/** What the next conversation in a career should cover. */
export function useNextSuggestion(careerId: string) {
  return useQuery({
    queryKey: ['careers', 'suggestions', careerId],
    queryFn: () => request(client.careers[':id'].suggestions.$get({ param: { id: careerId } })),
  })
}

export function useNarrowCareer(careerId: string) {
  return useMutation({
    mutationFn: (input: NarrowInput) =>
      request(client.careers[':id'].narrow.$post({ param: { id: careerId }, json: input })),
  })
}
