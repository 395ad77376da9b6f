import { Badge } from '@mantine/core'
import { IconCheck, IconCloudOff, IconLoader2 } from '@tabler/icons-react'
import type { SaveStatus } from './save-queue.ts'

/** Saved, saving, or offline with the edits kept on this device. */
export function SaveStatusBadge({ status, pending }: { status: SaveStatus; pending: number }) {
  if (status === 'offline') {
    return (
      <Badge color="orange" variant="light" leftSection={<IconCloudOff size={14} />} role="status">
        offline — kept on this device{pending > 1 ? ` (${pending})` : ''}
      </Badge>
    )
  }
  if (status === 'saving') {
    return (
      <Badge color="gray" variant="light" leftSection={<IconLoader2 size={14} />} role="status">
        saving
      </Badge>
    )
  }
  return (
    <Badge color="teal" variant="light" leftSection={<IconCheck size={14} />} role="status">
      saved
    </Badge>
  )
}
