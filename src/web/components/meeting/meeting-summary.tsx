import { Anchor, Button, Paper, Text, Title } from '@mantine/core'
import { Link } from 'react-router'

interface MeetingSummaryProps {
  startedAt: string | null
  endedAt: string | null
  promisedMinutes: number
  counts: { asked: number; skipped: number; planned: number }
  referrals: number
  backTo: string
  /** The reflection, to write while the conversation is fresh. */
  reflectTo?: string
}

/** After the meeting: how long it really took against what was promised, and what is left. */
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
      {props.reflectTo ? (
        <Button
          component={Link}
          to={props.reflectTo}
          size="sm"
          mt="sm"
          mb="xs"
          display="flex"
          w="fit-content"
        >
          Write your reflection
        </Button>
      ) : null}
      <Anchor component={Link} to={props.backTo} size="sm">
        Back to the conversation
      </Anchor>
    </Paper>
  )
}
