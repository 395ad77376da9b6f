import {
  NumberInput,
  PasswordInput,
  type PasswordInputProps,
  SegmentedControl,
  SimpleGrid,
  Text,
  TextInput,
  type TextInputProps,
} from '@mantine/core'
import { useId, useState } from 'react'

/** What the SMTP and the IMAP settings keep of a server: the password never comes back. */
interface StoredServer<Security extends string> {
  host: string
  port: number
  security: Security
  username: string
}

/** The typed address, port, security, user name and password of a mail server's form. */
export function useServerConnection<Security extends string>(
  current: StoredServer<Security> | null,
  defaults: { port: number; security: Security },
) {
  const [host, setHost] = useState(current?.host ?? '')
  const [port, setPort] = useState<number>(current?.port ?? defaults.port)
  const [security, setSecurity] = useState<Security>(current?.security ?? defaults.security)
  const [username, setUsername] = useState(current?.username ?? '')
  const [password, setPassword] = useState('')
  return {
    host,
    setHost,
    port,
    setPort,
    /** The port a cleared field falls back to. */
    defaultPort: defaults.port,
    security,
    setSecurity,
    username,
    setUsername,
    password,
    setPassword,
  }
}

export type ServerConnection<Security extends string> = ReturnType<
  typeof useServerConnection<Security>
>

interface ServerFieldsProps<Security extends string> {
  hostLabel: string
  placeholder: string
  server: ServerConnection<Security>
  securities: ReadonlyArray<{ value: Security; label: string }>
  errorOf: (field: string) => string | undefined
  autoFocus?: boolean
}

/** A mail server's address, port and connection security: the SMTP and the IMAP settings alike. */
export function ServerFields<Security extends string>({
  hostLabel,
  placeholder,
  server,
  securities,
  errorOf,
  autoFocus = false,
}: ServerFieldsProps<Security>) {
  const { host, setHost: onHost, port, setPort: onPort, defaultPort } = server
  const { security, setSecurity: onSecurity } = server
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

/** The user name the server is signed in with. */
export function UserNameInput<Security extends string>({
  server,
  ...props
}: TextInputProps & { server: ServerConnection<Security> }) {
  return (
    <TextInput
      label="User name"
      value={server.username}
      onChange={(e) => server.setUsername(e.currentTarget.value)}
      autoComplete="username"
      {...props}
    />
  )
}

/** The server's password, typed again each time: it is stored encrypted and never shown. */
export function ServerPasswordInput<Security extends string>({
  server,
  ...props
}: PasswordInputProps & { server: ServerConnection<Security> }) {
  return (
    <PasswordInput
      label="Password"
      value={server.password}
      onChange={(e) => server.setPassword(e.currentTarget.value)}
      autoComplete="new-password"
      {...props}
    />
  )
}
