import { Divider, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useEffect, useRef } from 'react'
import type { Message } from '../../../core/outreach/schema.ts'
import { asksForReferrals } from '../../../core/rules/referral-ask-text.ts'
import { useUpdateDraft } from '../../api/messages.ts'
import { useReferralAsk } from '../../api/referral-asks.ts'
import { ReasonToAsk, ReferralAdvice } from './referral-advice.tsx'
import { forgetLegacyReferralReason, legacyReferralReason } from './referral-reasons.ts'

/** The kinds written after a meeting, where asking who else to talk to belongs. */
const afterMeeting: ReadonlySet<Message['kind']> = new Set([
  'thank-you',
  'progress-update',
  'check-in',
])

/**
 * Around the ways out of a draft: when the saved draft asks for referrals,
 * the advice comes first, and when it cautions against asking now, the
 * ways out appear only once the explorer has said why they ask anyway. The
 * reason is saved with the message (`overrideReason`), so every device
 * shows it; a reason an older version kept on this device is moved to the
 * server the first time the draft is opened here.
 */
export function ReferralAskGate({ message, children }: { message: Message; children: ReactNode }) {
  const asking =
    afterMeeting.has(message.kind) && asksForReferrals(`${message.subject}\n${message.body}`)
  const ask = useReferralAsk(message.personId)
  const save = useUpdateDraft()
  const queryClient = useQueryClient()
  const legacy = useLegacyReason(message)
  const reason = message.overrideReason ?? legacy
  if (!asking || !ask.data) return children
  const cautioned = (ask.data.advice?.cautions.length ?? 0) > 0
  return (
    <Stack gap="sm" aria-label="Asking for referrals" component="section">
      <Text size="sm" c="dimmed">
        This draft asks who else to talk to.
      </Text>
      <ReferralAdvice ask={ask.data} reason={reason} />
      {cautioned && !reason ? (
        <ReasonToAsk
          label="Ask anyway"
          pending={save.isPending}
          error={save.error?.message}
          onGo={(given) =>
            save.mutate(
              { id: message.id, patch: { overrideReason: given } },
              // Shown at once; the refresh after every write brings the rest.
              {
                onSuccess: (saved) =>
                  queryClient.setQueryData(['messages', 'one', saved.id], saved),
              },
            )
          }
        />
      ) : (
        <>
          <Divider />
          {children}
        </>
      )}
    </Stack>
  )
}

/**
 * A reason this device kept before the server had a place for it: shown
 * while it is moved to the message, then forgotten here. Only drafts can
 * take it (a sent message is on record as it went out).
 */
function useLegacyReason(message: Message): string | null {
  const stored = message.overrideReason ? null : legacyReferralReason(message.id)
  const move = useUpdateDraft()
  const tried = useRef<string | null>(null)
  const { id, status, overrideReason } = message
  useEffect(() => {
    if (overrideReason) return forgetLegacyReferralReason(id)
    if (!stored || status !== 'draft' || tried.current === id) return
    tried.current = id
    move.mutate(
      { id, patch: { overrideReason: stored } },
      { onSuccess: () => forgetLegacyReferralReason(id) },
    )
  }, [id, status, overrideReason, stored, move.mutate])
  return stored
}
