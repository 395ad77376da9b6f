import { Button } from '@mantine/core'
import { IconColumns3 } from '@tabler/icons-react'
import { Link } from 'react-router'
import { paths } from '../records/paths.ts'

/** The button to the careers side by side. */
export function CompareCareersLink({ children }: { children: string }) {
  return (
    <Button
      component={Link}
      to={paths.careersCompare}
      variant="default"
      leftSection={<IconColumns3 size={16} />}
    >
      {children}
    </Button>
  )
}
