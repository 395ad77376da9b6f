import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconBulb } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { ConversationStatus } from '../../../core/conversations/status.ts'
import { useReflection } from '../../api/reflections.ts'
import { paths } from '../records/paths.ts'
import { Section } from '../records/section.tsx'

const reflectable = new Set<ConversationStatus>(['met', 'thanked'])

/**
 * The reflection's place on a conversation's page (`#reflection`): whether
 * it is written, due or done, its fit and first takeaway, and the way in.
 */
export function ReflectionSummary({
  conversationId,
  status,
  startedInPast,
}: {
  conversationId: string
  status: ConversationStatus
  /** A scheduled conversation whose time has come can be reflected on too. */
  startedInPast: boolean
}) {
  const open = reflectable.has(status) || (status === 'scheduled' && startedInPast)
  const reflection = useReflection(conversationId, { enabled: open })
  if (!open) return null
  const r = reflection.data
  const state = !r?.exists ? 'none' : r.completedAt ? 'done' : 'started'
  return (
    <div id="reflection">
      <Section
        title="Reflection"
        action={
          state === 'done' ? (
            <Badge color="teal" variant="light">
              done
            </Badge>
          ) : r?.overdue ? (
            <Badge color="red" variant="light">
              overdue
            </Badge>
          ) : r?.dueBy ? (
            <Badge color="clay" variant="light">
              due today
            </Badge>
          ) : null
        }
      >
        <Stack gap="xs">
          {r && state !== 'none' ? (
            <>
              {r.fitRating !== null ? <Text size="sm">Fit {r.fitRating} of 5</Text> : null}
              {r.takeaways ? (
                <Text size="sm" lineClamp={3}>
                  {r.takeaways}
                </Text>
              ) : null}
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Write it while the conversation is fresh: what you learned, pros and cons, pay heard,
              how well it fits, and what to ask next time.
            </Text>
          )}
          <Group>
            <Button
              component={Link}
              to={paths.reflection(conversationId)}
              size="xs"
              variant={state === 'done' ? 'default' : 'filled'}
              leftSection={<IconBulb size={14} />}
            >
              {state === 'none'
                ? 'Write the reflection'
                : state === 'started'
                  ? 'Finish the reflection'
                  : 'Open the reflection'}
            </Button>
          </Group>
        </Stack>
      </Section>
    </div>
  )
}
