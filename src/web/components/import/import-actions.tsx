import { Button, Group } from '@mantine/core'
import { IconFileImport } from '@tabler/icons-react'
import type { ReactNode } from 'react'

interface ImportActionsProps {
  children: ReactNode
  onImport: () => void
  pending: boolean
  disabled: boolean
  onCancel: () => void
}

/** The import's last step: the button that imports (its words the children), and Cancel. */
export function ImportActions({
  children,
  onImport,
  pending,
  disabled,
  onCancel,
}: ImportActionsProps) {
  return (
    <Group>
      <Button
        onClick={onImport}
        loading={pending}
        disabled={disabled}
        leftSection={<IconFileImport size={16} />}
      >
        {children}
      </Button>
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
    </Group>
  )
}
