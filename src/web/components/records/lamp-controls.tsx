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
      <LampScore
        id={`${id}-m`}
        name="Motivation"
        hint="Your gut call: how much do you want to work there? 0–3"
        scores={['0', '1', '2', '3']}
        value={value.motivation}
        onChange={(motivation) => onChange({ motivation })}
        size={size}
        disabled={disabled}
      />
      <LampScore
        id={`${id}-p`}
        name="Posting"
        hint="Relevant job postings there: 1 none, 2 some, 3 a matching one"
        scores={['1', '2', '3']}
        value={value.posting}
        onChange={(posting) => onChange({ posting })}
        size={size}
        disabled={disabled}
      />
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

/** One LAMP score: its name (the hint on hover) over the choices, "not decided" first. */
function LampScore({
  id,
  name,
  hint,
  scores,
  value,
  onChange,
  size,
  disabled,
}: {
  id: string
  name: string
  hint: string
  scores: string[]
  value: number | null
  onChange: (score: number | null) => void
  size: 'xs' | 'sm'
  disabled: boolean | undefined
}) {
  return (
    <Stack gap={2}>
      <Tooltip label={hint}>
        <Text size="xs" fw={600} c="dimmed" id={id} w="fit-content">
          {name}
        </Text>
      </Tooltip>
      <SegmentedControl
        aria-labelledby={id}
        size={size}
        disabled={disabled}
        value={toChoice(value)}
        color={value === null ? 'gray' : 'clay'}
        onChange={(choice) => onChange(fromChoice(choice))}
        data={[{ value: 'unset', label: unset }, ...scores.map((n) => ({ value: n, label: n }))]}
      />
    </Stack>
  )
}
