import {
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Text,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { useId } from 'react'

export interface LampValues {
  advocacy: boolean
  motivation: number | null
  posting: number | null
}

interface LampControlsProps {
  value: LampValues
  onChange: (patch: Partial<LampValues>) => void
  disabled?: boolean
  size?: 'xs' | 'sm'
}

const unset = (
  <>
    <span aria-hidden>–</span>
    <VisuallyHidden>not decided</VisuallyHidden>
  </>
)

function toChoice(value: number | null): string {
  return value === null ? 'unset' : String(value)
}

function fromChoice(choice: string): number | null {
  return choice === 'unset' ? null : Number(choice)
}

/**
 * LAMP (The 2-Hour Job Search): Motivation 0–3 is the explorer's gut call,
 * Posting 1–3, Advocacy yes/no. Every change is reported at once.
 */
export function LampControls({ value, onChange, disabled, size = 'xs' }: LampControlsProps) {
  const id = useId()
  return (
    <Group gap="md" wrap="wrap" align="flex-end">
      <Stack gap={2}>
        <Tooltip label="Your gut call: how much do you want to work there? 0–3">
          <Text size="xs" fw={600} c="dimmed" id={`${id}-m`} w="fit-content">
            Motivation
          </Text>
        </Tooltip>
        <SegmentedControl
          aria-labelledby={`${id}-m`}
          size={size}
          disabled={disabled}
          value={toChoice(value.motivation)}
          color={value.motivation === null ? 'gray' : 'clay'}
          onChange={(choice) => onChange({ motivation: fromChoice(choice) })}
          data={[
            { value: 'unset', label: unset },
            ...['0', '1', '2', '3'].map((n) => ({ value: n, label: n })),
          ]}
        />
      </Stack>
      <Stack gap={2}>
        <Tooltip label="Relevant job postings there: 1 none, 2 some, 3 a matching one">
          <Text size="xs" fw={600} c="dimmed" id={`${id}-p`} w="fit-content">
            Posting
          </Text>
        </Tooltip>
        <SegmentedControl
          aria-labelledby={`${id}-p`}
          size={size}
          disabled={disabled}
          value={toChoice(value.posting)}
          color={value.posting === null ? 'gray' : 'clay'}
          onChange={(choice) => onChange({ posting: fromChoice(choice) })}
          data={[
            { value: 'unset', label: unset },
            ...['1', '2', '3'].map((n) => ({ value: n, label: n })),
          ]}
        />
      </Stack>
      <Stack gap={6} w={64}>
        <Tooltip label="An alumnus or a contact of yours works there">
          <Text size="xs" fw={600} c="dimmed" id={`${id}-a`} w="fit-content">
            Advocacy
          </Text>
        </Tooltip>
        <Switch
          aria-labelledby={`${id}-a`}
          size={size === 'xs' ? 'sm' : 'md'}
          disabled={disabled}
          checked={value.advocacy}
          onChange={(event) => onChange({ advocacy: event.currentTarget.checked })}
          label={value.advocacy ? 'yes' : 'no'}
        />
      </Stack>
    </Group>
  )
}
