import { Button, type ButtonProps } from '@mantine/core'
import { type Icon, IconDownload } from '@tabler/icons-react'
import type { ComponentPropsWithoutRef } from 'react'

interface DownloadButtonProps
  extends ButtonProps,
    Omit<ComponentPropsWithoutRef<'a'>, keyof ButtonProps | 'href'> {
  href: string
  /** The button's icon, a download arrow unless said. */
  icon?: Icon
  iconSize?: number
}

/** A link that downloads a file (a backup, a report, a calendar entry), drawn as a button. */
export function DownloadButton({
  icon: IconComponent = IconDownload,
  iconSize = 16,
  download = true,
  ...props
}: DownloadButtonProps) {
  return (
    <Button
      component="a"
      download={download}
      variant="default"
      leftSection={<IconComponent size={iconSize} />}
      {...props}
    />
  )
}
