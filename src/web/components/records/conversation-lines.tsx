import { Anchor, Group, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { Conversation } from '../../../core/conversations/schema.ts'
import { formatStart } from './dates.ts'
import { Lines } from './lines.tsx'
import { paths } from './paths.ts'
import { ConversationStatusBadge } from './status-badges.tsx'

const formatLabels = { in_person: 'in person', video: 'video', phone: 'phone' } as const

export function formatLabel(format: Conversation['format']): string | null {
  return format ? formatLabels[format] : null
}

/** Conversations as short lines: who, when, status. */
export function ConversationLines({
  conversations,
  empty,
  showPerson = true,
}: {
  conversations: readonly Conversation[]
  empty: string
  showPerson?: boolean
}) {
  return (
    <Lines items={conversations} empty={empty}>
      {(conversation) => {
        const start = formatStart(conversation)
        const details = [
          showPerson ? start : null,
          formatLabel(conversation.format),
          showPerson ? null : conversation.careers.join(', '),
        ]
          .filter(Boolean)
          .join(' · ')
        return (
          <Group
            key={conversation.id}
            justify="space-between"
            wrap="nowrap"
            gap="sm"
            align="flex-start"
          >
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={paths.conversation(conversation.id)} fw={600} size="sm">
                {showPerson ? conversation.person : (start ?? 'No date yet')}
              </Anchor>
              {showPerson && conversation.organization ? (
                <Text span size="sm" c="dimmed">
                  {' '}
                  · {conversation.organization}
                </Text>
              ) : null}
              {details ? (
                <Text size="xs" c="dimmed">
                  {details}
                </Text>
              ) : null}
            </div>
            <ConversationStatusBadge status={conversation.status} />
          </Group>
        )
      }}
    </Lines>
  )
}
