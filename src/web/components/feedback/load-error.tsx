import { Button } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { Notice } from './notice.tsx'

/** A failed load, in place of the content, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Notice color="red" icon={IconAlertTriangle} title="Could not load this" my="md">
      {error instanceof Error ? error.message : 'Something went wrong.'}
      {onRetry ? (
        <Button size="xs" variant="white" color="red" ml="sm" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </Notice>
  )
}
