import { Button, Group, Paper, Text, Title } from '@mantine/core'
import { IconPencil, IconPlus } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'

interface SectionProps {
  title: string
  /** A count next to the title. */
  count?: number
  action?: ReactNode
  children: ReactNode
}

/** One titled card of a record's page. */
export function Section({ title, count, action, children }: SectionProps) {
  return (
    <Paper p={{ base: 'md', sm: 'lg' }} component="section" aria-label={title}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} fz="md" fw={650}>
          {title}
          {count !== undefined ? (
            <Text span c="dimmed" fw={500} ml={6}>
              {count}
            </Text>
          ) : null}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  )
}

/** A section's small "add one" link, to a form that starts filled in from this record. */
export function SectionAddLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Button component={Link} to={to} size="xs" variant="light" leftSection={<IconPlus size={14} />}>
      {children}
    </Button>
  )
}

/** A record page's Edit button, to the record's form. */
export function EditLink({ to }: { to: string }) {
  return (
    <Button component={Link} to={to} variant="default" leftSection={<IconPencil size={16} />}>
      Edit
    </Button>
  )
}

/** A page's button that starts a new record (its form, perhaps filled in from this page). */
export function NewLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Button component={Link} to={to} leftSection={<IconPlus size={16} />}>
      {children}
    </Button>
  )
}
