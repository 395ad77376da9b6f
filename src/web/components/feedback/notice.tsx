import { Alert, type AlertProps } from '@mantine/core'
import type { Icon } from '@tabler/icons-react'
import type { ComponentPropsWithoutRef } from 'react'

interface NoticeProps
  extends Omit<AlertProps, 'icon'>,
    Omit<ComponentPropsWithoutRef<'div'>, keyof AlertProps> {
  /** The notice's icon, drawn at the size every notice uses. */
  icon?: Icon
  'data-testid'?: string
}

/**
 * A message in the page's flow (done, a warning, an error): Mantine's light
 * alert, its icon at 18 px. `color` says which kind it is.
 */
export function Notice({ icon: IconComponent, ...props }: NoticeProps) {
  return (
    <Alert
      variant="light"
      icon={IconComponent ? <IconComponent size={18} /> : undefined}
      {...props}
    />
  )
}

/** Why a request failed, in the server's words, where its button is; nothing while none has. */
export function RequestFailed({
  error,
  ...props
}: Omit<AlertProps, 'children'> & { title: string; error: Error | null }) {
  if (!error) return null
  return (
    <Alert color="red" {...props}>
      {error.message}
    </Alert>
  )
}
