import '@mantine/charts/styles.css'
import { LineChart } from '@mantine/charts'
import { Text } from '@mantine/core'
import type { FitTrend } from '../../../core/insights/schema.ts'
import { formatDay } from '../records/dates.ts'

const shortDate = (iso: string | null) => (iso ? formatDay(iso) : '—')

/** The fit ratings across conversations, by meeting date, with their mean. */
export function FitChart({ fit }: { fit: FitTrend }) {
  if (fit.points.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        Rate the fit in each reflection ("how much would I enjoy this day to day?") to see the
        trend.
      </Text>
    )
  }
  const data = fit.points.map((p) => ({
    label: `${shortDate(p.date)} · ${p.person.split(' ')[0]}`,
    fit: p.rating,
  }))
  return (
    <div>
      <LineChart
        h={200}
        data={data}
        dataKey="label"
        series={[{ name: 'fit', label: 'Fit', color: 'clay.6' }]}
        yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], width: 24 }}
        referenceLines={
          fit.mean === null
            ? []
            : [{ y: fit.mean, label: `mean ${fit.mean.toFixed(1)}`, color: 'gray.5' }]
        }
        curveType="linear"
        withDots
        role="img"
        aria-label="Fit rating by conversation"
      />
      <Text size="xs" c="dimmed" mt={4}>
        {fit.points.map((p) => `${p.person} ${p.rating}`).join(' → ')}
      </Text>
    </div>
  )
}
