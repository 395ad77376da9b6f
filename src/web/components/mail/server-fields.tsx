import { NumberInput, SegmentedControl, SimpleGrid, Text, TextInput } from '@mantine/core'
import { useId } from 'react'

interface ServerFieldsProps<Security extends string> {
  hostLabel: string
  placeholder: string
  host: string
  onHost: (host: string) => void
  port: number
  /** The port a cleared field falls back to. */
  defaultPort: number
  onPort: (port: number) => void
  security: Security
  securities: ReadonlyArray<{ value: Security; label: string }>
  onSecurity: (security: Security) => void
  errorOf: (field: string) => string | undefined
  autoFocus?: boolean
}

/** A mail server's address, port and connection security: the SMTP and the IMAP settings alike. */
export function ServerFields<Security extends string>({
  hostLabel,
  placeholder,
  host,
  onHost,
  port,
  defaultPort,
  onPort,
  security,
  securities,
  onSecurity,
  errorOf,
  autoFocus = false,
}: ServerFieldsProps<Security>) {
  const securityLabel = useId()
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={hostLabel}
          placeholder={placeholder}
          value={host}
          onChange={(e) => onHost(e.currentTarget.value)}
          error={errorOf('host')}
          required
          data-autofocus={autoFocus || undefined}
        />
        <NumberInput
          label="Port"
          value={port}
          onChange={(v) => onPort(typeof v === 'number' ? v : defaultPort)}
          min={1}
          max={65535}
          allowDecimal={false}
          error={errorOf('port')}
        />
      </SimpleGrid>
      <div>
        <Text size="sm" fw={500} mb={4} id={securityLabel}>
          Security
        </Text>
        <SegmentedControl
          value={security}
          onChange={(value) => {
            const chosen = securities.find((s) => s.value === value)
            if (chosen) onSecurity(chosen.value)
          }}
          aria-labelledby={securityLabel}
          data={[...securities]}
        />
        {errorOf('security') ? (
          <Text size="xs" c="red" mt={4}>
            {errorOf('security')}
          </Text>
        ) : null}
      </div>
    </>
  )
}
