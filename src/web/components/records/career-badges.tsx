import { Badge, Group, type GroupProps } from '@mantine/core'
import { Link } from 'react-router'
import { paths } from './paths.ts'

interface CareerBadgesProps extends GroupProps {
  ids: string[]
  /** The careers' names, in the order of `ids`. */
  names: string[]
}

/** The careers a person or a conversation is about, each a badge that opens the career. */
export function CareerBadges({ ids, names, ...group }: CareerBadgesProps) {
  return (
    <Group gap={6} {...group}>
      {ids.map((careerId, index) => (
        <Badge
          key={careerId}
          component={Link}
          to={paths.career(careerId)}
          style={{ cursor: 'pointer' }}
        >
          {names[index] ?? 'career'}
        </Badge>
      ))}
    </Group>
  )
}
