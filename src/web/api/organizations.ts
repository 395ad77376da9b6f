import { useMutation, useQuery } from '@tanstack/react-query'
import type { OrganizationCreate, OrganizationPatch } from '../../core/organizations/schema.ts'
import { client, request } from './request.ts'

export interface OrganizationFilter {
  q?: string | undefined
  careerId?: string | undefined
  sort?: 'lamp' | 'name' | 'recent' | undefined
  limit?: number | undefined
  offset?: number | undefined
}

export function useOrganizations(filter: OrganizationFilter = {}) {
  return useQuery({
    queryKey: ['organizations', 'list', filter],
    queryFn: () =>
      request(
        client.organizations.$get({
          query: {
            limit: String(filter.limit ?? 500),
            offset: String(filter.offset ?? 0),
            q: filter.q || undefined,
            careerId: filter.careerId,
            sort: filter.sort,
          },
        }),
      ),
  })
}

export function useOrganization(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...options,
    queryKey: ['organizations', 'one', id],
    queryFn: () => request(client.organizations[':id'].$get({ param: { id } })),
  })
}

export function useCreateOrganization() {
  return useMutation({
    mutationFn: (organization: OrganizationCreate) =>
      request(client.organizations.$post({ json: organization })),
  })
}

/** Changes an organization; the id travels with the patch so one hook serves a whole list. */
export function useUpdateOrganization() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: OrganizationPatch }) =>
      request(client.organizations[':id'].$patch({ param: { id }, json: patch })),
  })
}

export function useDeleteOrganization() {
  return useMutation({
    mutationFn: (id: string) => request(client.organizations[':id'].$delete({ param: { id } })),
  })
}
