import { Button, Group } from '@mantine/core'
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
