import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import type { MailConnectInput } from '../../core/mail/schema.ts'
import { client, request } from './request.ts'

/** The connected mailbox (null when none), its last check and error, the proposals waiting. */
export function useMailStatus() {
  return useQuery({ queryKey: ['mail', 'status'], queryFn: () => request(client.mail.$get()) })
}

export interface FindingFilter {
  personId?: string | undefined
  status?: 'proposed' | 'confirmed' | 'dismissed' | 'applied' | undefined
}

/** The findings waiting for the explorer's answer, as Today lists them. */
export const PROPOSED_FINDINGS: FindingFilter = { status: 'proposed' }

/** What the checks found about known people, newest first. */
export function mailFindingsQuery(filter: FindingFilter = {}) {
  return queryOptions({
    queryKey: ['mail', 'findings', filter],
    queryFn: () =>
      request(
        client.mail.findings.$get({
          query: { personId: filter.personId, status: filter.status },
        }),
      ),
  })
}

export function useMailFindings(filter: FindingFilter = {}, enabled = true) {
  return useQuery({ ...mailFindingsQuery(filter), enabled })
}

export function useConnectMail() {
  return useMutation({
    mutationFn: (input: MailConnectInput) => request(client.mail.$put({ json: input })),
    // The dialog shows the failing fields.
    meta: { inlineErrors: true },
  })
}

export function useDisconnectMail() {
  return useMutation({ mutationFn: () => request(client.mail.$delete()) })
}

/** Reads the new mail now; a broken connection comes back as `error`, not as a failure. */
export function useCheckMail() {
  return useMutation({ mutationFn: () => request(client.mail.check.$post()) })
}

export function useConfirmFinding() {
  return useMutation({
    mutationFn: (id: string) =>
      request(client.mail.findings[':id'].confirm.$post({ param: { id } })),
  })
}

export function useDismissFinding() {
  return useMutation({
    mutationFn: (id: string) =>
      request(client.mail.findings[':id'].dismiss.$post({ param: { id } })),
  })
}
