import { Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'

/** A record page's short list: one line per item, or a quiet sentence when there are none. */
export function Lines<Item>({
  items,
  empty,
  children,
}: {
  items: readonly Item[]
  empty: string
  children: (item: Item) => ReactNode
}) {
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    )
  }
  return <Stack gap="sm">{items.map(children)}</Stack>
}
