import { Group, Text } from '@mantine/core'
import { IconMinus, IconTrendingDown, IconTrendingUp } from '@tabler/icons-react'
import type { FitTrend } from '../../../core/insights/schema.ts'

// Kept apart from fit-chart.tsx: pages that only say the trend in words (the
// comparison) must not load the chart library.
/** The mean fit and which way it goes, in words. */
export function TrendWord({ fit }: { fit: Pick<FitTrend, 'direction' | 'mean' | 'count'> }) {
  if (fit.mean === null)
    return (
      <Text span c="dimmed">
        no ratings yet
      </Text>
    )
  const Icon =
    fit.direction === 'rising'
      ? IconTrendingUp
      : fit.direction === 'falling'
        ? IconTrendingDown
        : IconMinus
  const color = fit.direction === 'rising' ? 'teal' : fit.direction === 'falling' ? 'red' : 'dimmed'
  return (
    <Group gap={4} wrap="nowrap" component="span" style={{ display: 'inline-flex' }}>
      <Text span fw={650}>
        {fit.mean.toFixed(1)}
      </Text>
      {fit.direction ? (
        <Text span c={color} size="sm">
          <Icon size={14} style={{ verticalAlign: -2 }} aria-hidden /> {fit.direction}
        </Text>
      ) : (
        <Text span c="dimmed" size="sm">
          (one rating)
        </Text>
      )}
    </Group>
  )
}
