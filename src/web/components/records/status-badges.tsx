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

type BadgeSize = 'sm' | 'md' | 'lg'

/** A status as a badge: light, or outlined for a status that ended the record's course. */
function StatusBadge({
  color,
  ended,
  size,
  children,
}: {
  color: MantineColor
  ended: boolean
  size: BadgeSize | undefined
  children: string
}) {
  return (
    <Badge
      color={color}
      size={size}
      variant={ended ? 'outline' : 'light'}
      style={{ flexShrink: 0 }}
    >
      {children}
    </Badge>
  )
}

export function ConversationStatusBadge({
  status,
  size,
}: {
  status: ConversationStatus
  size?: BadgeSize
}) {
  return (
    <StatusBadge
      color={conversationStatusColors[status]}
      ended={status === 'cancelled'}
      size={size}
    >
      {statusLabel(status)}
    </StatusBadge>
  )
}

export function CareerStatusBadge({ status, size }: { status: CareerStatus; size?: BadgeSize }) {
  return (
    <StatusBadge color={careerStatusColors[status]} ended={status === 'dropped'} size={size}>
      {status}
    </StatusBadge>
  )
}
