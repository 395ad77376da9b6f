import { Divider, Stack, Text } from '@mantine/core'
import { type ReactNode, useState } from 'react'
import type { Message } from '../../../core/outreach/schema.ts'
import { asksForReferrals } from '../../../core/rules/referral-ask-text.ts'
import { useReferralAsk } from '../../api/referral-asks.ts'
import { ReasonToAsk, ReferralAdvice } from './referral-advice.tsx'
import { referralReasonFor, rememberReferralReason } from './referral-reasons.ts'

/** The kinds written after a meeting, where asking who else to talk to belongs. */
const afterMeeting: ReadonlySet<Message['kind']> = new Set([
  'thank-you',
  'progress-update',
  'check-in',
])

/**
 * Around the ways out of a draft: when the saved draft asks for referrals,
 * the advice comes first, and when it cautions against asking now, the
 * ways out appear only once the explorer has said why they ask anyway
 * (kept on this device with the message).
 */
export function ReferralAskGate({ message, children }: { message: Message; children: ReactNode }) {
  const asking =
    afterMeeting.has(message.kind) && asksForReferrals(`${message.subject}\n${message.body}`)
  const ask = useReferralAsk(message.personId)
  const [reason, setReason] = useState(() => referralReasonFor(message.id))
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
          onGo={(given) => {
            rememberReferralReason(message.id, given)
            setReason(given)
          }}
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
