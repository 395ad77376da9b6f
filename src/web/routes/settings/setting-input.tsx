import { Chip, Group, NumberInput, Select, Switch, TagsInput, Text, TextInput } from '@mantine/core'
import { DatePickerInput, TimeInput } from '@mantine/dates'
import type { ReactNode } from 'react'
import { dayText } from '../../../core/shared/date-words.ts'
import { dateStyle } from '../../components/records/date-style.ts'
import { browserTimeZone, timeZones } from '../../components/records/dates.ts'

interface SettingInputProps {
  settingKey: string
  label: string
  value: unknown
  defaultValue: unknown
  error?: ReactNode
  onChange: (value: unknown) => void
}

const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

function isNumberList(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'number')
}

function isTextList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string')
}

/** An input that fits the setting's type, judged from its value and its default. */
export function SettingInput({
  settingKey,
  label,
  value,
  defaultValue,
  error,
  onChange,
}: SettingInputProps) {
  const sample = value ?? defaultValue
  if (settingKey === 'timeZone') {
    return (
      <Select
        aria-label={label}
        data={timeZones()}
        value={typeof value === 'string' ? value : null}
        onChange={onChange}
        searchable
        clearable
        placeholder={`This machine's (${browserTimeZone()})`}
        error={error}
        maw={320}
      />
    )
  }
  if (settingKey === 'clock') {
    return (
      <Select
        aria-label={label}
        data={[
          { value: '24h', label: '24-hour (15:00)' },
          { value: '12h', label: '12-hour (3:00 PM)' },
        ]}
        value={value === '24h' || value === '12h' ? value : null}
        onChange={onChange}
        clearable
        placeholder="As your locale writes it"
        error={error}
        maw={320}
      />
    )
  }
  if (typeof sample === 'boolean') {
    return (
      <Switch
        aria-label={label}
        checked={value === true}
        onChange={(event) => onChange(event.currentTarget.checked)}
        label={value ? 'On' : 'Off'}
        error={error}
      />
    )
  }
  if (typeof sample === 'number') {
    return (
      <NumberInput
        aria-label={label}
        value={typeof value === 'number' ? value : ''}
        onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        allowDecimal={false}
        error={error}
        maw={160}
      />
    )
  }
  if (typeof sample === 'string' && /^\d{2}:\d{2}$/.test(sample)) {
    return (
      <TimeInput
        aria-label={label}
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        maw={160}
      />
    )
  }
  if (settingKey === 'weekendDays') {
    const days = isNumberList(value) ? value.map(String) : []
    return (
      <div>
        <Chip.Group multiple value={days} onChange={(next) => onChange(next.map(Number).sort())}>
          <Group gap={6} role="group" aria-label={label}>
            {weekdays.map((day, index) => (
              <Chip key={day} value={String(index + 1)} size="sm" variant="outline">
                {day}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {error ? (
          <Text size="xs" c="red" mt={4}>
            {error}
          </Text>
        ) : null}
      </div>
    )
  }
  if (settingKey === 'holidays') {
    const days = isTextList(value) ? value : []
    const placeholder = 'Pick the days off'
    // The button's name holds what it shows (WCAG 2.5.3), after the setting's name.
    // Written as every other date of the app is, in your English: "Mon 6 Apr 2026".
    const inWords = (list: readonly string[]) =>
      list.map((d) => dayText(d.slice(0, 10), dateStyle())).join(', ')
    const shown = days.length ? inWords(days) : placeholder
    return (
      <DatePickerInput
        aria-label={`${label}: ${shown}`}
        type="multiple"
        value={days}
        onChange={(next) => onChange([...next].sort())}
        placeholder={placeholder}
        valueFormatter={({ date }) =>
          inWords((Array.isArray(date) ? date : [date]).filter((d): d is string => !!d).map(String))
        }
        clearable
        error={error}
        maw={520}
      />
    )
  }
  if (isTextList(sample)) {
    return (
      <TagsInput
        aria-label={label}
        value={isTextList(value) ? value : []}
        onChange={onChange}
        error={error}
        maw={520}
      />
    )
  }
  return (
    <TextInput
      aria-label={label}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      maw={320}
    />
  )
}
