import { Badge, Button } from '@mantine/core'
import { IconCopy } from '@tabler/icons-react'
import { Link } from 'react-router'
import { useDuplicates } from '../../api/merges.ts'
import { paths } from '../records/paths.ts'

/** "Possible duplicates" with their count, for the People page; nothing while there are none. */
export function DuplicatesLink() {
  const duplicates = useDuplicates()
  const total = duplicates.data?.total ?? 0
  if (total === 0) return null
  return (
    <Button
      component={Link}
      to={paths.duplicates}
      variant="default"
      leftSection={<IconCopy size={16} />}
      rightSection={
        <Badge size="sm" circle aria-hidden>
          {total}
        </Badge>
      }
      aria-label={`Possible duplicates: ${total}`}
    >
      Possible duplicates
    </Button>
  )
}
