import { useMutation, useQuery } from '@tanstack/react-query'
import type { OrganizationCreate, OrganizationPatch } from '../../core/organizations/schema.ts'
import { recordRequests } from './record-hooks.ts'
import { client } from './request.ts'

export interface OrganizationFilter {
  q?: string | undefined
  careerId?: string | undefined
  sort?: 'lamp' | 'name' | 'recent' | undefined
  limit?: number | undefined
  offset?: number | undefined
}

const organizations = recordRequests<OrganizationCreate, OrganizationPatch>()(
  client.organizations,
  'organizations',
  (filter: OrganizationFilter) => ({
    limit: String(filter.limit ?? 500),
    offset: String(filter.offset ?? 0),
    q: filter.q || undefined,
    careerId: filter.careerId,
    sort: filter.sort,
  }),
)

export const useOrganizations = (filter: OrganizationFilter = {}) =>
  useQuery(organizations.list(filter))
export const useOrganization = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery(organizations.one(id, options))
export const useCreateOrganization = () => useMutation(organizations.create)
export const useUpdateOrganization = () => useMutation(organizations.update)
export const useDeleteOrganization = () => useMutation(organizations.remove)
