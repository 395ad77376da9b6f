import { Anchor, Button, CopyButton, Divider, SimpleGrid, Stack, Text } from '@mantine/core'
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
import { emlHref } from '../../api/messages.ts'
import { useSmtpSettings } from '../../api/outreach-settings.ts'
import { DownloadButton } from '../links/download-button.tsx'
import { safeHref } from '../links/safe-href.ts'
import { paths } from '../records/paths.ts'
import { type ManualChannel, MarkSentDialog } from './mark-sent-dialog.tsx'
import { SmtpSendDialog } from './smtp-send-dialog.tsx'
import { type DraftFieldRefs, UnfinishedAlert } from './unfinished-alert.tsx'

interface WaysOutProps {
  /** The draft as the server has it: the ways out use the saved text. */
  message: Message
  /** Changes are still on their way to the server. */
  saving: boolean
  fields: DraftFieldRefs
  onFilled: (filled: Message) => void
}

/**
 * The ways a draft leaves, always by the explorer's hand: copy it, open it
 * in the mail program (mailto:), download an .eml draft — then say "I sent
 * it" and how — or send it through SMTP after confirming this one message.
 * None is offered while a `{variable}` is unfilled.
 */
export function WaysOut({ message, saving, fields, onFilled }: WaysOutProps) {
  const [used, setUsed] = useState<ManualChannel | null>(null)
  const [asking, setAsking] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const smtp = useSmtpSettings()
  const hasSmtp = Boolean(smtp.data?.smtp)
  const unfinished = message.mailto.blockedBy.length > 0
  const off = unfinished || saving
  const onCopy = () => setUsed('copy')
  return (
    <Stack gap="sm">
      {unfinished ? (
        <UnfinishedAlert message={message} fields={fields} saving={saving} onFilled={onFilled} />
      ) : null}
      {saving && !unfinished ? (
        <Text size="xs" c="dimmed" role="status">
          Saving your last change: the ways out use the saved text.
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        <CopyOut value={message.subject} label="Copy subject" disabled={off} onCopy={onCopy} />
        <CopyOut value={message.body} label="Copy text" disabled={off} onCopy={onCopy} />
      </SimpleGrid>
      {safeHref(message.mailto.href) && !off ? (
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
        <Button variant="default" leftSection={<IconMail size={16} />} disabled>
          Open in your mail program
        </Button>
      )}
      {!unfinished && !message.mailto.href ? (
        <Text size="sm" c="dimmed" data-testid="mailto-too-long">
          Too long for a mailto: link ({message.mailto.length.toLocaleString()} of at most{' '}
          {message.mailto.maxLength.toLocaleString()} characters, which mail programs reliably
          take): copy it, download the .eml or send it through SMTP.
        </Text>
      ) : null}
      {off ? (
        <Button variant="default" leftSection={<IconDownload size={16} />} disabled>
          Download an .eml draft
        </Button>
      ) : (
        <DownloadButton href={emlHref(message.id)} onClick={() => setUsed('eml')}>
          Download an .eml draft
        </DownloadButton>
      )}
      <Button
        variant="light"
        leftSection={<IconMailForward size={16} />}
        disabled={off}
        onClick={() => setAsking(true)}
      >
        I sent it…
      </Button>
      <Divider label="or" labelPosition="center" />
      <Button
        leftSection={<IconSend size={16} />}
        onClick={() => setConfirming(true)}
        disabled={off || !hasSmtp || !message.to}
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
      <MarkSentDialog
        message={message}
        opened={asking}
        suggested={used}
        onClose={() => setAsking(false)}
      />
      <SmtpSendDialog message={message} opened={confirming} onClose={() => setConfirming(false)} />
    </Stack>
  )
}

/** A button that copies one part of the message to the clipboard, and says so. */
function CopyOut({
  value,
  label,
  disabled,
  onCopy,
}: {
  value: string
  label: string
  disabled: boolean
  onCopy: () => void
}) {
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button
          variant="default"
          size="sm"
          disabled={disabled}
          leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
          onClick={() => {
            copy()
            onCopy()
          }}
        >
          {copied ? 'Copied' : label}
        </Button>
      )}
    </CopyButton>
  )
}
