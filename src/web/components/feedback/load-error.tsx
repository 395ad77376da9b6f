import { Button } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { Notice } from './notice.tsx'

/** A failed load, in place of the content, with a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Notice color="red" icon={IconAlertTriangle} title="Could not load this" my="md">
      {error instanceof Error ? error.message : 'Something went wrong.'}
      {onRetry ? <TryAgain color="red" onClick={onRetry} /> : null}
    </Notice>
  )
}

/** The small "Try again" button at the end of a notice's sentence, in the notice's colour. */
export function TryAgain({ color, onClick }: { color: string; onClick: () => void }) {
  return (
    <Button size="xs" variant="white" color={color} ml="sm" onClick={onClick}>
      Try again
    </Button>
  )
}
