import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { TimeInput } from '@mantine/dates'
import { useMemo, useState } from 'react'
import {
  type Conversation,
  type ConversationFormat,
  conversationFormats,
} from '../../../core/conversations/schema.ts'
import { useUpdateConversation } from '../../api/conversations.ts'
import { ApiError } from '../../api/request.ts'
import { useSettings } from '../../api/settings.ts'
import { RequestFailed } from '../feedback/notice.tsx'
import { DialogActions } from '../forms/form-actions.tsx'
import { LabelledSegments } from '../forms/record-form.tsx'
import { issueAt } from '../forms/validation.ts'
import { formatLabel } from '../records/conversation-lines.tsx'
import { browserTimeZone, dateIn, formatStart, timeZones } from '../records/dates.ts'

interface ScheduleErrors {
  date?: string
  time?: string
  timeZone?: string
}

/** The server's issues on this form's fields: the day and time on the time, the zone on the zone. */
function fieldErrors(error: unknown): ScheduleErrors {
  if (!(error instanceof ApiError)) return {}
  const on = issueAt(error)
  const errors: ScheduleErrors = { time: on('scheduledAt'), timeZone: on('timeZone') }
  const shown = Object.fromEntries(Object.entries(errors).filter(([, message]) => message))
  // Shown on the fields: no notification repeats it.
  if (Object.keys(shown).length > 0) error.shownOnFields = true
  return shown
}

/**
 * Right after the reply, in the same dialog: the time they agreed on. The
 * conversation becomes scheduled (day and time in a zone, the format and
 * the place for the confirmation); "Later" leaves it requested, with Today
 * reminding.
 */
export function ScheduleAfterReply({
  conversation,
  onDone,
}: {
  conversation: Conversation
  onDone: () => void
}) {
  const settings = useSettings()
  const zones = useMemo(timeZones, [])
  const [date, setDate] = useState('')
  const [time, setTime] = useState('')
  const [zone, setZone] = useState<string | null>(null)
  const [format, setFormat] = useState<ConversationFormat | null>(null)
  const [place, setPlace] = useState('')
  const [errors, setErrors] = useState<ScheduleErrors>({})
  const update = useUpdateConversation()
  const timeZone = zone ?? settings.data?.settings.timeZone ?? browserTimeZone()
  if (update.data) {
    return (
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          Scheduled: {formatStart(update.data)}.
        </Text>
        <Text size="sm">
          {confirmationLine(
            update.data.scheduledAt,
            settings.data?.settings.confirmationDaysBefore ?? 1,
            settings.data?.settings.timeZone ?? browserTimeZone(),
          )}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    )
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const missing = {
          ...(date ? {} : { date: 'Pick the day you agreed on' }),
          ...(/^\d{2}:\d{2}$/.test(time) ? {} : { time: 'Give the time, such as 15:00' }),
        }
        setErrors(missing)
        if (Object.keys(missing).length > 0) return
        update.mutate(
          {
            id: conversation.id,
            patch: {
              status: 'scheduled',
              scheduledAt: `${date}T${time}`,
              timeZone,
              format,
              ...(place.trim() ? { place: place.trim() } : {}),
            },
          },
          // What the server refused goes beside the field it names (a time the clocks skip),
          // or in the alert above the buttons: said once, so no notification repeats it.
          {
            onError: (error) => {
              setErrors(fieldErrors(error))
              if (error instanceof ApiError) error.shownOnFields = true
            },
          },
        )
      }}
    >
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          Did you agree on a time? Schedule the conversation now.
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label="Day"
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            error={errors.date}
          />
          <TimeInput
            label="Time"
            value={time}
            onChange={(event) => setTime(event.currentTarget.value)}
            error={errors.time}
          />
        </SimpleGrid>
        <Select
          label="Time zone"
          data={zones}
          value={timeZone}
          onChange={setZone}
          error={errors.timeZone}
          searchable
          allowDeselect={false}
        />
        <LabelledSegments
          label="Format"
          value={format ?? 'unset'}
          onChange={(value) => setFormat(conversationFormats.find((f) => f === value) ?? null)}
          data={[
            { value: 'unset', label: 'Not set' },
            ...conversationFormats.map((f) => ({ value: f, label: formatLabel(f) ?? f })),
          ]}
        />
        <TextInput
          label="Where"
          description="The café, the address, or the video link"
          value={place}
          onChange={(event) => setPlace(event.currentTarget.value)}
        />
        {Object.keys(fieldErrors(update.error)).length === 0 ? (
          <RequestFailed title="Not scheduled" error={update.error} />
        ) : null}
        <DialogActions cancel="Later" onCancel={onDone}>
          <Button type="submit" loading={update.isPending}>
            Schedule it
          </Button>
        </DialogActions>
      </Stack>
    </form>
  )
}

/**
 * Whether Today will ask for a confirmation: not when the meeting is
 * already within `daysBefore` days (the server's rule: a conversation
 * scheduled on or after its confirmation day needs none), counted in the
 * explorer's zone.
 */
function confirmationLine(scheduledAt: string | null, daysBefore: number, zone: string): string {
  if (!scheduledAt) return ''
  const day = Date.parse(`${dateIn(new Date(scheduledAt), zone)}T00:00:00Z`)
  const confirmOn = day - daysBefore * 86_400_000
  const today = Date.parse(`${dateIn(new Date(), zone)}T00:00:00Z`)
  if (today >= confirmOn) return 'It is soon enough that no confirmation is needed.'
  const before =
    daysBefore === 0
      ? 'On the day'
      : daysBefore === 1
        ? 'The day before'
        : `${daysBefore} days before`
  return `${before}, Today asks you to confirm it.`
}
