import { Anchor, Box, Group, Paper, SegmentedControl, Stack, Text, useMatches } from '@mantine/core'
import { useState } from 'react'
import { Link } from 'react-router'
import { type Career, type CareerStatus, careerStatuses } from '../../../core/careers/schema.ts'
import { useCareers } from '../../api/careers.ts'
import { CompareCareersLink } from '../../components/board/compare-link.tsx'
import { ListStates } from '../../components/feedback/list-states.tsx'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { coverageAdvice, coverageText } from '../../components/records/coverage-text.ts'
import { paths } from '../../components/records/paths.ts'
import { NewLink } from '../../components/records/section.tsx'
import { CareerStatusBadge } from '../../components/records/status-badges.tsx'
import classes from './careers-page.module.css'

export function CareersPage() {
  const [status, setStatus] = useState<CareerStatus | 'all'>('all')
  const careers = useCareers({ status: status === 'all' ? undefined : status })
  // Five statuses fit a 360 px phone only in the small size, sharing the width.
  const filterSize = useMatches({ base: 'xs', sm: 'sm' })
  return (
    <>
      <PageHeader
        title="Careers"
        description="The careers you are weighing, from broad to specific. Narrow one into focus areas as you learn."
        actions={
          <>
            <CompareCareersLink>Compare</CompareCareersLink>
            <NewLink to={`${paths.careers}/new`}>New career</NewLink>
          </>
        }
      />
      <SegmentedControl
        aria-label="Show careers by status"
        size={filterSize}
        fullWidth={filterSize === 'xs'}
        mb="md"
        value={status}
        onChange={(value) =>
          setStatus(value === 'all' ? 'all' : (careerStatuses.find((s) => s === value) ?? 'all'))
        }
        data={[
          { value: 'all', label: 'All' },
          ...careerStatuses.map((s) => ({ value: s, label: s })),
        ]}
      />
      <ListStates
        query={careers}
        rows={4}
        list="careers"
        noMatch={status === 'all' ? null : `No ${status} careers.`}
      >
        {(data) => (
          <Stack gap="xs">
            {data.items.map((career) => (
              <CareerRow key={career.id} career={career} />
            ))}
          </Stack>
        )}
      </ListStates>
    </>
  )
}

function CareerRow({ career }: { career: Career }) {
  const { coverage } = career
  const advice = career.status === 'dropped' ? null : coverageAdvice(coverage)
  return (
    <Box
      className={career.depth > 0 ? `${classes.indent} ${classes.child}` : undefined}
      style={{ '--depth': career.depth }}
    >
      <Paper p="md" className={classes.row}>
        <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
          <Box style={{ flex: '1 1 260px', minWidth: 0 }}>
            <Group gap="xs">
              <Anchor
                component={Link}
                to={paths.career(career.id)}
                className="cc-stretched-link"
                fw={650}
                fz="lg"
                c={career.status === 'dropped' ? 'dimmed' : 'var(--mantine-color-text)'}
              >
                {career.name}
              </Anchor>
              <CareerStatusBadge status={career.status} />
            </Group>
            {career.hypothesis ? (
              <Text size="sm" c="dimmed" fs="italic" lineClamp={2} mt={2}>
                “{career.hypothesis}”
              </Text>
            ) : null}
          </Box>
          <Group gap="lg" wrap="nowrap" aria-label={`Coverage: ${coverageText(coverage)}`}>
            <Count value={coverage.people} of={coverage.minPeople} label="spoken with" />
            <Count
              value={coverage.organizations}
              of={coverage.minOrganizations}
              label={coverage.minOrganizations === 1 ? 'organization' : 'organizations'}
            />
          </Group>
        </Group>
        <Text size="xs" c="dimmed" mt={6}>
          {career.peopleCount} {career.peopleCount === 1 ? 'person' : 'people'} linked ·{' '}
          {career.conversationCount}{' '}
          {career.conversationCount === 1 ? 'conversation' : 'conversations'}
        </Text>
        {advice ? (
          <Text size="xs" c="clay" mt={2}>
            {advice}
          </Text>
        ) : null}
      </Paper>
    </Box>
  )
}

function Count({ value, of, label }: { value: number; of: number; label: string }) {
  return (
    <Box ta="center" miw={64}>
      <Text fw={700} fz="xl" lh={1.1}>
        {value}
        <Text span fz="sm" fw={500} c="dimmed">
          {' '}
          of {of}
        </Text>
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Box>
  )
}
