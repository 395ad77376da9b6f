import { useMutation, useQuery } from '@tanstack/react-query'
import type { ConversationCreate, ConversationPatch } from '../../core/conversations/schema.ts'
import type { ConversationStatus } from '../../core/conversations/status.ts'
import { recordRequests } from './record-hooks.ts'
import { client } from './request.ts'

export interface ConversationFilter {
  statuses?: readonly ConversationStatus[] | undefined
  personId?: string | undefined
  careerId?: string | undefined
  sort?: 'recent' | 'upcoming' | undefined
  limit?: number | undefined
  offset?: number | undefined
}

const conversations = recordRequests<ConversationCreate, ConversationPatch>()(
  client.conversations,
  'conversations',
  (filter: ConversationFilter) => ({
    limit: String(filter.limit ?? 50),
    offset: String(filter.offset ?? 0),
    status: filter.statuses?.length ? filter.statuses.join(',') : undefined,
    personId: filter.personId,
    careerId: filter.careerId,
    sort: filter.sort,
  }),
)

export const useConversations = (filter: ConversationFilter = {}) =>
  useQuery(conversations.list(filter))
export const useConversation = (id: string) => useQuery(conversations.one(id))
export const useCreateConversation = () => useMutation(conversations.create)
export const useUpdateConversation = () => useMutation(conversations.update)
export const useDeleteConversation = () => useMutation(conversations.remove)
