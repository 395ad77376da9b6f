import { Tooltip } from '@mantine/core'
import { IconCalendarPlus } from '@tabler/icons-react'
import { calendarPaths } from '../../../core/calendar/schema.ts'
import { DownloadButton } from '../links/download-button.tsx'

interface AddToCalendarButtonProps {
  conversation: { id: string; scheduledAt: string | null }
}

/**
 * Downloads the conversation's `.ics` (agenda, question plan, reminders) to
 * open in any calendar app; shown once the conversation has a start time.
 */
export function AddToCalendarButton({ conversation }: AddToCalendarButtonProps) {
  if (!conversation.scheduledAt) return null
  return (
    <Tooltip
      label="An .ics file for Apple Calendar, Google Calendar, Outlook or Thunderbird, with the agenda and your questions"
      multiline
      w={260}
    >
      <DownloadButton href={calendarPaths.conversation(conversation.id)} icon={IconCalendarPlus}>
        Add to calendar
      </DownloadButton>
    </Tooltip>
  )
}
