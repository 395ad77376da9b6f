import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import { payPeriods } from '../../../core/reflections/schema.ts'
import { newPayRow, type PayRow } from './draft.ts'

const currencies = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CAD',
  'AUD',
  'JPY',
  'INR',
]

interface PayLinesProps {
  rows: PayRow[]
  errors: Record<string, string>
  onChange: (rows: PayRow[], options?: { now?: boolean }) => void
}

/** Pay heard, one line per figure: low and high, currency, period, level, location, year. */
export function PayLines({ rows, errors, onChange }: PayLinesProps) {
  const set = (index: number, changes: Partial<PayRow>, now = false) =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, ...changes } : row)),
      { now },
    )
  const error = (index: number, field: string) => errors[`pay.${index}.${field}`]
  const text = (
    row: PayRow,
    index: number,
    field: 'low' | 'high' | 'level' | 'location' | 'year' | 'note',
    label: string,
    placeholder: string,
    inputMode?: 'numeric',
  ) => (
    <TextInput
      label={label}
      inputMode={inputMode}
      placeholder={placeholder}
      value={row[field]}
      error={error(index, field)}
      onChange={(e) => set(index, { [field]: e.currentTarget.value })}
    />
  )
  return (
    <Stack gap="sm">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No pay heard yet. Money questions are fair game; write down the figures while you remember
          them.
        </Text>
      ) : null}
      {rows.map((row, index) => (
        <Paper key={row.key} withBorder p="sm" radius="md" aria-label={`Pay line ${index + 1}`}>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" verticalSpacing="xs">
            {text(row, index, 'low', 'Low', '60000', 'numeric')}
            {text(row, index, 'high', 'High', '75000', 'numeric')}
            <Select
              label="Currency"
              data={currencies.includes(row.currency) ? currencies : [row.currency, ...currencies]}
              value={row.currency}
              searchable
              allowDeselect={false}
              error={error(index, 'currency')}
              onChange={(value) => value && set(index, { currency: value }, true)}
            />
            <Select
              label="Per"
              data={[...payPeriods]}
              value={row.period}
              allowDeselect={false}
              onChange={(value) => {
                const period = payPeriods.find((p) => p === value)
                if (period) set(index, { period }, true)
              }}
            />
            {text(row, index, 'level', 'Level', 'junior, PhD entry…')}
            {text(row, index, 'location', 'Location', 'Berlin')}
            {text(row, index, 'year', 'Year', '2026', 'numeric')}
            {text(row, index, 'note', 'Note', 'bonus 10%')}
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove pay line ${index + 1}`}
              onClick={() =>
                onChange(
                  rows.filter((_, i) => i !== index),
                  { now: true },
                )
              }
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} />}
          onClick={() =>
            onChange([
              ...rows,
              newPayRow({
                currency: rows.at(-1)?.currency ?? 'EUR',
                year: String(new Date().getFullYear()),
              }),
            ])
          }
        >
          Add pay heard
        </Button>
      </Group>
    </Stack>
  )
}
