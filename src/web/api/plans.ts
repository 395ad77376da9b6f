import { useMutation, useQuery } from '@tanstack/react-query'
import type { PrepSheet } from '../../core/plans/prep-schema.ts'
import type { PlanAdd, PlanItemPatch, SuggestInput } from '../../core/plans/schema.ts'
import { conversationPart } from './record-hooks.ts'
import { ApiError, client, request } from './request.ts'

export const planKey = (conversationId: string) => ['plans', conversationId] as const

/** A conversation's question plan, with its warnings. */
export function usePlan(conversationId: string) {
  return useQuery(conversationPart('plans', client.conversations[':id'].plan.$get, conversationId))
}

/** What to ask next (not saved until accepted). */
export function useSuggestions(conversationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['plans', conversationId, 'suggestions'],
    enabled,
    queryFn: () =>
      request(
        client.conversations[':id'].plan.suggest.$post({
          param: { id: conversationId },
          json: {} satisfies SuggestInput,
        }),
      ),
  })
}

export function useAddPlanItems(conversationId: string) {
  return useMutation({
    mutationFn: (input: PlanAdd) =>
      request(
        client.conversations[':id'].plan.items.$post({
          param: { id: conversationId },
          json: input,
        }),
      ),
  })
}

export function useReorderPlan(conversationId: string) {
  return useMutation({
    mutationFn: (order: string[]) =>
      request(
        client.conversations[':id'].plan.$patch({ param: { id: conversationId }, json: { order } }),
      ),
  })
}

export function useRemovePlanItem() {
  return useMutation({
    mutationFn: (id: string) => request(client['plan-items'][':id'].$delete({ param: { id } })),
  })
}

/** One edit of a plan item, sent as is (autosave goes through the meeting queue instead). */
export function sendPlanItemPatch(id: string, patch: PlanItemPatch) {
  return request(client['plan-items'][':id'].$patch({ param: { id }, json: patch }))
}

export function usePrepSheet(conversationId: string) {
  return useQuery({
    queryKey: ['prep', conversationId],
    queryFn: async (): Promise<PrepSheet> => {
      const sheet = await request(
        client.conversations[':id'].prep.$get({
          param: { id: conversationId },
          query: { format: 'json' },
        }),
      )
      // The route also answers Markdown and HTML; asked for JSON, it gives the sheet.
      if (typeof sheet === 'string' || sheet instanceof Response) {
        throw new ApiError(0, 'the server did not send the prep sheet as JSON')
      }
      return sheet
    },
  })
}
