import { useMutation, useQuery } from '@tanstack/react-query'
import type { ConversationCreate, ConversationPatch } from '../../core/conversations/schema.ts'
import type { ConversationStatus } from '../../core/conversations/status.ts'
import { client, request } from './request.ts'

export interface ConversationFilter {
  statuses?: readonly ConversationStatus[] | undefined
  personId?: string | undefined
  careerId?: string | undefined
  sort?: 'recent' | 'upcoming' | undefined
  limit?: number | undefined
  offset?: number | undefined
}

export function useConversations(filter: ConversationFilter = {}) {
  return useQuery({
    queryKey: ['conversations', 'list', filter],
    queryFn: () =>
      request(
        client.conversations.$get({
          query: {
            limit: String(filter.limit ?? 50),
            offset: String(filter.offset ?? 0),
            status: filter.statuses?.length ? filter.statuses.join(',') : undefined,
            personId: filter.personId,
            careerId: filter.careerId,
            sort: filter.sort,
          },
        }),
      ),
  })
}

export function useConversation(id: string) {
  return useQuery({
    queryKey: ['conversations', 'one', id],
    queryFn: () => request(client.conversations[':id'].$get({ param: { id } })),
  })
}

export function useCreateConversation() {
  return useMutation({
    mutationFn: (conversation: ConversationCreate) =>
      request(client.conversations.$post({ json: conversation })),
  })
}

export function useUpdateConversation() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: ConversationPatch }) =>
      request(client.conversations[':id'].$patch({ param: { id }, json: patch })),
  })
}

export function useDeleteConversation() {
  return useMutation({
    mutationFn: (id: string) => request(client.conversations[':id'].$delete({ param: { id } })),
  })
}
