import { Badge, Group, Stack, Text } from '@mantine/core'
import type { CountedStatement } from '../../../core/insights/schema.ts'

/** Pros or cons, most said first, each with how many people said it. */
export function Statements({
  items,
  color,
  empty,
  label,
}: {
  items: CountedStatement[]
  color: string
  empty: string
  label: string
}) {
  if (items.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {empty}
      </Text>
    )
  }
  return (
    <Stack
      gap={6}
      component="ul"
      aria-label={label}
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {items.map((item) => (
        <Group key={item.text} gap="xs" wrap="nowrap" align="flex-start" component="li">
          <Badge
            color={color}
            variant={item.count > 1 ? 'filled' : 'light'}
            size="lg"
            circle
            aria-label={`${item.count} ${item.count === 1 ? 'person' : 'people'}`}
            style={{ flexShrink: 0 }}
          >
            {item.count}
          </Badge>
          <div style={{ minWidth: 0 }}>
            <Text size="sm">{item.text}</Text>
            <Text size="xs" c="dimmed">
              {item.people.join(', ')}
            </Text>
          </div>
        </Group>
      ))}
    </Stack>
  )
}
