import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import type { PersonCreate, PersonPatch } from '../../core/people/schema.ts'
import { client, request } from './request.ts'

export interface PeopleFilter {
  q?: string | undefined
  careerId?: string | undefined
  organizationId?: string | undefined
  tag?: string | undefined
  referredById?: string | undefined
  sort?: 'name' | 'recent' | undefined
  limit?: number | undefined
  offset?: number | undefined
}

export function usePeople(filter: PeopleFilter = {}) {
  return useQuery(peopleQuery(filter))
}

/** The query behind `usePeople`, for fetching it before its page draws (`app/prefetch.ts`). */
export function peopleQuery(filter: PeopleFilter = {}) {
  return queryOptions({
    queryKey: ['people', 'list', filter],
    queryFn: () =>
      request(
        client.people.$get({
          query: {
            limit: String(filter.limit ?? 50),
            offset: String(filter.offset ?? 0),
            q: filter.q || undefined,
            careerId: filter.careerId,
            organizationId: filter.organizationId,
            tag: filter.tag || undefined,
            referredById: filter.referredById,
            sort: filter.sort,
          },
        }),
      ),
  })
}

export function usePerson(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...options,
    queryKey: ['people', 'one', id],
    queryFn: () => request(client.people[':id'].$get({ param: { id } })),
  })
}

export function useCreatePerson() {
  return useMutation({
    mutationFn: (person: PersonCreate) => request(client.people.$post({ json: person })),
  })
}

export function useUpdatePerson() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PersonPatch }) =>
      request(client.people[':id'].$patch({ param: { id }, json: patch })),
  })
}

export function useDeletePerson() {
  return useMutation({
    mutationFn: (id: string) => request(client.people[':id'].$delete({ param: { id } })),
  })
}
