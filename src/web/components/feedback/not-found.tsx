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
  useDocumentTitle('Not found · coffeechat')
  return (
    <EmptyState
      mt="xl"
      variant="light"
      size="lg"
      icon={<IconMapSearch size={30} stroke={1.5} />}
      title={title ?? 'This page does not exist'}
      description={description ?? 'The link may be old, or the record was deleted.'}
    >
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
