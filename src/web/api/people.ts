import { useMutation, useQuery } from '@tanstack/react-query'
import type { PersonCreate, PersonPatch } from '../../core/people/schema.ts'
import { recordRequests } from './record-hooks.ts'
import { client } from './request.ts'

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

const people = recordRequests<PersonCreate, PersonPatch>()(
  client.people,
  'people',
  (filter: PeopleFilter) => ({
    limit: String(filter.limit ?? 50),
    offset: String(filter.offset ?? 0),
    q: filter.q || undefined,
    careerId: filter.careerId,
    organizationId: filter.organizationId,
    tag: filter.tag || undefined,
    referredById: filter.referredById,
    sort: filter.sort,
  }),
)

export const usePeople = (filter: PeopleFilter = {}) => useQuery(peopleQuery(filter))
/** The query behind `usePeople`, for fetching it before its page draws (`app/prefetch.ts`). */
export const peopleQuery = (filter: PeopleFilter = {}) => people.list(filter)
export const usePerson = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery(people.one(id, options))
export const useCreatePerson = () => useMutation(people.create)
export const useUpdatePerson = () => useMutation(people.update)
export const useDeletePerson = () => useMutation(people.remove)
