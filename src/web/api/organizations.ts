import { useMutation, useQuery } from '@tanstack/react-query'
import type { OrganizationCreate, OrganizationPatch } from '../../core/organizations/schema.ts'
import { type PageFilter, pageQuery, recordRequests } from './record-hooks.ts'
import { client } from './request.ts'

export interface OrganizationFilter extends PageFilter {
  q?: string | undefined
  careerId?: string | undefined
  sort?: 'lamp' | 'name' | 'recent' | undefined
}

const toQuery = (filter: OrganizationFilter) => ({
  ...pageQuery(filter, 500),
  q: filter.q || undefined,
  careerId: filter.careerId,
  sort: filter.sort,
})
const organizations = recordRequests<OrganizationCreate, OrganizationPatch>()(
  client.organizations,
  'organizations',
  toQuery,
)

export const useOrganizations = (filter: OrganizationFilter = {}) =>
  useQuery(organizations.list(filter))
export const useOrganization = (id: string, options: { enabled?: boolean } = {}) =>
  useQuery(organizations.one(id, options))
export const useCreateOrganization = () => useMutation(organizations.create)
export const useUpdateOrganization = () => useMutation(organizations.update)
export const useDeleteOrganization = () => useMutation(organizations.remove)
