import { Anchor, Badge, Group, Stack, Switch, Text } from '@mantine/core'
import { useState } from 'react'
import { Link } from 'react-router'
import type { CareerComparison } from '../../core/insights/schema.ts'
import { useCareersComparison } from '../api/insights.ts'
import classes from '../components/board/comparison-grid.module.css'
import { rangeText } from '../components/board/pay-range.ts'
import { TrainingLines } from '../components/board/training-lines.tsx'
import { TrendWord } from '../components/board/trend-word.tsx'
import { LoadError } from '../components/feedback/load-error.tsx'
import { PageSkeleton } from '../components/feedback/page-skeleton.tsx'
import { PageHeader } from '../components/layout/page-header.tsx'
import { WideScroll } from '../components/layout/wide-scroll.tsx'
import { coverageText } from '../components/records/coverage-text.ts'
import { paths } from '../components/records/paths.ts'
import { CareerStatusBadge } from '../components/records/status-badges.tsx'

type Row = { label: string; cell: (c: CareerComparison) => React.ReactNode }

const list = (items: Array<{ text: string; count: number }>) =>
  items.length === 0 ? (
    <Text span c="dimmed" size="sm">
      —
    </Text>
  ) : (
    <Stack gap={2}>
      {items.map((i) => (
        <Text key={i.text} size="sm">
          {i.text}{' '}
          <Text span c="dimmed" size="xs">
            ×{i.count}
          </Text>
        </Text>
      ))}
    </Stack>
  )

const rows: Row[] = [
  {
    label: 'Conversations held',
    cell: (c) => `${c.conversations}${c.upcoming ? ` (+${c.upcoming} planned)` : ''}`,
  },
  { label: 'People spoken with', cell: (c) => c.people },
  { label: 'Their organizations', cell: (c) => c.organizations },
  {
    label: 'Coverage',
    cell: (c) =>
      c.coverage.covered ? (
        <Badge color="teal" variant="light">
          covered
        </Badge>
      ) : (
        <Stack gap={2} align="flex-start">
          <Badge color="clay" variant="light">
            below target
          </Badge>
          <Text size="xs" c="dimmed">
            {coverageText(c.coverage)}
          </Text>
        </Stack>
      ),
  },
  { label: 'Mean fit and trend', cell: (c) => <TrendWord fit={c.fit} /> },
  {
    label: 'Pay a year',
    cell: (c) =>
      c.pay.length === 0 ? (
        <Text span c="dimmed" size="sm">
          none heard
        </Text>
      ) : (
        <Stack gap={2}>
          {c.pay.map((p) => (
            <Text key={p.currency} size="sm">
              {rangeText(p.yearlyLow, p.yearlyHigh, p.currency)}{' '}
              <Text span c="dimmed" size="xs">
                ({p.entries} heard)
              </Text>
            </Text>
          ))}
        </Stack>
      ),
  },
  { label: 'Top pros', cell: (c) => list(c.pros) },
  { label: 'Top cons', cell: (c) => list(c.cons) },
  {
    label: 'Training needed',
    cell: (c) =>
      c.training.length === 0 ? (
        <Text span c="dimmed" size="sm">
          —
        </Text>
      ) : (
        <TrainingLines training={c.training} gap={4} />
      ),
  },
  {
    label: 'Not heard about yet',
    cell: (c) =>
      c.gaps.length === 0 ? (
        <Text span c="dimmed" size="sm">
          —
        </Text>
      ) : (
        <Text size="sm">{c.gaps.map((g) => g.label.toLowerCase()).join(', ')}</Text>
      ),
  },
]

/** Careers side by side: the evidence for the decision. */
export function CareersComparePage() {
  const comparison = useCareersComparison()
  const [showDropped, setShowDropped] = useState(true)
  if (comparison.isPending) return <PageSkeleton rows={4} />
  if (comparison.isError)
    return <LoadError error={comparison.error} onRetry={() => comparison.refetch()} />
  const careers = comparison.data.careers.filter((c) => showDropped || !c.career.dropped)
  return (
    <>
      <PageHeader
        title="Careers side by side"
        description="Every figure is the one on the career's board, and what coffeechat careers compare prints."
        crumbs={[{ label: 'Careers', to: paths.careers }]}
        actions={
          <Switch
            label="Show dropped careers"
            checked={showDropped}
            onChange={(e) => setShowDropped(e.currentTarget.checked)}
          />
        }
      />
      {careers.length === 0 ? (
        <Text c="dimmed">No careers to compare yet.</Text>
      ) : (
        <WideScroll className={classes.scroller} label="Careers side by side">
          <table className={classes.table}>
            <thead className={classes.head}>
              <tr>
                <th className={classes.sticky} scope="col">
                  Career
                </th>
                {careers.map((c) => (
                  <th key={c.career.id} scope="col" style={{ opacity: c.career.dropped ? 0.7 : 1 }}>
                    <Stack gap={4}>
                      <Anchor component={Link} to={paths.careerBoard(c.career.id)} fw={650}>
                        {c.career.path.length ? `${c.career.path.join(' › ')} › ` : ''}
                        {c.career.name}
                      </Anchor>
                      <Group gap={4}>
                        <CareerStatusBadge status={c.career.status} size="sm" />
                      </Group>
                    </Stack>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <th className={classes.sticky} scope="row">
                    <Text size="sm" fw={600}>
                      {row.label}
                    </Text>
                  </th>
                  {careers.map((c) => (
                    <td key={c.career.id} style={{ opacity: c.career.dropped ? 0.7 : 1 }}>
                      {row.cell(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </WideScroll>
      )}
    </>
  )
}
