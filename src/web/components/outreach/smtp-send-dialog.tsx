import { Alert, Anchor, Button, Modal, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconSend } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { Message } from '../../../core/outreach/schema.ts'
import { useSendSmtp } from '../../api/messages.ts'
import { DialogActions } from '../forms/form-actions.tsx'
import { paths } from '../records/paths.ts'

interface SmtpSendDialogProps {
  message: Message
  opened: boolean
  onClose: () => void
}

/** The explorer's yes for this one message: who it goes to and what it says, then Send. */
export function SmtpSendDialog({ message, opened, onClose }: SmtpSendDialogProps) {
  const send = useSendSmtp()
  const close = () => {
    send.reset()
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title="Send this message now?" centered>
      <Stack gap="sm">
        <Text size="sm">
          coffeechat sends it through your SMTP server once, now, and records it as sent.
        </Text>
        <Stack gap={2}>
          <Text size="sm">
            <Text span c="dimmed">
              To:{' '}
            </Text>
            <Text span fw={600} data-testid="smtp-recipient">
              {message.person} &lt;{message.to ?? 'no address'}&gt;
            </Text>
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              Subject:{' '}
            </Text>
            <Text span fw={600}>
              {message.subject}
            </Text>
          </Text>
        </Stack>
        {send.error ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Not sent">
            {send.error.message}
            {/SMTP settings|no SMTP/i.test(send.error.message) ? (
              <>
                {' '}
                <Anchor component={Link} to={paths.settings} size="sm">
                  Open the settings
                </Anchor>
              </>
            ) : null}
          </Alert>
        ) : null}
        <DialogActions cancel="Cancel" onCancel={close}>
          <Button
            leftSection={<IconSend size={16} />}
            loading={send.isPending}
            disabled={!message.to}
            onClick={() => send.mutate(message.id, { onSuccess: close })}
          >
            Send now
          </Button>
        </DialogActions>
      </Stack>
    </Modal>
  )
}
