import { Badge, Button, Group, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import type { ReactNode } from 'react'
import type { Me } from '../../../core/accounts/schema.ts'
import { useChangePassword } from '../../components/auth/api.ts'
import { DeleteAccount } from '../../components/auth/delete-account.tsx'
import {
  confirmError,
  minPasswordLength,
  NewPasswordFields,
} from '../../components/auth/password-rule.tsx'
import { HostedOnly } from '../../components/auth/session.tsx'
import { showServerIssues } from '../../components/forms/validation.ts'
import { PageHeader } from '../../components/layout/page-header.tsx'
import { DownloadButton } from '../../components/links/download-button.tsx'
import { formatDate } from '../../components/records/dates.ts'

/** Where the JSON backup of the signed-in account's own data is served. */
export const exportJsonPath = '/api/export/json'

function Section({
  title,
  children,
  danger,
}: {
  title: string
  children: ReactNode
  danger?: boolean
}) {
  return (
    <Paper
      component="section"
      p={{ base: 'md', sm: 'xl' }}
      maw={760}
      style={danger ? { borderColor: 'var(--mantine-color-red-outline)' } : undefined}
    >
      <Title order={2} fz="lg" mb="sm" c={danger ? 'red' : undefined}>
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  )
}

/** The signed-in account: its email, its password, a copy of its data, and leaving. */
export function AccountPage() {
  return <HostedOnly>{(me) => <Account me={me} />}</HostedOnly>
}

function Account({ me }: { me: Me }) {
  const since = formatDate(me.createdAt)
  return (
    <>
      <PageHeader title="Account" description="Your sign-in, and your data on this server." />
      <Stack gap="lg">
        <Section title="Signed in as">
          <Group gap="sm">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {me.email}
            </Text>
            {me.role === 'admin' ? <Badge>Administrator</Badge> : null}
          </Group>
          <Text size="sm" c="dimmed">
            Account opened on {since}.
          </Text>
        </Section>
        <Section title="Change password">
          <ChangePassword />
        </Section>
        <Section title="Your data">
          <Text size="sm">
            One JSON file with every career, organization, person and conversation of yours, with
            all their notes: to keep, or to move to a coffeechat of your own.
          </Text>
          <DownloadButton href={exportJsonPath} variant="light" style={{ alignSelf: 'flex-start' }}>
            Download all my data
          </DownloadButton>
        </Section>
        <Section title="Delete account" danger>
          <Text size="sm">
            Deleting your account removes every record of it from this server: careers,
            organizations, people, conversations and every note. It cannot be undone.
          </Text>
          <DeleteAccount email={me.email} />
        </Section>
      </Stack>
    </>
  )
}

function ChangePassword() {
  const change = useChangePassword()
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : 'type your current password'),
      newPassword: (value) =>
        value.length >= minPasswordLength ? null : `use at least ${minPasswordLength} characters`,
      confirm: (value, values) => confirmError(values.newPassword, value),
    },
  })
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        const body = { currentPassword: values.currentPassword, newPassword: values.newPassword }
        change.mutate(body, {
          onSuccess: () => {
            form.reset()
            notifications.show({
              color: 'teal',
              message: 'Password changed. Other devices signed in to your account are signed out.',
            })
          },
          onError: (error) => showServerIssues(form, error, body),
        })
      })}
    >
      <Stack gap="md" maw={420}>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          {...form.getInputProps('currentPassword')}
        />
        <NewPasswordFields form={form} label="New password" name="newPassword" />
        <Button type="submit" loading={change.isPending} style={{ alignSelf: 'flex-start' }}>
          Change password
        </Button>
      </Stack>
    </form>
  )
}
