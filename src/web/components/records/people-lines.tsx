import { Anchor, Avatar, Group, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { Person } from '../../../core/people/schema.ts'
import { Lines } from './lines.tsx'
import { paths } from './paths.ts'
import { Section, SectionAddLink } from './section.tsx'

export function initials(name: string): string {
  const words = name.trim().split(/\s+/)
  return `${words[0]?.[0] ?? ''}${words.length > 1 ? (words.at(-1)?.[0] ?? '') : ''}`.toUpperCase()
}

/** People as short lines: name, role and organization. */
export function PeopleLines({ people, empty }: { people: readonly Person[]; empty: string }) {
  return (
    <Lines items={people} empty={empty}>
      {(person) => (
        <Group key={person.id} gap="sm" wrap="nowrap">
          <Avatar radius="xl" size={34} color="initials" name={person.name} aria-hidden>
            {initials(person.name)}
          </Avatar>
          <div style={{ minWidth: 0 }}>
            <Anchor component={Link} to={paths.person(person.id)} fw={600} size="sm">
              {person.name}
            </Anchor>
            <Text size="xs" c="dimmed" truncate>
              {[person.title, person.organization].filter(Boolean).join(' · ') ||
                'No role noted yet'}
            </Text>
          </div>
        </Group>
      )}
    </Lines>
  )
}

/**
 * A record's section of the people linked to it, with an Add that starts a
 * new person linked the same way (`{ careerId: id }` fills in the form).
 */
export function PeopleSection({
  title,
  people,
  linkedBy,
  empty,
}: {
  title: string
  people: { items: readonly Person[]; total: number } | undefined
  linkedBy: Record<string, string>
  empty: string
}) {
  return (
    <Section
      title={title}
      count={people?.total}
      action={
        <SectionAddLink to={`${paths.people}/new?${new URLSearchParams(linkedBy)}`}>
          Add
        </SectionAddLink>
      }
    >
      <PeopleLines people={people?.items ?? []} empty={empty} />
    </Section>
  )
}
