import { Button, Modal, Radio, Stack, Text } from '@mantine/core'
import { useEffect, useState } from 'react'
import type { MarkSent, Message } from '../../../core/outreach/schema.ts'
import { useMarkSent } from '../../api/messages.ts'
import { RequestFailed } from '../feedback/notice.tsx'
import { DialogActions } from '../forms/form-actions.tsx'
import { messageKindLabels } from './kinds.ts'
import { forgetSentHere, rememberSentHere } from './sent-here.ts'
import { WhenInput } from './when-input.tsx'

export type ManualChannel = MarkSent['channel']

const ways: Array<{ value: ManualChannel; label: string; description: string }> = [
  { value: 'copy', label: 'I copied and pasted it', description: 'into my mail or a message' },
  { value: 'mailto', label: 'From my mail program', description: 'opened with the mailto: link' },
  { value: 'eml', label: 'From the .eml draft', description: 'downloaded and opened' },
  { value: 'other', label: 'Another way', description: 'LinkedIn, a contact form, in person…' },
]

interface MarkSentDialogProps {
  message: Message
  opened: boolean
  /** The way out used on this page, offered first; nothing is chosen for the explorer otherwise. */
  suggested: ManualChannel | null
  onClose: () => void
}

/**
 * "I sent it" asks how, rather than recording "copied" for everyone, and
 * when (now unless they say otherwise). Recording it can be undone on the
 * message's page.
 */
export function MarkSentDialog({ message, opened, suggested, onClose }: MarkSentDialogProps) {
  const [channel, setChannel] = useState<ManualChannel | null>(suggested)
  const [when, setWhen] = useState('')
  const markSent = useMarkSent()
  useEffect(() => {
    if (opened) setChannel(suggested)
  }, [opened, suggested])
  const close = () => {
    markSent.reset()
    setWhen('')
    onClose()
  }
  return (
    <Modal opened={opened} onClose={close} title="How did you send it?" centered>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!channel) return
          // Remembered before the answer: the draft's page turns into the sent one (with its
          // Undo) as soon as the server has it, before a callback here would run.
          rememberSentHere(message.id)
          markSent
            .mutateAsync({
              id: message.id,
              sent: { channel, sentAt: when ? new Date(when).toISOString() : undefined },
            })
            .then(close)
            .catch(() => forgetSentHere(message.id))
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            coffeechat records that the {messageKindLabels[message.kind].toLowerCase()} to{' '}
            {message.person} went out. Recorded by mistake? You can take it back on this page.
          </Text>
          <Radio.Group
            value={channel}
            onChange={(value) => setChannel(ways.find((w) => w.value === value)?.value ?? null)}
            aria-label="How you sent it"
          >
            <Stack gap="xs">
              {ways.map((way) => (
                <Radio
                  key={way.value}
                  value={way.value}
                  label={way.label}
                  description={way.description}
                />
              ))}
            </Stack>
          </Radio.Group>
          <WhenInput label="When did it go out?" value={when} onChange={setWhen} />
          <RequestFailed title="Not recorded" error={markSent.error} />
          <DialogActions cancel="Cancel" onCancel={close}>
            <Button type="submit" disabled={!channel} loading={markSent.isPending}>
              Record it as sent
            </Button>
          </DialogActions>
        </Stack>
      </form>
    </Modal>
  )
}
