import { Group, Text } from '@mantine/core'
import { IconDeviceMobileCheck } from '@tabler/icons-react'
import { formatDay } from '../components/records/dates.ts'
import { keptForMs } from './cache-rules.ts'

/**
 * One quiet line on the prepare page once the worker kept the
 * conversation: the explorer can count on meeting mode in a café with bad
 * reception, and knows until when.
 */
export function KeptOnDevice({ keptAt }: { keptAt: string | null }) {
  if (!keptAt) return null
  const until = formatDay(new Date(Date.parse(keptAt) + keptForMs).toISOString())
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" mt={-8} mb="md" data-testid="kept-on-device">
      <IconDeviceMobileCheck
        size={16}
        stroke={1.6}
        aria-hidden
        style={{ flexShrink: 0, marginTop: 3 }}
      />
      <Text size="sm" c="dimmed">
        Kept on this device: meeting mode opens here without a connection until {until}.
      </Text>
    </Group>
  )
}
