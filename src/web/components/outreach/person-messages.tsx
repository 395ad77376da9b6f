import { Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { Link } from 'react-router'
import { useMessages, usePersonOutreach } from '../../api/messages.ts'
import { Section } from '../records/section.tsx'
import { draftPaths, responsivenessColors } from './kinds.ts'
import { MessageLines } from './message-lines.tsx'
import { ReplyButton } from './reply-button.tsx'

/** How responsive a person is (derived from the messages, never stored). */
export function ResponsivenessBadge({ personId }: { personId: string }) {
  const outreach = usePersonOutreach(personId)
  const kind = outreach.data?.responsiveness
  if (!kind) return null
  return (
    <Badge
      color={responsivenessColors[kind]}
      variant="light"
      size="lg"
      title={outreach.data?.responsivenessLabel ?? undefined}
      data-testid="responsiveness"
    >
      {kind}
    </Badge>
  )
}

/**
 * The messages to a person on their page: where reaching them stands (3B7,
 * responsiveness), the reply button while they are silent, and every message.
 */
export function PersonMessages({ personId, name }: { personId: string; name: string }) {
  const messages = useMessages({ personId })
  const outreach = usePersonOutreach(personId)
  const o = outreach.data
  const awaiting = Boolean(o && o.attempts > 0 && !o.repliedAt)
  return (
    <Section
      title="Messages"
      count={messages.data?.total}
      action={
        <Button
          component={Link}
          to={draftPaths.new({
            kind: o && o.attempts > 0 && !o.repliedAt ? 'follow-up' : 'outreach',
            personId,
          })}
          size="xs"
          variant="light"
          leftSection={<IconPencil size={14} />}
        >
          Write
        </Button>
      }
    >
      <Stack gap="sm">
        {o ? (
          <Group gap="xs" wrap="nowrap" align="flex-start">
            {o.responsiveness ? (
              <Badge
                color={responsivenessColors[o.responsiveness]}
                variant="light"
                style={{ flexShrink: 0 }}
              >
                {o.responsiveness}
              </Badge>
            ) : null}
            <Text size="sm" c="dimmed" data-testid="outreach-advice">
              {o.advice}
            </Text>
          </Group>
        ) : null}
        <Group>
          <ReplyButton target={{ personId }} name={name} size="xs" show={awaiting} />
        </Group>
        <MessageLines messages={messages.data?.items ?? []} empty="Nothing written yet." />
      </Stack>
    </Section>
  )
}
