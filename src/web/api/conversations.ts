import { useMutation, useQuery } from '@tanstack/react-query'
import type { ConversationCreate, ConversationPatch } from '../../core/conversations/schema.ts'
import type { ConversationStatus } from '../../core/conversations/status.ts'
import { type PageFilter, pageQuery, recordRequests } from './record-hooks.ts'
import { client } from './request.ts'

export interface ConversationFilter extends PageFilter {
  statuses?: readonly ConversationStatus[] | undefined
  personId?: string | undefined
  careerId?: string | undefined
  sort?: 'recent' | 'upcoming' | undefined
}

const toQuery = (filter: ConversationFilter) => ({
  ...pageQuery(filter, 50),
  status: filter.statuses?.length ? filter.statuses.join(',') : undefined,
  personId: filter.personId,
  careerId: filter.careerId,
  sort: filter.sort,
})
const conversations = recordRequests<ConversationCreate, ConversationPatch>()(
  client.conversations,
  'conversations',
  toQuery,
)

export const useConversations = (filter: ConversationFilter = {}) =>
  useQuery(conversations.list(filter))
export const useConversation = (id: string) => useQuery(conversations.one(id))
export const useCreateConversation = () => useMutation(conversations.create)
export const useUpdateConversation = () => useMutation(conversations.update)
export const useDeleteConversation = () => useMutation(conversations.remove)
