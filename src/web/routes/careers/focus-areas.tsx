import { Anchor, Group, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'
import type { Career } from '../../../core/careers/schema.ts'
import { paths } from '../../components/records/paths.ts'
import { Section, SectionAddLink } from '../../components/records/section.tsx'
import { CareerStatusBadge } from '../../components/records/status-badges.tsx'

/** The narrower careers under one career. */
export function FocusAreas({
  careerId,
  focusAreas,
}: {
  careerId: string
  focusAreas: readonly Career[]
}) {
  return (
    <Section
      title="Focus areas"
      count={focusAreas.length}
      action={
        <SectionAddLink to={`${paths.careers}/new?parentId=${encodeURIComponent(careerId)}`}>
          Narrow
        </SectionAddLink>
      }
    >
      {focusAreas.length === 0 ? (
        <Text size="sm" c="dimmed">
          None yet. When conversations point you at one corner of this career, add it as a focus
          area.
        </Text>
      ) : (
        <Stack gap="xs">
          {focusAreas.map((area) => (
            <Group key={area.id} justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={paths.career(area.id)} fw={600} size="sm">
                {area.name}
              </Anchor>
              <Group gap="xs" wrap="nowrap">
                <Text size="xs" c="dimmed">
                  {area.coverage.people} spoken with · {area.peopleCount} linked
                </Text>
                <CareerStatusBadge status={area.status} size="sm" />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  )
}
