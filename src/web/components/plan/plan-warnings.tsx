import { Alert, Stack } from '@mantine/core'
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react'
import type { PlanWarning } from '../../../core/plans/schema.ts'

/** The plan's size warnings: a quiet note below or above the recommended range, a clear one above the limit. */
export function PlanWarnings({ warnings }: { warnings: readonly PlanWarning[] }) {
  if (warnings.length === 0) return null
  return (
    <Stack gap="xs">
      {warnings.map((warning) => (
        <Alert
          key={warning.code}
          color={warning.code === 'too-many' ? 'orange' : 'gray'}
          variant="light"
          icon={
            warning.code === 'too-many' ? (
              <IconAlertTriangle size={18} />
            ) : (
              <IconInfoCircle size={18} />
            )
          }
          role={warning.code === 'too-many' ? 'alert' : 'status'}
          py="xs"
        >
          {warning.message}
        </Alert>
      ))}
    </Stack>
  )
}
