import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core'
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
import { RequestFailed } from '../feedback/notice.tsx'
import { issueAt } from '../forms/validation.ts'
import { SettingsSection } from '../layout/settings-section.tsx'
import {
  ServerFields,
  ServerPasswordInput,
  UserNameInput,
  useServerConnection,
} from '../mail/server-fields.tsx'

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
  const server = useServerConnection<Security>(current, { port: 587, security: 'starttls' })
  const [fromName, setFromName] = useState(current?.fromName ?? '')
  const [fromAddress, setFromAddress] = useState(current?.fromAddress ?? '')
  const save = useSaveSmtp()
  const test = useTestSmtp()
  const forget = useDeleteSmtp()
  const errorOf = issueAt(save.error)
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
              host: server.host,
              port: server.port,
              security: server.security,
              username: server.username,
              fromName,
              fromAddress,
              ...(server.password ? { password: server.password } : {}),
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
            server={server}
            securities={smtpSecurities}
            errorOf={errorOf}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <UserNameInput server={server} />
            <ServerPasswordInput
              server={server}
              placeholder={current?.passwordSet ? 'stored — leave empty to keep it' : ''}
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
          <RequestFailed variant="light" title="The test failed" error={test.error} />
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
