import { Anchor, Badge, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconMailHeart, IconNotebook } from '@tabler/icons-react'
import { Link, useNavigate } from 'react-router'
import { wallTimeText } from '../../../core/shared/date-words.ts'
import { useCreateDraft, useMessages } from '../../api/messages.ts'
import { useSettings } from '../../api/settings.ts'
import { draftPaths } from '../outreach/kinds.ts'
import { dateStyle } from '../records/date-style.ts'

interface MeetingSummaryProps {
  startedAt: string | null
  endedAt: string | null
  promisedMinutes: number
  counts: { asked: number; skipped: number; planned: number }
  referrals: number
  backTo: string
  /** The reflection, to write while the conversation is fresh. */
  reflectTo?: string
  /** Whom the thank-you goes to, about which conversation. */
  thank?: { conversationId: string; personId: string; person: string }
}

/**
 * After the meeting: how long it really took against what was promised,
 * what is left, and the two things due the same night side by side — the
 * thank-you and the reflection.
 */
export function MeetingSummary(props: MeetingSummaryProps) {
  const seconds =
    props.startedAt && props.endedAt
      ? Math.max(0, Math.round((Date.parse(props.endedAt) - Date.parse(props.startedAt)) / 1000))
      : 0
  const overrun = Math.round((seconds - props.promisedMinutes * 60) / 60)
  const took = Math.round(seconds / 60)
  const verdict =
    overrun > 0 ? `${overrun} min over` : overrun < 0 ? `${-overrun} min early` : 'right on time'
  const left = props.counts.planned + props.counts.skipped
  return (
    <Paper p="md" aria-label="Meeting ended" data-testid="meeting-summary">
      <Title order={2} fz="md">
        Meeting ended
      </Title>
      <Text>
        {took} minutes ({props.promisedMinutes} promised, {verdict}).
      </Text>
      <Text size="sm" c="dimmed">
        {props.counts.asked} asked
        {left > 0 ? `; ${left} not asked carry over to your next conversation in this career` : ''}
        {props.referrals > 0
          ? `; ${props.referrals} ${props.referrals === 1 ? 'person' : 'people'} to talk to next`
          : ''}
        .
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="sm" mb="xs">
        {props.thank ? <ThankYouCard {...props.thank} /> : null}
        {props.reflectTo ? (
          <Paper withBorder p="sm" radius="md" data-testid="reflection-card">
            <Stack gap={6} h="100%">
              <Text fw={600} size="sm">
                <IconNotebook size={16} style={{ verticalAlign: -3 }} /> Your reflection
              </Text>
              <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                Tonight, while it is fresh: what you learned, the fit, the pay you heard.
              </Text>
              <Button component={Link} to={props.reflectTo} size="sm" variant="light">
                Write your reflection
              </Button>
            </Stack>
          </Paper>
        ) : null}
      </SimpleGrid>
      <Anchor component={Link} to={props.backTo} size="sm">
        Back to the conversation
      </Anchor>
    </Paper>
  )
}

/** The same-night thank-you: written, still a draft, or to start now. */
function ThankYouCard({
  conversationId,
  personId,
  person,
}: {
  conversationId: string
  personId: string
  person: string
}) {
  const messages = useMessages({ conversationId })
  const settings = useSettings()
  const create = useCreateDraft()
  const navigate = useNavigate()
  const thanks = (messages.data?.items ?? []).filter((m) => m.kind === 'thank-you')
  const sent = thanks.find((m) => m.status !== 'draft')
  const draft = thanks.find((m) => m.status === 'draft')
  const deadline = settings.data?.settings.thankYouDeadline
  // "21:00", or "9:00 PM" on the explorer's 12-hour clock.
  const by = deadline ? wallTimeText(deadline, dateStyle()) : null
  return (
    <Paper withBorder p="sm" radius="md" data-testid="thank-you-card">
      <Stack gap={6} h="100%">
        <Text fw={600} size="sm">
          <IconMailHeart size={16} style={{ verticalAlign: -3 }} /> Thank {person}
        </Text>
        <Text size="sm" c="dimmed" style={{ flex: 1 }}>
          The same night{by ? `, by ${by}` : ''}: one thing that stuck with you, and what you will
          do with it.
        </Text>
        {sent ? (
          <Badge color="teal" variant="light" size="lg">
            thank-you sent
          </Badge>
        ) : draft ? (
          <Button component={Link} to={draftPaths.draft(draft.id)} size="sm">
            Finish the thank-you
          </Button>
        ) : (
          <Button
            size="sm"
            loading={create.isPending}
            onClick={() =>
              create
                .mutateAsync({ kind: 'thank-you', personId, conversationId })
                .then((written) => navigate(draftPaths.draft(written.id)))
                .catch(() => undefined)
            }
          >
            Write the thank-you
          </Button>
        )}
        {create.error ? (
          <Text size="xs" c="red">
            {create.error.message}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  )
}
