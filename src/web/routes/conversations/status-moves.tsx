import { Button, Group, Text } from '@mantine/core'
import { useNavigate } from 'react-router'
import type { Conversation } from '../../../core/conversations/schema.ts'
import { type ConversationStatus, statusLabel } from '../../../core/conversations/status.ts'
import { useUpdateConversation } from '../../api/conversations.ts'
import { paths } from '../../components/records/paths.ts'
import { conversationStatusColors } from '../../components/records/status-badges.tsx'

const moveLabels: Record<ConversationStatus, string> = {
  identified: 'Reopen',
  requested: 'I asked them',
  scheduled: 'We set a time',
  met: 'We met',
  thanked: 'I thanked them',
  declined: 'They declined',
  no_response: 'No answer',
  postponed: 'Postpone',
  cancelled: 'Cancel it',
}

/** The next steps a conversation's status can take — only the allowed ones. */
export function StatusMoves({ conversation }: { conversation: Conversation }) {
  const update = useUpdateConversation()
  const navigate = useNavigate()
  if (conversation.allowedStatuses.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Complete: you met and thanked them.
      </Text>
    )
  }
  const move = (status: ConversationStatus) => {
    // A scheduled conversation needs its day and time: ask for them first.
    if (status === 'scheduled' && !conversation.scheduledAt) {
      navigate(`${paths.conversation(conversation.id)}/edit?status=scheduled`)
      return
    }
    update.mutate({ id: conversation.id, patch: { status } })
  }
  return (
    <Group gap="xs" role="group" aria-label="Change the status">
      {conversation.allowedStatuses.map((status) => (
        <Button
          key={status}
          size="xs"
          variant="light"
          color={conversationStatusColors[status]}
          loading={update.isPending && update.variables?.patch.status === status}
          disabled={update.isPending}
          onClick={() => move(status)}
          title={`Mark as ${statusLabel(status)}`}
        >
          {moveLabels[status]}
        </Button>
      ))}
    </Group>
  )
}
