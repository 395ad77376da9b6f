import { Button, Group, Stack } from '@mantine/core'
import { IconUsersPlus } from '@tabler/icons-react'
import { useNavigate } from 'react-router'
import { useDraftReferralAsk, useReferralAsk } from '../../api/referral-asks.ts'
import { RequestFailed } from '../feedback/notice.tsx'
import { Section } from '../records/section.tsx'
import { draftPaths } from './kinds.ts'
import { ReasonToAsk, ReferralAdvice } from './referral-advice.tsx'

/**
 * "Who else should I talk to?" on a person's page: whether now is a good
 * time (a week after the meeting, and only of boosters), and the action
 * that drafts the ask as a check-in, behind a reason when advised against.
 */
export function ReferralAskSection({ personId }: { personId: string }) {
  const ask = useReferralAsk(personId)
  const draft = useDraftReferralAsk()
  const navigate = useNavigate()
  if (!ask.data) return null
  const advice = ask.data.advice
  const go = (reason?: string) =>
    draft.mutate(
      { personId, ...(reason ? { reason } : {}) },
      // The server keeps the reason with the draft (`overrideReason`).
      { onSuccess: ({ message }) => navigate(draftPaths.draft(message.id)) },
    )
  const icon = <IconUsersPlus size={16} />
  return (
    <Section title="Ask for referrals">
      <Stack gap="sm">
        <ReferralAdvice ask={ask.data} />
        {advice && advice.cautions.length === 0 ? (
          <Group justify="flex-end">
            <Button
              variant="light"
              leftSection={icon}
              loading={draft.isPending}
              onClick={() => go()}
            >
              Ask for referrals
            </Button>
          </Group>
        ) : null}
        {advice && advice.cautions.length > 0 ? (
          <ReasonToAsk
            label="Ask anyway"
            icon={icon}
            pending={draft.isPending}
            error={draft.error?.message}
            onGo={go}
          />
        ) : null}
        {advice && advice.cautions.length > 0 ? null : (
          <RequestFailed title="No draft written" error={draft.error} />
        )}
      </Stack>
    </Section>
  )
}
