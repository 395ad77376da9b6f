import { Anchor, Grid, Group, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { useConversation, useDeleteConversation } from '../../api/conversations.ts'
import { AddToCalendarButton } from '../../components/calendar/add-to-calendar-button.tsx'
import { ConfirmDelete } from '../../components/feedback/confirm-delete.tsx'
import { isLoaded, RecordWait } from '../../components/feedback/record-wait.tsx'
import { useDeleteThenOpen } from '../../components/forms/save-then-open.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { safeHref } from '../../components/links/safe-href.ts'
import { MarkdownView } from '../../components/markdown/markdown-view.tsx'
import { ConversationMessages } from '../../components/outreach/conversation-messages.tsx'
import {
  ConversationWork,
  ConversationWorkActions,
} from '../../components/plan/conversation-work.tsx'
import { CareerBadges } from '../../components/records/career-badges.tsx'
import { formatLabel } from '../../components/records/conversation-lines.tsx'
import { dateStyle } from '../../components/records/date-style.ts'
import { formatStart, relativeDay } from '../../components/records/dates.ts'
import { paths } from '../../components/records/paths.ts'
import { EditLink, Section } from '../../components/records/section.tsx'
import { ConversationStatusBadge } from '../../components/records/status-badges.tsx'
import { ReflectionSummary } from '../../components/reflection/reflection-summary.tsx'
import { StatusMoves } from './status-moves.tsx'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Text size="sm" c="dimmed" w={96} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  )
}

export function ConversationPage() {
  const { id = '' } = useParams()
  const conversation = useConversation(id)
  const deletion = useDeleteThenOpen(useDeleteConversation(), id, paths.conversations)
  if (!isLoaded(conversation)) return <RecordWait query={conversation} kind="conversation" />
  const c = conversation.data
  // Once the meeting ran, "when" is when it happened; the plan stays visible beside it.
  const start = formatStart(c)
  // Beside a start in another zone, the same moment in yours (the setting, not the browser's).
  const yourZone = dateStyle().timeZone
  const localStart =
    c.meetingAt && c.timeZone && c.timeZone !== yourZone
      ? formatStart({ scheduledAt: c.meetingAt, timeZone: yourZone })
      : null
  const planned =
    c.startedAt && c.scheduledAt
      ? formatStart({ scheduledAt: c.scheduledAt, timeZone: c.timeZone })
      : null
  const placeHref = /^https?:\/\//i.test(c.place) ? safeHref(c.place) : null
  return (
    <>
      <PageHeader
        title={
          <>
            Conversation with{' '}
            <Anchor component={Link} to={paths.person(c.personId)} inherit>
              {c.person}
            </Anchor>
          </>
        }
        documentTitle={`Conversation with ${c.person}`}
        description={c.organization ?? undefined}
        extra={<ConversationStatusBadge status={c.status} size="lg" />}
        crumbs={[{ label: 'Conversations', to: paths.conversations }]}
        actions={
          <>
            <ConversationWorkActions conversationId={id} />
            <AddToCalendarButton conversation={c} />
            <EditLink to={`${paths.conversations}/${encodeURIComponent(id)}/edit`} />
            <ConfirmDelete
              name={`the conversation with ${c.person}`}
              consequence={`Its notes go with it. ${c.person} stays in your people.`}
              {...deletion}
            />
          </>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Section title="Next step">
              <StatusMoves conversation={c} />
            </Section>
            <ConversationMessages conversation={c} />
            <Section title="Notes">
              <MarkdownView source={c.notes} />
            </Section>
            <ReflectionSummary
              conversationId={id}
              status={c.status}
              startedInPast={Boolean(c.meetingAt && Date.parse(c.meetingAt) <= Date.now())}
            />
            <ConversationWork conversationId={id} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Section title="Details">
            <Stack gap={8}>
              <Fact label={c.startedAt ? 'Held' : 'When'}>
                {start ? (
                  <>
                    {start}
                    {c.meetingAt ? (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        · {relativeDay(c.meetingAt)}
                      </Text>
                    ) : null}
                    {planned && planned !== start ? (
                      <Text size="xs" c="dimmed">
                        planned for {planned}
                      </Text>
                    ) : null}
                    {localStart ? (
                      <Text size="xs" c="dimmed">
                        {localStart} your time
                      </Text>
                    ) : null}
                  </>
                ) : (
                  <Text span c="dimmed" size="sm">
                    not set
                  </Text>
                )}
              </Fact>
              <Fact label="Length">{c.durationMinutes} minutes promised</Fact>
              <Fact label="Format">
                {formatLabel(c.format) ?? (
                  <Text span c="dimmed" size="sm">
                    not decided
                  </Text>
                )}
              </Fact>
              <Fact label="Place">
                {c.place ? (
                  placeHref ? (
                    <Anchor href={placeHref} target="_blank" rel="noopener noreferrer" size="sm">
                      {c.place}
                    </Anchor>
                  ) : (
                    c.place
                  )
                ) : (
                  <Text span c="dimmed" size="sm">
                    not set
                  </Text>
                )}
              </Fact>
              <Fact label="Careers">
                {c.careerIds.length === 0 ? (
                  <Text span c="dimmed" size="sm">
                    none
                  </Text>
                ) : (
                  <CareerBadges ids={c.careerIds} names={c.careers} />
                )}
              </Fact>
            </Stack>
          </Section>
        </Grid.Col>
      </Grid>
    </>
  )
}
