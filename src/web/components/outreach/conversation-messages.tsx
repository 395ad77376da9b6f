import { Button, Group, Stack, Text } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { Conversation } from '../../../core/conversations/schema.ts'
import type { MessageKind } from '../../../core/outreach/schema.ts'
import { dateOf, dayText } from '../../../core/shared/date-words.ts'
import { useMessages } from '../../api/messages.ts'
import { useSettings } from '../../api/settings.ts'
import { dateStyle } from '../records/date-style.ts'
import { Section } from '../records/section.tsx'
import { draftPaths, messageKindLabels } from './kinds.ts'
import { MessageLines } from './message-lines.tsx'
import { progressUpdateDay } from './progress-update-due.ts'

/** The message a conversation's status calls for next. */
function nextKind(status: Conversation['status']): MessageKind | null {
  switch (status) {
    case 'identified':
      return 'outreach'
    case 'requested':
    case 'no_response':
      return 'follow-up'
    case 'scheduled':
      return 'confirmation'
    case 'met':
      return 'thank-you'
    case 'thanked':
      return 'progress-update'
    default:
      return null
  }
}

/** The messages about a conversation, and a draft of the one its status calls for. */
export function ConversationMessages({ conversation }: { conversation: Conversation }) {
  const messages = useMessages({ conversationId: conversation.id })
  const settings = useSettings().data?.settings
  const style = dateStyle()
  const today = dateOf(new Date(), style.timeZone)
  const updateDay =
    settings && nextKind(conversation.status) === 'progress-update'
      ? progressUpdateDay(conversation, settings.progressUpdateAfterDays, style.timeZone)
      : null
  // The progress update is offered once it is due; before that, the page says when it will be.
  const notYet = updateDay !== null && today < updateDay
  const kind = notYet ? null : nextKind(conversation.status)
  return (
    <Section title="Messages" count={messages.data?.total}>
      <Stack gap="sm">
        <MessageLines messages={messages.data?.items ?? []} empty="No messages about it yet." />
        <Group gap="xs">
          {kind ? (
            <Button
              component={Link}
              to={draftPaths.new({
                kind,
                personId: conversation.personId,
                conversationId: conversation.id,
              })}
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} />}
            >
              Write the {messageKindLabels[kind].toLowerCase()}
            </Button>
          ) : null}
          {notYet && updateDay ? (
            <Text size="sm" c="dimmed">
              The progress update is due on {dayText(updateDay, style, today, 'long')}.
            </Text>
          ) : null}
          <Button
            component={Link}
            to={draftPaths.new({
              personId: conversation.personId,
              conversationId: conversation.id,
            })}
            size="xs"
            variant="subtle"
          >
            Another message
          </Button>
        </Group>
      </Stack>
    </Section>
  )
}
