import { Badge, type MantineColor } from '@mantine/core'
import type { CareerStatus } from '../../../core/careers/schema.ts'
import { type ConversationStatus, statusLabel } from '../../../core/conversations/status.ts'

export const conversationStatusColors: Record<ConversationStatus, MantineColor> = {
  identified: 'gray',
  requested: 'blue',
  scheduled: 'violet',
  met: 'teal',
  thanked: 'green',
  declined: 'red',
  no_response: 'orange',
  postponed: 'yellow',
  cancelled: 'gray',
}

export const careerStatusColors: Record<CareerStatus, MantineColor> = {
  exploring: 'blue',
  narrowing: 'violet',
  pursuing: 'green',
  dropped: 'gray',
}

export function ConversationStatusBadge({
  status,
  size,
}: {
  status: ConversationStatus
  size?: 'sm' | 'md' | 'lg'
}) {
  return (
    <Badge
      color={conversationStatusColors[status]}
      size={size}
      variant={status === 'cancelled' ? 'outline' : 'light'}
      style={{ flexShrink: 0 }}
    >
      {statusLabel(status)}
    </Badge>
  )
}

export function CareerStatusBadge({
  status,
  size,
}: {
  status: CareerStatus
  size?: 'sm' | 'md' | 'lg'
}) {
  return (
    <Badge
      color={careerStatusColors[status]}
      size={size}
      variant={status === 'dropped' ? 'outline' : 'light'}
      style={{ flexShrink: 0 }}
    >
      {status}
    </Badge>
  )
}
