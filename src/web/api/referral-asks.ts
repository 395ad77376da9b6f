import { useMutation, useQuery } from '@tanstack/react-query'
import { client, request } from './request.ts'

/** Whether to ask a person for referrals now: the advice and why. */
export function useReferralAsk(personId: string) {
  return useQuery({
    queryKey: ['people', 'referral-ask', personId],
    queryFn: () => request(client.people[':id']['referral-ask'].$get({ param: { id: personId } })),
  })
}

/** Drafts the check-in that asks who else to talk to; a reason when the advice cautions. */
export function useDraftReferralAsk() {
  return useMutation({
    mutationFn: ({ personId, reason }: { personId: string; reason?: string }) =>
      request(
        client.people[':id']['referral-ask'].$post({
          param: { id: personId },
          json: reason ? { reason } : {},
        }),
      ),
    // Shown beside the button: the reason field is where it is fixed.
    meta: { inlineErrors: true },
  })
}
