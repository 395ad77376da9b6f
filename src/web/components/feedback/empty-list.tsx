import { Button, EmptyState, Paper } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import { Link } from 'react-router'

interface EmptyListProps {
  icon: Icon
  title: string
  description: string
  action?: { label: string; to: string }
}

/** A list with nothing in it yet: what belongs here and how to add the first one. */
export function EmptyList({ icon: IconComponent, title, description, action }: EmptyListProps) {
  return (
    <Paper p="xl">
      <EmptyState
        variant="light"
        icon={<IconComponent size={28} stroke={1.5} />}
        title={title}
        description={description}
      >
        {action ? (
          <EmptyState.Actions>
            <Button component={Link} to={action.to}>
              {action.label}
            </Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    </Paper>
  )
}
