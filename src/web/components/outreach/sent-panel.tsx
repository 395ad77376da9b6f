import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconArrowBackUp } from '@tabler/icons-react'
import { useState } from 'react'
import type { Message } from '../../../core/outreach/schema.ts'
import { useUnsend } from '../../api/messages.ts'
import { RequestFailed } from '../feedback/notice.tsx'
import { DialogActions } from '../forms/form-actions.tsx'
import { channelLabels, formatWhen } from './kinds.ts'
import { ReplyButton } from './reply-button.tsx'
import { forgetSentHere, sentHere } from './sent-here.ts'

/**
 * A message on record: when and how it went out, the reply, and — when it
 * was only marked sent (not through SMTP, not answered) — the way back to
 * draft: at once for what this tab just recorded, after a question for the
 * rest.
 */
export function SentPanel({ message: m }: { message: Message }) {
  const unsend = useUnsend()
  const [asking, setAsking] = useState(false)
  const reversible = m.status === 'sent' && m.channel !== 'smtp'
  const justNow = reversible && sentHere(m.id)
  // A promise, not a mutate callback: this panel turns into the draft editor first.
  const takeBack = () =>
    unsend
      .mutateAsync(m.id)
      .then((result) => {
        forgetSentHere(m.id)
        setAsking(false)
        notifications.show({ color: 'teal', title: 'A draft again', message: result.note })
      })
      .catch(() => undefined)
  return (
    <Stack gap="sm">
      <Text size="sm">
        Sent {m.sentAt ? formatWhen(m.sentAt) : ''}
        {m.channel ? ` (${channelLabels[m.channel]})` : ''}
        {m.to ? ` to ${m.to}` : ''}.
      </Text>
      {m.repliedAt ? <Text size="sm">They replied {formatWhen(m.repliedAt)}.</Text> : null}
      {m.overrideReason ? (
        <Text size="sm" data-testid="referral-reason">
          Asked for referrals against the advice because: {m.overrideReason}
        </Text>
      ) : null}
      <RequestFailed title="Not taken back" error={unsend.error} />
      <Group gap="xs">
        <ReplyButton target={{ messageId: m.id }} name={m.person} show={!m.repliedAt} />
        {justNow ? (
          <Button
            size="sm"
            variant="default"
            leftSection={<IconArrowBackUp size={16} />}
            loading={unsend.isPending}
            onClick={takeBack}
          >
            Undo: not sent
          </Button>
        ) : reversible ? (
          <Button size="sm" variant="subtle" color="gray" onClick={() => setAsking(true)}>
            Back to draft…
          </Button>
        ) : null}
      </Group>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title="Marked sent by mistake?"
        centered
      >
        <Stack gap="sm">
          <Text size="sm">
            It becomes a draft again, and the days counted to a reply are forgotten. What marking it
            sent moved is put back too (the conversation's status, or the conversation it started)
            unless something else changed it since.
          </Text>
          <DialogActions cancel="Keep it sent" onCancel={() => setAsking(false)}>
            <Button loading={unsend.isPending} onClick={takeBack}>
              Back to draft
            </Button>
          </DialogActions>
        </Stack>
      </Modal>
    </Stack>
  )
}
