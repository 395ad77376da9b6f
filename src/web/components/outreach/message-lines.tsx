import { Anchor, Badge, Group, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { Message } from '../../../core/outreach/schema.ts'
import { Lines } from '../records/lines.tsx'
import { draftPaths, formatWhen, messageKindLabels, messageStatusColors } from './kinds.ts'

/** Messages as short lines: kind, subject, when, status, and a draft's problem count. */
export function MessageLines({
  messages,
  empty,
  showPerson = false,
}: {
  messages: readonly Message[]
  empty: string
  showPerson?: boolean
}) {
  return (
    <Lines items={messages} empty={empty}>
      {(m) => {
        const problems = m.lint.body.problems.length + m.lint.subject.problems.length
        return (
          <Group key={m.id} justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={draftPaths.draft(m.id)} fw={600} size="sm">
                {showPerson
                  ? `${messageKindLabels[m.kind]} to ${m.person}`
                  : messageKindLabels[m.kind]}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {m.subject}
                {' · '}
                {m.sentAt ? `sent ${formatWhen(m.sentAt)}` : `written ${formatWhen(m.updatedAt)}`}
                {m.repliedAt ? ` · replied ${formatWhen(m.repliedAt)}` : ''}
              </Text>
            </div>
            <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
              {m.status === 'draft' && problems > 0 ? (
                <Badge size="sm" color="yellow" variant="light">
                  {problems} to fix
                </Badge>
              ) : null}
              <Badge size="sm" color={messageStatusColors[m.status]} variant="light">
                {m.status}
              </Badge>
            </Group>
          </Group>
        )
      }}
    </Lines>
  )
}
