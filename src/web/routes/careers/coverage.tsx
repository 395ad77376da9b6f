import { Group, Progress, Stack, Text } from '@mantine/core'
import type { Person } from '../../../core/people/schema.ts'
import type { Settings } from '../../../core/settings/schema.ts'
import { Section } from '../../components/records/section.tsx'

interface CoverageProps {
  people: readonly Person[]
  settings: Settings | undefined
  dropped: boolean
}

/** "Talk to different people in the same career": how far this career is from the target. */
export function Coverage({ people, settings, dropped }: CoverageProps) {
  if (!settings || dropped) return null
  const organizations = new Set(people.map((p) => p.organizationId).filter(Boolean)).size
  const rows = [
    { label: 'People', have: people.length, want: settings.coverageMinPeople },
    {
      label: 'Organizations they come from',
      have: organizations,
      want: settings.coverageMinOrganizations,
    },
  ]
  const covered = rows.every((row) => row.have >= row.want)
  return (
    <Section title="Coverage">
      <Stack gap="sm">
        {rows.map((row) => (
          <div key={row.label}>
            <Group justify="space-between" mb={4}>
              <Text size="sm">{row.label}</Text>
              <Text size="sm" c="dimmed">
                {row.have} of {row.want}
              </Text>
            </Group>
            <Progress
              value={Math.min(100, (row.have / row.want) * 100)}
              color={row.have >= row.want ? 'teal' : 'clay'}
              aria-label={`${row.label}: ${row.have} of ${row.want}`}
            />
          </div>
        ))}
        <Text size="xs" c="dimmed">
          {covered
            ? 'Enough different voices to compare. More never hurts.'
            : 'Hear several people from different places before you trust a picture.'}
        </Text>
      </Stack>
    </Section>
  )
}
