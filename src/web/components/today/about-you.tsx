import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import type { Settings } from '../../../core/settings/schema.ts'
import { uses12Hours } from '../../../core/shared/date-words.ts'
import { useUpdateSettings } from '../../api/settings.ts'
import { dateStyle } from '../records/date-style.ts'
import { browserTimeZone, timeZones } from '../records/dates.ts'

type Clock = NonNullable<Settings['clock']>

/** The clock this browser's locale writes times on. */
function localeClock(): Clock {
  return uses12Hours({ ...dateStyle(), clock: null }) ? '12h' : '24h'
}

/**
 * The first run's three questions: the name that signs every message
 * ({myName}), the time zone deadlines are counted in, the clock times are
 * written on. Skippable; either way it is not asked again (welcomeDone).
 */
export function AboutYou({ settings }: { settings: Settings }) {
  const [name, setName] = useState(settings.explorerName)
  const [zone, setZone] = useState<string | null>(settings.timeZone ?? browserTimeZone())
  const [clock, setClock] = useState<Clock>(settings.clock ?? localeClock())
  const [error, setError] = useState<string | null>(null)
  const update = useUpdateSettings()
  const save = (patch: Partial<Settings>) =>
    update.mutate(
      { ...patch, welcomeDone: true },
      { onError: (e) => setError(e.message), onSuccess: () => setError(null) },
    )
  return (
    <Paper p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="about-you">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!name.trim()) {
            setError('Write the name you sign with, or skip this for now.')
            return
          }
          save({ explorerName: name.trim(), timeZone: zone, clock })
        }}
        noValidate
      >
        <Stack gap="sm">
          <div>
            <Title order={2} fz="lg" id="about-you">
              First, about you
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              Your name signs every message coffeechat drafts; deadlines such as the same-night
              thank-you are counted in your time zone. You can change both later in Settings.
            </Text>
          </div>
          <TextInput
            label="Your name, as you sign your emails"
            placeholder="Ada Lovelace"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={error}
            maw={420}
          />
          <Group gap="md" align="flex-end" wrap="wrap">
            <Select
              label="Time zone"
              data={timeZones()}
              value={zone}
              onChange={setZone}
              searchable
              allowDeselect={false}
              w={{ base: '100%', xs: 280 }}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} component="span" id="clock-label">
                Clock
              </Text>
              <SegmentedControl
                aria-labelledby="clock-label"
                value={clock}
                onChange={(value) => setClock(value === '12h' ? '12h' : '24h')}
                data={[
                  { value: '24h', label: '24-hour (15:00)' },
                  { value: '12h', label: '12-hour (3:00 PM)' },
                ]}
              />
            </Stack>
          </Group>
          <Group gap="sm" mt="xs">
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
            <Button variant="subtle" onClick={() => save({})} disabled={update.isPending}>
              Skip for now
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
