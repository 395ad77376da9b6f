import { TextInput } from '@mantine/core'

/** When something happened, as a local day and time; empty means now. */
export function WhenInput({
  label,
  value,
  onChange,
}: {
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <TextInput
      type="datetime-local"
      label={label}
      description="Leave it empty for now."
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  )
}
