import { Anchor, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { Person } from '../../../core/people/schema.ts'
import { CareerBadges } from '../../components/records/career-badges.tsx'
import { formatDate } from '../../components/records/dates.ts'
import { paths } from '../../components/records/paths.ts'
import { Section } from '../../components/records/section.tsx'
import { connectionLabels } from './connection-labels.ts'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  )
}

/** How you know a person and what they can speak to. */
export function AboutPerson({ person }: { person: Person }) {
  return (
    <Section title="About">
      <Stack gap="sm">
        <Fact label="Careers they can speak to">
          {person.careers.length === 0 ? (
            <Text size="sm" c="dimmed">
              None noted
            </Text>
          ) : (
            <CareerBadges ids={person.careerIds} names={person.careers} mt={2} />
          )}
        </Fact>
        <Fact label="Connection">
          {connectionLabels[person.connection]}
          {person.connectionNote ? ` — ${person.connectionNote}` : ''}
        </Fact>
        {person.referredBy && person.referredById ? (
          <Fact label="Referred by">
            <Anchor component={Link} to={paths.person(person.referredById)} size="sm">
              {person.referredBy}
            </Anchor>
          </Fact>
        ) : null}
        {person.source ? <Fact label="Source">{person.source}</Fact> : null}
        <Fact label="Added">{formatDate(person.createdAt)}</Fact>
      </Stack>
    </Section>
  )
}
