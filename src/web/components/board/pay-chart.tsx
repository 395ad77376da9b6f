import '@mantine/charts/styles.css'
import { BarChart } from '@mantine/charts'
import { SimpleGrid, Stack, Table, Text } from '@mantine/core'
import type { CareerBoard } from '../../../core/insights/schema.ts'
import { WideScroll } from '../layout/wide-scroll.tsx'
import { money, rangeText } from './pay-range.ts'

/**
 * The pay ledger as a range chart: one bar from low to high per line, on a
 * yearly scale (per currency), with the figure as heard beside it. Day and
 * hour rates are listed but kept off the yearly scale.
 */
export function PayChart({ pay }: { pay: CareerBoard['pay'] }) {
  if (pay.entries.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        No pay heard yet. Add what people tell you in each reflection; figures per month or week are
        put on a yearly scale.
      </Text>
    )
  }
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
      <Stack gap="md">
        {pay.ranges.map((range) => {
          const entries = pay.entries.filter(
            (e) => e.currency === range.currency && (e.yearlyLow ?? e.yearlyHigh) !== null,
          )
          if (entries.length === 0) return null
          const top = Math.max(...entries.map((e) => e.yearlyHigh ?? e.yearlyLow ?? 0))
          const bottom = Math.min(...entries.map((e) => e.yearlyLow ?? e.yearlyHigh ?? 0))
          // Start the scale near the lowest figure, so the ranges are wide enough to compare.
          const step = 10 ** Math.max(3, Math.floor(Math.log10(Math.max(1, top))) - 1)
          const from = Math.max(0, Math.floor((bottom * 0.85) / step) * step)
          // A bar needs a width: open-ended lines get a sliver at their one figure.
          const sliver = top * 0.01
          const data = entries.map((e) => {
            const low = e.yearlyLow ?? e.yearlyHigh ?? 0
            const high = e.yearlyHigh ?? e.yearlyLow ?? 0
            return {
              who: `${e.person.split(' ')[0]}${e.level ? ` · ${e.level}` : ''}`,
              base: low,
              range: Math.max(high - low, sliver),
            }
          })
          return (
            <div key={range.currency}>
              <Text size="sm" fw={600} mb={4}>
                {range.currency} a year:{' '}
                {rangeText(range.yearlyLow, range.yearlyHigh, range.currency)}
              </Text>
              <BarChart
                h={Math.max(120, data.length * 34 + 40)}
                data={data}
                dataKey="who"
                type="stacked"
                orientation="vertical"
                withTooltip={false}
                series={[
                  { name: 'base', color: 'transparent' },
                  { name: 'range', color: 'teal.6', label: 'Low to high' },
                ]}
                yAxisProps={{ width: 120 }}
                xAxisProps={{ domain: [from, 'auto'], allowDataOverflow: true }}
                valueFormatter={(v) => money.format(v)}
                gridAxis="x"
                role="img"
                aria-label={`Pay ranges in ${range.currency} a year`}
              />
            </div>
          )
        })}
      </Stack>
      <WideScroll label="Pay heard, person by person">
        <Table fz="sm" verticalSpacing={4} miw={420}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Who</Table.Th>
              <Table.Th>As heard</Table.Th>
              <Table.Th>A year</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pay.entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>{e.person}</Table.Td>
                <Table.Td>
                  {rangeText(e.low, e.high, e.currency)}/{e.period}
                  {[e.level, e.location, e.year].filter(Boolean).length ? (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      · {[e.level, e.location, e.year].filter(Boolean).join(' · ')}
                    </Text>
                  ) : null}
                  {e.note ? (
                    <Text c="dimmed" size="xs">
                      {e.note}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {e.yearlyLow === null && e.yearlyHigh === null ? (
                    <Text span c="dimmed" size="xs">
                      not on a yearly scale
                    </Text>
                  ) : (
                    rangeText(e.yearlyLow, e.yearlyHigh, e.currency)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </WideScroll>
    </SimpleGrid>
  )
}
