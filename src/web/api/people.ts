import { useMutation, useQuery } from '@tanstack/react-query'
import type { PersonCreate, PersonPatch } from '../../core/people/schema.ts'
import { type PageFilter, pageQuery, recordRequests } from './record-hooks.ts'
import { client } from './request.ts'

export interface PeopleFilter extends PageFilter {
  q?: string | undefined
  careerId?: string | undefined
  organizationId?: string | undefined
  tag?: string | undefined
  referredById?: string | undefined
  sort?: 'name' | 'recent' | undefined
}

const toQuery = (filter: PeopleFilter) => ({
  ...pageQuery(filter, 50),
  q: filter.q || undefined,
  careerId: filter.careerId,
  organizationId: filter.organizationId,
  tag: filter.tag || undefined,
  referredById: filter.referredById,
  sort: filter.sort,
})
const people = recordRequests<PersonCreate, PersonPatch>()(client.people, 'people', toQuery)

export const usePeople = (filter: PeopleFilter = {}) => useQuery(peopleQuery(filter))
/** The query behind `usePeople`, for fetching it before its page draws (`app/prefetch.ts`). */
export const peopleQuery = (filter: PeopleFilter = {}) => people.list(filter)
export const usePerson = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery(people.one(id, options))
export const useCreatePerson = () => useMutation(people.create)
export const useUpdatePerson = () => useMutation(people.update)
export const useDeletePerson = () => useMutation(people.remove)
