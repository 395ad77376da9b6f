import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core'
import { IconClockPlay, IconListCheck } from '@tabler/icons-react'
import { Link } from 'react-router'
import type { Meeting } from '../../../core/meetings/schema.ts'
import type { Plan } from '../../../core/plans/schema.ts'
import { questionTopicLabels } from '../../../core/questions/topics.ts'
import { useMeeting } from '../../api/meetings.ts'
import { usePlan } from '../../api/plans.ts'
import { MarkdownView } from '../markdown/markdown-view.tsx'
import { paths } from '../records/paths.ts'
import { Section } from '../records/section.tsx'

/** The buttons of a conversation page that lead to preparing and meeting. */
export function ConversationWorkActions({ conversationId }: { conversationId: string }) {
  const base = paths.conversation(conversationId)
  return (
    <>
      <Button
        component={Link}
        to={`${base}/prepare`}
        variant="default"
        leftSection={<IconListCheck size={16} />}
      >
        Prepare
      </Button>
      <Button
        component={Link}
        to={`${base}/meeting`}
        variant="default"
        leftSection={<IconClockPlay size={16} />}
      >
        Meeting mode
      </Button>
    </>
  )
}

function minutes(seconds: number | null): string {
  return seconds === null ? '' : `${Math.round(seconds / 60)} min`
}

function MeetingFacts({ meeting }: { meeting: Meeting }) {
  if (meeting.state === 'not-started') return null
  const over = meeting.overrunMinutes
  return (
    <Text size="sm" c="dimmed">
      {meeting.state === 'running'
        ? `Running: ${minutes(meeting.elapsedSeconds)} of ${meeting.promisedMinutes}`
        : `Took ${minutes(meeting.elapsedSeconds)} of ${meeting.promisedMinutes} promised${
            over ? (over > 0 ? ` — ${over} min over` : ` — ${-over} min early`) : ''
          }`}
    </Text>
  )
}

function Answers({ plan }: { plan: Plan }) {
  return (
    <Stack gap="sm">
      {plan.items.map((item, index) => (
        <div key={item.id}>
          <Group gap={6} wrap="nowrap" align="baseline">
            <Text fw={600} size="sm">
              {index + 1}. {item.text}
            </Text>
          </Group>
          <Group gap={6} mb={2}>
            <Badge size="xs" color="gray">
              {questionTopicLabels[item.topic]}
            </Badge>
            {item.state !== 'asked' ? (
              <Badge size="xs" color={item.state === 'skipped' ? 'orange' : 'gray'}>
                {item.state === 'skipped' ? 'skipped — carries over' : 'not asked'}
              </Badge>
            ) : null}
          </Group>
          {item.answer.trim() ? <MarkdownView source={item.answer} /> : null}
        </div>
      ))}
    </Stack>
  )
}

/**
 * What a conversation page shows of preparing and meeting: the questions
 * with their answers (`#plan`, where search results for answers land) and
 * the meeting's notes and times (`#meeting`).
 */
export function ConversationWork({ conversationId }: { conversationId: string }) {
  const plan = usePlan(conversationId)
  const meeting = useMeeting(conversationId)
  const base = paths.conversation(conversationId)
  if (!plan.data || !meeting.data) return null
  const m = meeting.data
  return (
    <>
      <div id="plan">
        <Section
          title="Questions"
          count={plan.data.items.length}
          action={
            <Anchor component={Link} to={`${base}/prepare`} size="sm">
              {plan.data.items.length === 0 ? 'Plan questions' : 'Edit the plan'}
            </Anchor>
          }
        >
          {plan.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              No questions planned yet.
            </Text>
          ) : (
            <Answers plan={plan.data} />
          )}
        </Section>
      </div>
      <div id="meeting">
        <Section title="Meeting">
          <Stack gap="xs">
            <MeetingFacts meeting={m} />
            {m.researchNotes.trim() ? (
              <div>
                <Text size="sm" fw={600}>
                  Research
                </Text>
                <MarkdownView source={m.researchNotes} />
              </div>
            ) : null}
            {m.freeNotes.trim() ? (
              <div>
                <Text size="sm" fw={600}>
                  Notes from the meeting
                </Text>
                <MarkdownView source={m.freeNotes} />
              </div>
            ) : null}
            {m.referrals.length > 0 ? (
              <Text size="sm">
                Suggested to talk to:{' '}
                {m.referrals.map((r, index) => (
                  <span key={r.id}>
                    {index > 0 ? ', ' : ''}
                    <Anchor component={Link} to={paths.person(r.id)} size="sm">
                      {r.name}
                    </Anchor>
                  </span>
                ))}
              </Text>
            ) : null}
            {m.state === 'not-started' && !m.researchNotes.trim() && !m.freeNotes.trim() ? (
              <Text size="sm" c="dimmed">
                Not met yet. Prepare, then open meeting mode on your phone when you sit down.
              </Text>
            ) : null}
          </Stack>
        </Section>
      </div>
    </>
  )
}
