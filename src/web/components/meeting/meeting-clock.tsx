import { ActionIcon, Group, Text, Title } from '@mantine/core'
import { IconArrowLeft } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { clockText, meetingClock } from '../../../core/meetings/countdown.ts'
import classes from './meeting.module.css'
import type { SaveStatus } from './save-queue.ts'
import { SaveStatusBadge } from './save-status.tsx'

interface MeetingClockProps {
  person: string
  backTo: string
  startedAt: string | null
  endedAt: string | null
  promisedMinutes: number
  warnMinutesBefore: number
  extraMinutes: number
  status: SaveStatus
  pending: number
}

/** Ticks once a second while the meeting runs. */
function useNow(running: boolean): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    if (!running) return
    const timer = setInterval(() => setNow(new Date()), 1000)
    return () => clearInterval(timer)
  }, [running])
  return now
}

/**
 * The sticky top of meeting mode: the countdown from the promised length, a
 * quiet colour change a few minutes before the end, the polite line at
 * zero, then the overrun; and whether everything typed is saved.
 */
export function MeetingClock(props: MeetingClockProps) {
  const running = Boolean(props.startedAt && !props.endedAt)
  const now = useNow(running)
  const clock = meetingClock(props, now)
  const big =
    clock.phase === 'overrun' || clock.phase === 'time-up'
      ? `+${clockText(clock.overSeconds)}`
      : clock.phase === 'ended'
        ? clockText(clock.elapsedSeconds)
        : clockText(clock.remainingSeconds)
  const caption = {
    'not-started': `${props.promisedMinutes} minutes promised`,
    running: `left of ${props.promisedMinutes} minutes`,
    warning: `left of ${props.promisedMinutes} minutes`,
    'time-up': 'over the promised time',
    overrun: 'over the promised time',
    ended: `in all (${props.promisedMinutes} promised)`,
  }[clock.phase]
  return (
    <section className={classes.clock} data-phase={clock.phase} aria-label="Meeting clock">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
          <ActionIcon
            component={Link}
            to={props.backTo}
            variant="subtle"
            color="gray"
            size="lg"
            ml={-8}
            aria-label="Back to the conversation"
          >
            <IconArrowLeft size={18} />
          </ActionIcon>
          {/* The page's heading: whose meeting this is. */}
          <Title order={1} fz="sm" fw={600} c="dimmed" lineClamp={1}>
            Meeting with {props.person}
          </Title>
        </Group>
        <SaveStatusBadge status={props.status} pending={props.pending} />
      </Group>
      <Group gap="xs" align="baseline" mt={2}>
        <Text className={classes.time} data-testid="meeting-time">
          {big}
        </Text>
        <Text size="sm" c="dimmed">
          {caption}
        </Text>
      </Group>
      {clock.line ? (
        <Text className={classes.line} role="status" aria-live="polite" data-testid="meeting-line">
          {clock.line}
        </Text>
      ) : null}
    </section>
  )
}
