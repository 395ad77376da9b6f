import {
  Button,
  CopyButton,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconCopy, IconMailForward } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { Me, SignUpMode } from '../../../core/accounts/schema.ts'
import { AccountsList } from '../../components/auth/accounts-list.tsx'
import { useAccounts, useInvite, useMeta, useSetSignUpMode } from '../../components/auth/api.ts'
import { emailError } from '../../components/auth/form-bits.tsx'
import { HostedOnly } from '../../components/auth/session.tsx'
import { LoadError } from '../../components/feedback/load-error.tsx'
import { NotFound } from '../../components/feedback/not-found.tsx'
import { PageSkeleton } from '../../components/feedback/page-skeleton.tsx'
import { showServerIssues } from '../../components/forms/validation.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" p={{ base: 'md', sm: 'xl' }}>
      <Title order={2} fz="lg" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  )
}

/** The administrator's page: who has an account here, invitations, and who may sign up. */
export function AdminPage() {
  return (
    <HostedOnly>
      {(me) =>
        me.role === 'admin' ? (
          <Administration me={me} />
        ) : (
          <NotFound
            title="Only the administrator sees this page"
            description="It lists the accounts of this coffeechat. Your own account is under Account."
            back={{ label: 'Your account', to: '/account' }}
          />
        )
      }
    </HostedOnly>
  )
}

function Administration({ me }: { me: Me }) {
  const accounts = useAccounts()
  return (
    <>
      <PageHeader
        title="Administration"
        description="The accounts of this coffeechat, with counts of their records. Their notes stay private to them."
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Section title="Invite someone">
            <Invite />
          </Section>
          <Section title="Who may sign up">
            <SignUpModeSetting />
          </Section>
        </SimpleGrid>
        <Section title="Accounts">
          {accounts.isPending ? (
            <PageSkeleton rows={2} />
          ) : accounts.isError ? (
            <LoadError error={accounts.error} onRetry={() => accounts.refetch()} />
          ) : (
            <AccountsList accounts={accounts.data.accounts} selfId={me.id} />
          )}
        </Section>
      </Stack>
    </>
  )
}

function SignUpModeSetting() {
  const meta = useMeta()
  const setMode = useSetSignUpMode()
  const mode = setMode.isPending ? setMode.variables : meta.data?.signUpMode
  return (
    <Radio.Group
      aria-label="Who may sign up"
      value={mode ?? null}
      onChange={(value) => {
        const next: SignUpMode = value === 'invitation' ? 'invitation' : 'open'
        setMode.mutate(next, {
          onSuccess: () =>
            notifications.show({
              color: 'teal',
              message:
                next === 'open'
                  ? 'Anyone with the address can now create an account.'
                  : 'New accounts now need an invitation.',
            }),
        })
      }}
    >
      <Stack gap="md">
        <Radio
          value="open"
          disabled={!meta.isSuccess}
          label="Anyone with the address"
          description="Whoever can open this coffeechat can create an account."
        />
        <Radio
          value="invitation"
          disabled={!meta.isSuccess}
          label="By invitation only"
          description="Only people you invite can create an account. Existing accounts are not affected."
        />
      </Stack>
    </Radio.Group>
  )
}

function Invite() {
  const invite = useInvite()
  const form = useForm({ initialValues: { email: '' }, validate: { email: emailError } })
  return (
    <Stack gap="sm">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          invite.mutate(values.email, {
            onSuccess: () => form.reset(),
            onError: (error) => showServerIssues(form, error, values),
          }),
        )}
      >
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label="Email"
            type="email"
            autoComplete="off"
            placeholder="student@example.edu"
            style={{ flex: 1 }}
            {...form.getInputProps('email')}
          />
          <Button
            type="submit"
            mt={25}
            loading={invite.isPending}
            leftSection={<IconMailForward size={16} />}
          >
            Invite
          </Button>
        </Group>
      </form>
      {invite.isSuccess ? (
        <Stack gap={6} role="status">
          <Text size="sm">
            Invitation emailed to <strong>{invite.variables}</strong>. You can also send them this
            link; it works once, for this email, within 14 days:
          </Text>
          <Group gap="xs" wrap="nowrap">
            <TextInput
              aria-label="Invitation link"
              value={invite.data.link}
              readOnly
              style={{ flex: 1 }}
              onFocus={(event) => event.currentTarget.select()}
            />
            <CopyButton value={invite.data.link}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'default'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? 'Copied' : 'Copy'}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          They get an email with a link to open their account, even while sign-up is by invitation
          only.
        </Text>
      )}
    </Stack>
  )
}
