import {
  Alert,
  Anchor,
  Button,
  CopyButton,
  Divider,
  Group,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core'
import {
  IconCheck,
  IconCopy,
  IconDownload,
  IconMail,
  IconMailForward,
  IconSend,
} from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { Message } from '../../../core/outreach/schema.ts'
import { emlHref, useMarkSent } from '../../api/messages.ts'
import { useSmtpSettings } from '../../api/outreach-settings.ts'
import { safeHref } from '../links/safe-href.ts'
import { paths } from '../records/paths.ts'
import { SmtpSendDialog } from './smtp-send-dialog.tsx'

type ManualChannel = 'copy' | 'mailto' | 'eml'

/**
 * The ways a draft leaves, always by the explorer's hand: copy it, open it
 * in the mail program (mailto:), download an .eml draft — then say "I sent
 * it" — or send it through SMTP after confirming this one message.
 */
export function WaysOut({ message, dirty }: { message: Message; dirty: boolean }) {
  const [used, setUsed] = useState<ManualChannel>('copy')
  const [confirming, setConfirming] = useState(false)
  const markSent = useMarkSent()
  const smtp = useSmtpSettings()
  const hasSmtp = Boolean(smtp.data?.smtp)
  if (dirty) {
    return (
      <Alert color="yellow" title="Save your changes first">
        The ways out use the saved text.
      </Alert>
    )
  }
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <CopyButton value={message.subject}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="sm"
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={() => {
                copy()
                setUsed('copy')
              }}
            >
              {copied ? 'Copied' : 'Copy subject'}
            </Button>
          )}
        </CopyButton>
        <CopyButton value={message.body}>
          {({ copied, copy }) => (
            <Button
              variant="default"
              size="sm"
              leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
              onClick={() => {
                copy()
                setUsed('copy')
              }}
            >
              {copied ? 'Copied' : 'Copy text'}
            </Button>
          )}
        </CopyButton>
      </Group>
      {safeHref(message.mailto.href) ? (
        <Button
          component="a"
          href={safeHref(message.mailto.href) ?? undefined}
          variant="default"
          leftSection={<IconMail size={16} />}
          onClick={() => setUsed('mailto')}
        >
          Open in your mail program
        </Button>
      ) : (
        <Text size="sm" c="dimmed" data-testid="mailto-too-long">
          Too long for a mailto: link ({message.mailto.length.toLocaleString()} of at most{' '}
          {message.mailto.maxLength.toLocaleString()} characters, which mail programs reliably
          take): copy it, download the .eml or send it through SMTP.
        </Text>
      )}
      <Button
        component="a"
        href={emlHref(message.id)}
        download
        variant="default"
        leftSection={<IconDownload size={16} />}
        onClick={() => setUsed('eml')}
      >
        Download an .eml draft
      </Button>
      <Group gap="xs" align="center" wrap="wrap">
        <SegmentedControl
          size="xs"
          value={used}
          onChange={(value) => setUsed(value === 'mailto' || value === 'eml' ? value : 'copy')}
          aria-label="How you sent it"
          data={[
            { value: 'copy', label: 'copied' },
            { value: 'mailto', label: 'mailto:' },
            { value: 'eml', label: '.eml' },
          ]}
        />
        <Button
          size="sm"
          variant="light"
          leftSection={<IconMailForward size={16} />}
          loading={markSent.isPending}
          onClick={() => markSent.mutate({ id: message.id, sent: { channel: used } })}
        >
          I sent it
        </Button>
      </Group>
      <Divider label="or" labelPosition="center" />
      <Button
        leftSection={<IconSend size={16} />}
        onClick={() => setConfirming(true)}
        disabled={!hasSmtp || !message.to}
      >
        Send via SMTP…
      </Button>
      {!hasSmtp && smtp.isSuccess ? (
        <Text size="xs" c="dimmed">
          To send from here, add your mail server in{' '}
          <Anchor component={Link} to={paths.settings} size="xs">
            Settings
          </Anchor>
          .
        </Text>
      ) : null}
      {!message.to ? (
        <Text size="xs" c="dimmed">
          Add their email address (To) to send it through SMTP.
        </Text>
      ) : null}
      <SmtpSendDialog message={message} opened={confirming} onClose={() => setConfirming(false)} />
    </Stack>
  )
}
