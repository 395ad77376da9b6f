import { Text } from '@mantine/core'
import { IconCloudOff } from '@tabler/icons-react'
import { Notice } from '../components/feedback/notice.tsx'
import { formatDateTime } from '../components/records/dates.ts'
import { type DeviceCopyShown, useOnline } from './use-device-copy.ts'

function when(instant: string): string {
  return formatDateTime(instant)
}

/**
 * Meeting mode without the server: says that what is on screen is this
 * device's copy (`copy`, from `useDeviceCopy`) and that typing is still
 * safe (the save queue keeps every edit). Nothing while the server answers.
 */
export function OfflineNotice({ copy }: { copy: DeviceCopyShown | null }) {
  const online = useOnline()
  if (online && !copy) return null
  return (
    <Notice color="orange" icon={IconCloudOff} role="status" data-testid="offline-notice" p="sm">
      <Text size="sm">
        Offline — showing what this device kept; your notes are saved here and sent when the
        connection is back.
      </Text>
      {copy?.fetchedAt ? (
        <Text size="xs" mt={2}>
          Last fetched from the server {when(copy.fetchedAt)}.
        </Text>
      ) : null}
    </Notice>
  )
}
