import { Group, Pagination, Text } from '@mantine/core'

interface PagerProps {
  total: number
  limit: number
  offset: number
  onOffsetChange: (offset: number) => void
}

/** Page numbers under a long list; nothing when everything fits on one page. */
export function Pager({ total, limit, offset, onOffsetChange }: PagerProps) {
  if (total <= limit) return null
  const pages = Math.ceil(total / limit)
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed">
        {offset + 1}–{Math.min(total, offset + limit)} of {total}
      </Text>
      <Pagination
        total={pages}
        value={Math.floor(offset / limit) + 1}
        onChange={(page) => onOffsetChange((page - 1) * limit)}
        getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        size="sm"
      />
    </Group>
  )
}
