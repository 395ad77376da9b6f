import { Badge, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconCalendarEvent, IconCompass, IconHelpCircle, IconHourglass } from '@tabler/icons-react'
import type { Conversation } from '../../../core/conversations/schema.ts'
import { LoadError } from '../feedback/load-error.tsx'
import { PageSkeleton } from '../feedback/page-skeleton.tsx'
import { formatLabel } from '../records/conversation-lines.tsx'
import { formatStart, formatTime, relativeDay } from '../records/dates.ts'
import { paths } from '../records/paths.ts'
import { Section } from '../records/section.tsx'
import { AgendaItem } from './agenda-item.tsx'
import { useAgenda } from './use-agenda.ts'

function Meeting({ conversation, when }: { conversation: Conversation; when: string }) {
  return (
    <AgendaItem
      icon={IconCalendarEvent}
      color="violet"
      to={paths.conversation(conversation.id)}
      title={conversation.person}
      detail={[conversation.organization, formatLabel(conversation.format), conversation.place]
        .filter(Boolean)
        .join(' · ')}
      aside={
        <Badge variant="light" color="violet" size="md">
          {when}
        </Badge>
      }
    />
  )
}

function Empty({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  )
}

/** What needs the explorer now, each item linking to the record that clears it. */
export function Agenda() {
  const agenda = useAgenda()
  if (agenda.isPending) return <PageSkeleton rows={3} />
  if (agenda.error) return <LoadError error={agenda.error} />
  const soon = [...agenda.today, ...agenda.tomorrow]
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Section title="Meetings today and tomorrow" count={soon.length}>
        <Stack gap="sm">
          {soon.length === 0 ? <Empty>No meetings today or tomorrow.</Empty> : null}
          {agenda.today.map((c) => (
            <Meeting
              key={c.id}
              conversation={c}
              when={`today ${formatTime(c.scheduledAt ?? '')}`}
            />
          ))}
          {agenda.tomorrow.map((c) => (
            <Meeting
              key={c.id}
              conversation={c}
              when={`tomorrow ${formatTime(c.scheduledAt ?? '')}`}
            />
          ))}
        </Stack>
      </Section>
      <Section title="Waiting for a reply" count={agenda.awaitingReply.length}>
        <Stack gap="sm">
          {agenda.awaitingReply.length === 0 ? (
            <Empty>No requests waiting for an answer.</Empty>
          ) : null}
          {agenda.awaitingReply.map((c) => (
            <AgendaItem
              key={c.id}
              icon={IconHourglass}
              color="blue"
              to={paths.conversation(c.id)}
              title={c.person}
              detail={`${c.organization ? `${c.organization} · ` : ''}asked ${relativeDay(c.statusChangedAt)}`}
            />
          ))}
        </Stack>
      </Section>
      {agenda.overdue.length > 0 ? (
        <Section title="Did these happen?" count={agenda.overdue.length}>
          <Stack gap="sm">
            {agenda.overdue.map((c) => (
              <AgendaItem
                key={c.id}
                icon={IconHelpCircle}
                color="orange"
                to={paths.conversation(c.id)}
                title={c.person}
                detail={`was scheduled ${formatStart(c)} — mark it met, postponed or cancelled`}
              />
            ))}
          </Stack>
        </Section>
      ) : null}
      <Section title="Coming up" count={agenda.later.length}>
        <Stack gap="sm">
          {agenda.later.length === 0 ? <Empty>Nothing scheduled further ahead.</Empty> : null}
          {agenda.later.slice(0, 6).map((c) => (
            <Meeting key={c.id} conversation={c} when={relativeDay(c.scheduledAt ?? '')} />
          ))}
        </Stack>
      </Section>
      <Section title="Careers that need more voices" count={agenda.underCovered.length}>
        <Stack gap="sm">
          {agenda.underCovered.length === 0 ? (
            <Empty>Every career you are exploring has enough people to compare.</Empty>
          ) : null}
          {agenda.underCovered.map((career) => (
            <AgendaItem
              key={career.id}
              icon={IconCompass}
              color="clay"
              to={paths.career(career.id)}
              title={career.name}
              detail={`${career.peopleCount} of ${agenda.minPeople} people — find ${agenda.minPeople - career.peopleCount} more`}
            />
          ))}
        </Stack>
      </Section>
    </SimpleGrid>
  )
}
