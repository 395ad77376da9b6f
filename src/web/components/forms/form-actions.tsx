import { Button, Group } from '@mantine/core'
import type { ReactNode } from 'react'
import { useNavigate } from 'react-router'

/** Save and Cancel at the foot of a form. */
export function FormActions({
  saving,
  saveLabel,
  cancelTo,
}: {
  saving: boolean
  saveLabel: string
  cancelTo: string
}) {
  const navigate = useNavigate()
  return (
    <Group justify="flex-end" gap="sm" mt="md">
      <Button variant="default" onClick={() => navigate(cancelTo)}>
        Cancel
      </Button>
      <Button type="submit" loading={saving}>
        {saveLabel}
      </Button>
    </Group>
  )
}

/**
 * The foot of a dialog or of a form inside a page: the way back (Cancel,
 * Later, Keep it…), then the buttons that act.
 */
export function DialogActions({
  cancel,
  onCancel,
  children,
}: {
  cancel: string
  onCancel: () => void
  children: ReactNode
}) {
  return (
    <Group justify="flex-end" gap="sm">
      <Button variant="default" onClick={onCancel}>
        {cancel}
      </Button>
      {children}
    </Group>
  )
}
