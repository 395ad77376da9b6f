import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import type {
  LintInput,
  MarkSent,
  MessageCreate,
  MessagePatch,
  ReplyInput,
} from '../../core/outreach/schema.ts'
import { recordRequests } from './record-hooks.ts'
import { client, request } from './request.ts'

export interface MessageFilter {
  personId?: string | undefined
  conversationId?: string | undefined
  status?: 'draft' | 'sent' | 'replied' | undefined
  limit?: number | undefined
}

const toQuery = (filter: MessageFilter) => ({
  limit: String(filter.limit ?? 100),
  personId: filter.personId,
  conversationId: filter.conversationId,
  status: filter.status,
})
const messages = recordRequests<MessageCreate, MessagePatch>()(client.messages, 'messages', toQuery)

export const useMessages = (filter: MessageFilter = {}) => useQuery(messages.list(filter))
export const useMessage = (id: string) => useQuery(messages.one(id))
// Shown beside the button that asked: "no more chasing" needs reading, not a toast.
export const useCreateDraft = () =>
  useMutation({ ...messages.create, meta: { inlineErrors: true } })
export const useUpdateDraft = () => useMutation(messages.update)
export const useDeleteMessage = () => useMutation(messages.remove)

/** The query key of one message, for pages that put a saved copy in place. */
export function messageKey(id: string) {
  return ['messages', 'one', id] as const
}

/** Sends a draft's changes straight away (the autosave; no refresh of the rest of the page). */
export function sendDraftPatch(id: string, patch: MessagePatch) {
  return request(client.messages[':id'].$patch({ param: { id }, json: patch }))
}

/** "I sent it": the explorer says how (copied, mailto:, .eml, another way). */
export function useMarkSent() {
  return useMutation({
    mutationFn: ({ id, sent }: { id: string; sent: MarkSent }) =>
      request(client.messages[':id'].sent.$post({ param: { id }, json: sent })),
    // The dialog that asked says what went wrong.
    meta: { inlineErrors: true },
  })
}

/** Takes a message marked sent by mistake back to draft, undoing what sending moved. */
export function useUnsend() {
  return useMutation({
    mutationFn: (id: string) => request(client.messages[':id'].unsend.$post({ param: { id } })),
    meta: { inlineErrors: true },
  })
}

/** Fills in the draft's {variables} the server now knows (the explorer's name once set). */
export function useFillDraft() {
  return useMutation({
    mutationFn: (id: string) => request(client.messages[':id'].fill.$post({ param: { id } })),
  })
}

/** Sends through SMTP; the explorer confirmed this one message. */
export function useSendSmtp() {
  return useMutation({
    mutationFn: (id: string) =>
      request(client.messages[':id'].send.$post({ param: { id }, json: { confirm: true } })),
    // The confirmation dialog says what went wrong (wrong password, try later…).
    meta: { inlineErrors: true },
  })
}

export function useRecordReply() {
  return useMutation({
    mutationFn: (reply: ReplyInput) => request(client.replies.$post({ json: reply })),
  })
}

/** How responsive a person is, and the 3B7 steps. */
export function usePersonOutreach(personId: string) {
  return useQuery({
    queryKey: ['people', 'outreach', personId],
    queryFn: () => request(client.people[':id'].outreach.$get({ param: { id: personId } })),
  })
}

/**
 * The live lint of a text. A query, not a mutation: a mutation would
 * refresh every query on screen at each keystroke.
 */
export function useLint(input: LintInput | null) {
  return useQuery({
    queryKey: ['lint', input],
    queryFn: async () => {
      const json = input ?? { text: '', kind: 'question' as const }
      // The text rides along, so offsets are always read against the text they were found in.
      return { ...(await request(client.lint.$post({ json }))), text: json.text }
    },
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  })
}

/** Where the web app downloads a message's .eml draft. */
export function emlHref(id: string): string {
  return `/api/messages/${encodeURIComponent(id)}/draft.eml`
}
