import { Button, EmptyState, Group } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import { IconMapSearch } from '@tabler/icons-react'
import { Link } from 'react-router'

interface NotFoundProps {
  title?: string
  description?: string
  back?: { label: string; to: string }
}

/** What a missing page or a deleted record shows. */
export function NotFound({ title, description, back }: NotFoundProps) {
  const heading = title ?? 'This page does not exist'
  useDocumentTitle(`${heading} · coffeechat`)
  return (
    <EmptyState mt="xl" variant="light" size="lg" icon={<IconMapSearch size={30} stroke={1.5} />}>
      {/* The page's only heading, so it is the page's h1. */}
      <EmptyState.Title order={1}>{heading}</EmptyState.Title>
      <EmptyState.Description>
        {description ?? 'The link may be old, or the record was deleted.'}
      </EmptyState.Description>
      <EmptyState.Actions>
        <Group justify="center">
          {back ? (
            <Button component={Link} to={back.to} variant="light">
              {back.label}
            </Button>
          ) : null}
          <Button component={Link} to="/">
            Go to Today
          </Button>
        </Group>
      </EmptyState.Actions>
    </EmptyState>
  )
}
