import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Modal,
  SimpleGrid,
  Stack,
  Switch,
  Text,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { IconMailSearch, IconPlugConnected } from '@tabler/icons-react'
import { useState } from 'react'
import { Link } from 'react-router'
import type { MailStatus } from '../../../core/mail/schema.ts'
import { dateTimeText } from '../../../core/shared/date-words.ts'
import { useCheckMail, useConnectMail, useDisconnectMail, useMailStatus } from '../../api/mail.ts'
import { ApiError } from '../../api/request.ts'
import { useSettings } from '../../api/settings.ts'
import { DialogActions } from '../forms/form-actions.tsx'
import { issueAt } from '../forms/validation.ts'
import { SettingsSection } from '../layout/settings-section.tsx'
import { dateStyle } from '../records/date-style.ts'
import {
  ServerFields,
  ServerPasswordInput,
  UserNameInput,
  useServerConnection,
} from './server-fields.tsx'

/** What a check reads and keeps, said before anyone connects (the README says the same). */
const imapSecurities: ReadonlyArray<{ value: MailStatus['security']; label: string }> = [
  { value: 'tls', label: 'TLS (993)' },
  { value: 'none', label: 'None (this machine only)' },
]

export function MailPrivacy() {
  return (
    <List size="sm" spacing={4}>
      <List.Item>
        Only your <b>INBOX</b> and your <b>Sent</b> folder are read, and only read: nothing is
        marked, moved or deleted.
      </List.Item>
      <List.Item>
        Only messages from and to the people you have in coffeechat are kept; mail from anyone else
        is never stored, not even who sent it.
      </List.Item>
      <List.Item>
        Of a kept message: its date, subject, address and first three lines. The rest of the body is
        never stored.
      </List.Item>
      <List.Item>
        The password is stored encrypted and never shown again. Disconnect deletes the account, the
        password and everything that was kept.
      </List.Item>
    </List>
  )
}

/**
 * The explorer's mailbox, read only (issue 15): connect it, see when it was
 * last checked and what went wrong, check now, or disconnect.
 */
export function MailSettingsSection() {
  const status = useMailStatus()
  const settings = useSettings()
  const check = useCheckMail()
  const disconnect = useDisconnectMail()
  const [dialog, { open, close }] = useDisclosure(false)
  const [asking, ask] = useDisclosure(false)
  const mail = status.data?.mail ?? null
  const every = settings.data?.settings.mailCheckEveryMinutes
  return (
    <SettingsSection
      title="Replies found in your mail"
      description={
        <>
          Optional. Connect your mailbox (IMAP) and coffeechat finds the replies, auto-replies,
          bounces and messages you sent from your own mail program, for the people you know. Today
          shows what it found for you to confirm.
        </>
      }
    >
      {status.isPending ? null : mail ? (
        <Stack gap="sm">
          <Text size="sm">
            Connected to <b>{mail.host}</b> as <b>{mail.username}</b> (
            {mail.security === 'tls' ? 'TLS' : 'no TLS, this machine only'}, port {mail.port}).{' '}
            {mail.autoConfirm
              ? 'Replies are recorded at once.'
              : 'Replies wait for you to confirm them.'}
          </Text>
          <Text size="sm" aria-live="polite">
            {mail.checkedAt
              ? `Last checked ${dateTimeText(mail.checkedAt, dateStyle(), new Date())}.`
              : 'Not checked yet.'}{' '}
            {mail.proposals > 0
              ? `${mail.proposals} ${mail.proposals === 1 ? 'finding waits' : 'findings wait'} on Today.`
              : 'Nothing waits to be confirmed.'}
          </Text>
          {mail.lastError ? (
            <Alert color="red" variant="light" title="The last check stopped">
              {mail.lastError}
            </Alert>
          ) : null}
          <Text size="sm" c="dimmed">
            While coffeechat runs it checks every {every ?? '…'} minutes (
            <Anchor component={Link} to="/settings#setting-mailCheckEveryMinutes">
              Mail check every minutes
            </Anchor>
            ).
          </Text>
          {check.data ? (
            <Alert color={check.data.error ? 'red' : 'teal'} variant="light">
              {check.data.error
                ? `Stopped early: ${check.data.error}`
                : check.data.found === 0
                  ? 'Checked: nothing new about your people.'
                  : `Checked: ${check.data.found} new about your people${check.data.applied ? `, ${check.data.applied} recorded at once` : ''}.`}
            </Alert>
          ) : null}
          <Group justify="space-between" gap="sm">
            <Group gap="xs">
              <Button
                leftSection={<IconMailSearch size={16} />}
                onClick={() => check.mutate()}
                loading={check.isPending}
              >
                Check now
              </Button>
              <Button variant="default" onClick={open}>
                Change
              </Button>
            </Group>
            <Button variant="subtle" color="red" onClick={ask.open}>
              Disconnect
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <MailPrivacy />
          <Group>
            <Button leftSection={<IconPlugConnected size={16} />} onClick={open}>
              Connect a mailbox
            </Button>
          </Group>
        </Stack>
      )}
      <Modal
        opened={dialog}
        onClose={close}
        title="Connect your mailbox"
        centered
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {dialog ? <ConnectForm current={mail} onDone={close} /> : null}
      </Modal>
      <Modal
        opened={asking}
        onClose={ask.close}
        title="Disconnect your mailbox?"
        centered
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Text size="sm">
          coffeechat forgets the account and its password, and deletes every finding it kept.
          Replies and messages you already confirmed stay recorded.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={ask.close} data-autofocus>
            Stay connected
          </Button>
          <Button
            color="red"
            loading={disconnect.isPending}
            onClick={() =>
              disconnect.mutate(undefined, {
                onSuccess: () => {
                  ask.close()
                  check.reset()
                  notifications.show({
                    color: 'teal',
                    message: 'Mailbox disconnected; everything found was deleted.',
                  })
                },
              })
            }
          >
            Disconnect and delete
          </Button>
        </Group>
      </Modal>
    </SettingsSection>
  )
}

type Security = MailStatus['security']

function ConnectForm({ current, onDone }: { current: MailStatus | null; onDone: () => void }) {
  const server = useServerConnection<Security>(current, { port: 993, security: 'tls' })
  const [autoConfirm, setAutoConfirm] = useState(current?.autoConfirm ?? false)
  const connect = useConnectMail()
  const issues = connect.error instanceof ApiError ? connect.error.issues : []
  const errorOf = issueAt(connect.error)
  const general = connect.error && issues.length === 0 ? connect.error.message : null
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        connect.mutate(
          {
            host: server.host,
            port: server.port,
            security: server.security,
            username: server.username,
            password: server.password,
            autoConfirm,
          },
          {
            onSuccess: () => {
              notifications.show({ color: 'teal', message: 'Mailbox connected.' })
              onDone()
            },
          },
        )
      }}
    >
      <Stack gap="sm">
        <MailPrivacy />
        <ServerFields
          hostLabel="IMAP server"
          placeholder="imap.fastmail.com"
          server={server}
          securities={imapSecurities}
          errorOf={errorOf}
          autoFocus
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <UserNameInput
            server={server}
            description="Usually your address"
            error={errorOf('username')}
            required
          />
          <ServerPasswordInput
            server={server}
            label="App password"
            description="Not your usual password: see below"
            error={errorOf('password')}
            required
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          Gmail, Outlook, iCloud and Fastmail refuse your usual password over IMAP: make an app
          password (Gmail: Google Account → Security → App passwords, host imap.gmail.com; Outlook:
          Microsoft account → Security → App passwords, outlook.office365.com; iCloud:
          appleid.apple.com → App-Specific Passwords, imap.mail.me.com; Fastmail: Settings → Privacy
          &amp; Security → App passwords, imap.fastmail.com).
        </Text>
        <Switch
          label="Record replies at once, without asking me"
          checked={autoConfirm}
          onChange={(e) => setAutoConfirm(e.currentTarget.checked)}
        />
        {general ? (
          <Alert color="red" variant="light" title="Not connected">
            {general}
          </Alert>
        ) : null}
        <DialogActions cancel="Cancel" onCancel={onDone}>
          <Button type="submit" loading={connect.isPending}>
            Connect
          </Button>
        </DialogActions>
      </Stack>
    </form>
  )
}
