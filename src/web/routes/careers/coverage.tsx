import { Group, Progress, Stack, Text } from '@mantine/core'
import type { Coverage as CareerCoverage } from '../../../core/careers/schema.ts'
import { Section } from '../../components/records/section.tsx'

interface CoverageProps {
  coverage: CareerCoverage
  dropped: boolean
}

/**
 * "Talk to different people in the same career": how far this career (with
 * its focus areas) is from the target, counting the people spoken with — the
 * same numbers as the Careers list, the board, Compare and Today.
 */
export function Coverage({ coverage, dropped }: CoverageProps) {
  if (dropped) return null
  const rows = [
    { label: 'People spoken with', have: coverage.people, want: coverage.minPeople },
    {
      label: 'Organizations they come from',
      have: coverage.organizations,
      want: coverage.minOrganizations,
    },
  ]
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
              value={Math.min(100, (row.have / Math.max(1, row.want)) * 100)}
              color={row.have >= row.want ? 'teal' : 'clay'}
              aria-label={`${row.label}: ${row.have} of ${row.want}`}
            />
          </div>
        ))}
        <Text size="xs" c="dimmed">
          {coverage.covered
            ? 'Enough different voices to compare. More never hurts.'
            : 'Hear several people from different places before you trust a picture. Only conversations that took place count.'}
        </Text>
      </Stack>
    </Section>
  )
}
