import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconMessageReply } from '@tabler/icons-react'
import { useState } from 'react'
import type { ReplyInput } from '../../../core/outreach/schema.ts'
import { useRecordReply } from '../../api/messages.ts'
import { DialogActions } from '../forms/form-actions.tsx'
import { ScheduleAfterReply } from './schedule-after-reply.tsx'
import { WhenInput } from './when-input.tsx'

/**
 * "They replied": records the reply now (the server's clock) or at the time
 * the explorer types, says how responsive that makes them, and — when the
 * conversation waits for a time — schedules it in the same dialog.
 */
export function ReplyButton({
  target,
  name,
  size = 'sm',
  show = true,
}: {
  target: Pick<ReplyInput, 'messageId' | 'personId'>
  name: string
  size?: 'xs' | 'sm'
  /** Whether to offer the button; the dialog stays to show what the reply means. */
  show?: boolean
}) {
  const [opened, setOpened] = useState(false)
  const [when, setWhen] = useState('')
  const reply = useRecordReply()
  const close = () => {
    setOpened(false)
    setWhen('')
    reply.reset()
  }
  return (
    <>
      {show ? (
        <Button
          size={size}
          variant="light"
          color="green"
          leftSection={<IconMessageReply size={16} />}
          onClick={() => setOpened(true)}
        >
          They replied
        </Button>
      ) : null}
      <Modal opened={opened} onClose={close} title={`${name} replied`} centered>
        {reply.data ? (
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              {reply.data.outreach.responsivenessLabel ?? 'Reply recorded.'}
            </Text>
            {reply.data.conversation?.status === 'requested' ? (
              <ScheduleAfterReply conversation={reply.data.conversation} onDone={close} />
            ) : (
              <>
                <Text size="sm">{reply.data.next.replace(/ \(coffeechat [^)]*\)/, '')}</Text>
                <Group justify="flex-end">
                  <Button onClick={close}>Done</Button>
                </Group>
              </>
            )}
          </Stack>
        ) : (
          <Stack gap="sm">
            <WhenInput label="When did they reply?" value={when} onChange={setWhen} />
            <DialogActions cancel="Cancel" onCancel={close}>
              <Button
                loading={reply.isPending}
                onClick={() =>
                  reply.mutate({
                    ...target,
                    repliedAt: when ? new Date(when).toISOString() : undefined,
                  })
                }
              >
                Record the reply
              </Button>
            </DialogActions>
          </Stack>
        )}
      </Modal>
    </>
  )
}
