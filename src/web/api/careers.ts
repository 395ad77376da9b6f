import { useMutation, useQuery } from '@tanstack/react-query'
import type { CareerCreate, CareerPatch, CareerStatus } from '../../core/careers/schema.ts'
import { recordRequests } from './record-hooks.ts'
import { client } from './request.ts'

export interface CareerFilter {
  status?: CareerStatus | undefined
  q?: string | undefined
}

const careers = recordRequests<CareerCreate, CareerPatch>()(
  client.careers,
  'careers',
  (filter: CareerFilter) => ({ limit: '500', status: filter.status, q: filter.q || undefined }),
)

/** Every career, in tree order (each followed by its focus areas). */
export const useCareers = (filter: CareerFilter = {}) => useQuery(careersQuery(filter))
/** The query behind `useCareers`, for fetching it before its page draws (`app/prefetch.ts`). */
export const careersQuery = (filter: CareerFilter = {}) => careers.list(filter)
export const useCareer = (id: string) => useQuery(careers.one(id))
export const useCreateCareer = () => useMutation(careers.create)
export const useUpdateCareer = () => useMutation(careers.update)
export const useDeleteCareer = () => useMutation(careers.remove)
