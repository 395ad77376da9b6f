import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import type { CareerCreate, CareerPatch, CareerStatus } from '../../core/careers/schema.ts'
import { client, request } from './request.ts'

export interface CareerFilter {
  status?: CareerStatus | undefined
  q?: string | undefined
}

/** Every career, in tree order (each followed by its focus areas). */
export function useCareers(filter: CareerFilter = {}) {
  return useQuery(careersQuery(filter))
}

/** The query behind `useCareers`, for fetching it before its page draws (`app/prefetch.ts`). */
export function careersQuery(filter: CareerFilter = {}) {
  return queryOptions({
    queryKey: ['careers', 'list', filter],
    queryFn: () =>
      request(
        client.careers.$get({
          query: { limit: '500', status: filter.status, q: filter.q || undefined },
        }),
      ),
  })
}

export function useCareer(id: string) {
  return useQuery({
    queryKey: ['careers', 'one', id],
    queryFn: () => request(client.careers[':id'].$get({ param: { id } })),
  })
}

export function useCreateCareer() {
  return useMutation({
    mutationFn: (career: CareerCreate) => request(client.careers.$post({ json: career })),
  })
}

export function useUpdateCareer() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: CareerPatch }) =>
      request(client.careers[':id'].$patch({ param: { id }, json: patch })),
  })
}

export function useDeleteCareer() {
  return useMutation({
    mutationFn: (id: string) => request(client.careers[':id'].$delete({ param: { id } })),
  })
}
