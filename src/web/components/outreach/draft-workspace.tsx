import { Grid, Stack } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { Message } from '../../../core/outreach/schema.ts'
import { messageKey } from '../../api/messages.ts'
import { Section } from '../records/section.tsx'
import { DraftEditor } from './draft-editor.tsx'
import classes from './draft-workspace.module.css'
import { ReferralAskGate } from './referral-ask-gate.tsx'
import { useDraftAutosave } from './use-draft-autosave.ts'
import { VariablesHelp } from './variables-help.tsx'
import { WaysOut } from './ways-out.tsx'

/**
 * A draft being written: the editor (saved as it is typed) and, beside it
 * on a wide screen or below it on a phone, the ways out of the saved text.
 * Filling it in on the server (the explorer's name) starts the editor again
 * from the filled text.
 */
export function DraftWorkspace({ message }: { message: Message }) {
  const [filled, setFilled] = useState<Message | null>(null)
  const queryClient = useQueryClient()
  // The filled text until the page's own copy of the message catches up with it.
  const current = filled && filled.updatedAt >= message.updatedAt ? filled : message
  return (
    <DraftRound
      key={filled?.updatedAt ?? 'opened'}
      message={current}
      onFilled={(next) => {
        queryClient.setQueryData(messageKey(next.id), next)
        setFilled(next)
      }}
    />
  )
}

function DraftRound({
  message,
  onFilled,
}: {
  message: Message
  onFilled: (filled: Message) => void
}) {
  const autosave = useDraftAutosave(message)
  const body = useRef<HTMLTextAreaElement | null>(null)
  const subject = useRef<HTMLInputElement | null>(null)
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <DraftEditor
          message={message}
          autosave={autosave}
          textareaRef={body}
          subjectRef={subject}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md" className={classes.panel}>
          <div id="send-it" className={classes.anchor}>
            <Section title="Send it">
              <ReferralAskGate message={message}>
                <WaysOut
                  message={message}
                  saving={autosave.status !== 'saved'}
                  fields={{ body, subject }}
                  onFilled={onFilled}
                />
              </ReferralAskGate>
            </Section>
          </div>
          <Section title="Variables">
            <VariablesHelp />
          </Section>
        </Stack>
      </Grid.Col>
    </Grid>
  )
}
