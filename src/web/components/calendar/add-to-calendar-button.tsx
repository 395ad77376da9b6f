import { Button, Tooltip } from '@mantine/core'
import { IconCalendarPlus } from '@tabler/icons-react'
import { calendarPaths } from '../../../core/calendar/schema.ts'

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
      <Button
        component="a"
        href={calendarPaths.conversation(conversation.id)}
        download
        variant="default"
        leftSection={<IconCalendarPlus size={16} />}
      >
        Add to calendar
      </Button>
    </Tooltip>
  )
}
