import { Alert, Button, Group, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPlugConnected } from '@tabler/icons-react'
import { useState } from 'react'
import type { SmtpSettings } from '../../../core/outreach/schema.ts'
import {
  useDeleteSmtp,
  useSaveSmtp,
  useSmtpSettings,
  useTestSmtp,
} from '../../api/outreach-settings.ts'
import { ApiError } from '../../api/request.ts'
import { SettingsSection } from '../layout/settings-section.tsx'
import { ServerFields } from '../mail/server-fields.tsx'

type Security = SmtpSettings['security']

const smtpSecurities: ReadonlyArray<{ value: Security; label: string }> = [
  { value: 'starttls', label: 'STARTTLS (587)' },
  { value: 'tls', label: 'TLS (465)' },
  { value: 'none', label: 'None' },
]

/**
 * The explorer's mail server, for sending a message after they confirm it.
 * The password is stored encrypted and never comes back: the form only
 * says whether one is set.
 */
export function SmtpSettingsSection() {
  const smtp = useSmtpSettings()
  if (smtp.isPending) return null
  return <SmtpForm key={smtp.data?.smtp?.updatedAt ?? 'new'} current={smtp.data?.smtp ?? null} />
}

function SmtpForm({ current }: { current: SmtpSettings | null }) {
  const [host, setHost] = useState(current?.host ?? '')
  const [port, setPort] = useState<number>(current?.port ?? 587)
  const [security, setSecurity] = useState<Security>(current?.security ?? 'starttls')
  const [username, setUsername] = useState(current?.username ?? '')
  const [password, setPassword] = useState('')
  const [fromName, setFromName] = useState(current?.fromName ?? '')
  const [fromAddress, setFromAddress] = useState(current?.fromAddress ?? '')
  const save = useSaveSmtp()
  const test = useTestSmtp()
  const forget = useDeleteSmtp()
  const issues = save.error instanceof ApiError ? save.error.issues : []
  const errorOf = (field: string) => issues.find((i) => i.path === field)?.message
  return (
    <SettingsSection
      title="Sending email (SMTP)"
      description={
        <>
          Optional. With your mail server here, a draft can be sent from coffeechat — only after you
          confirm that one message. The password is stored encrypted and never shown again.
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          save.mutate(
            {
              host,
              port,
              security,
              username,
              fromName,
              fromAddress,
              ...(password ? { password } : {}),
            },
            {
              onSuccess: () =>
                notifications.show({ color: 'teal', message: 'SMTP settings saved.' }),
            },
          )
        }}
      >
        <Stack gap="sm">
          <ServerFields
            hostLabel="Server"
            placeholder="smtp.example.org"
            host={host}
            onHost={setHost}
            port={port}
            defaultPort={587}
            onPort={setPort}
            security={security}
            securities={smtpSecurities}
            onSecurity={setSecurity}
            errorOf={errorOf}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="User name"
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
              autoComplete="username"
            />
            <PasswordInput
              label="Password"
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              placeholder={current?.passwordSet ? 'stored — leave empty to keep it' : ''}
              autoComplete="new-password"
            />
            <TextInput
              label="From name"
              value={fromName}
              onChange={(e) => setFromName(e.currentTarget.value)}
            />
            <TextInput
              label="From address"
              type="email"
              value={fromAddress}
              onChange={(e) => setFromAddress(e.currentTarget.value)}
              error={errorOf('fromAddress')}
              required
            />
          </SimpleGrid>
          {test.isSuccess ? (
            <Alert color="teal" variant="light">
              The server accepted the connection and the sign-in.
            </Alert>
          ) : null}
          {test.error ? (
            <Alert color="red" variant="light" title="The test failed">
              {test.error.message}
            </Alert>
          ) : null}
          <Group justify="space-between" gap="sm">
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconPlugConnected size={16} />}
                onClick={() => test.mutate()}
                loading={test.isPending}
                disabled={!current}
              >
                Test the connection
              </Button>
              {current ? (
                <Button
                  variant="subtle"
                  color="red"
                  onClick={() => forget.mutate()}
                  loading={forget.isPending}
                >
                  Forget
                </Button>
              ) : null}
            </Group>
            <Button type="submit" loading={save.isPending}>
              Save SMTP settings
            </Button>
          </Group>
        </Stack>
      </form>
    </SettingsSection>
  )
}
