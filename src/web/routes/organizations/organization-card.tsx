import { Badge, Box, Group, Paper, Text } from '@mantine/core'
import type { Organization } from '../../../core/organizations/schema.ts'
import { useUpdateOrganization } from '../../api/organizations.ts'
import { LampControls } from '../../components/records/lamp-controls.tsx'
import { RecordLink } from '../../components/records/list-table.tsx'
import { paths } from '../../components/records/paths.ts'

/** One organization in the list, with its LAMP values editable in place. */
export function OrganizationCard({
  organization,
  rank,
}: {
  organization: Organization
  rank?: number | undefined
}) {
  const update = useUpdateOrganization()
  return (
    <Paper p="md">
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Group gap="sm" align="flex-start" wrap="nowrap" style={{ flex: '1 1 240px', minWidth: 0 }}>
          {rank !== undefined ? (
            <Text fw={700} c="dimmed" w={28} ta="right" aria-label={`rank ${rank}`}>
              {rank}
            </Text>
          ) : null}
          <Box style={{ minWidth: 0 }}>
            <RecordLink to={paths.organization(organization.id)} fw={650} fz="lg">
              {organization.name}
            </RecordLink>
            <Text size="sm" c="dimmed">
              {[
                organization.industry,
                `${organization.peopleCount} ${organization.peopleCount === 1 ? 'person' : 'people'}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {organization.careers.length > 0 ? (
              <Group gap={4} mt={6}>
                {organization.careers.map((career) => (
                  <Badge key={career.id} color="gray" variant="light" size="sm">
                    {career.name}
                  </Badge>
                ))}
              </Group>
            ) : null}
          </Box>
        </Group>
        <LampControls
          value={organization}
          disabled={update.isPending}
          onChange={(patch) => update.mutate({ id: organization.id, patch })}
        />
      </Group>
    </Paper>
  )
}
