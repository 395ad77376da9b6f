import { Anchor, Group, Text, ThemeIcon } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

interface AgendaItemProps {
  icon: Icon
  color?: string
  /** The record that clears this item. */
  to: string
  title: ReactNode
  detail?: ReactNode
  aside?: ReactNode
}

/** One line of the agenda: what, a word on why, and a link to where it gets done. */
export function AgendaItem({
  icon: IconComponent,
  color,
  to,
  title,
  detail,
  aside,
}: AgendaItemProps) {
  return (
    <Group wrap="nowrap" gap="sm" align="flex-start">
      <ThemeIcon variant="light" color={color} radius="xl" size={32} aria-hidden>
        <IconComponent size={17} stroke={1.7} />
      </ThemeIcon>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" gap={6} align="flex-start">
          <Anchor component={Link} to={to} fw={600} size="sm" c="var(--mantine-color-text)">
            {title}
          </Anchor>
          {aside}
        </Group>
        {detail ? (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        ) : null}
      </div>
    </Group>
  )
}
