import {
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconKey } from '@tabler/icons-react'
import { useState } from 'react'
import {
  type AccessToken,
  type AccessTokenCreated,
  DEFAULT_TOKEN_DAYS,
  type TokenScope,
} from '../../../core/access-tokens/schema.ts'
import { ApiError } from '../../api/request.ts'
import { CopyField, SettingsSection } from '../layout/settings-section.tsx'
import { formatDateTime } from '../records/dates.ts'
import { useAccessTokens, useCreateAccessToken, useRevokeAccessToken } from './use-access-tokens.ts'

// In your zone and clock, as every date in the app (not the browser's own).
const when = (instant: string) => formatDateTime(instant)

/** How long a new token lasts: the choices offered, in days ('never': no expiry). */
const lifetimes = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never expires' },
]

function expiryText(token: AccessToken): string {
  if (token.expiresAt === null) return 'never expires'
  return `${token.expired ? 'expired' : 'expires'} ${when(token.expiresAt)}`
}

function NewToken({ token }: { token: AccessTokenCreated }) {
  return (
    <Stack gap="xs" role="status">
      <CopyField label={`Your new token “${token.name}”`} value={token.token} />
      <Text size="sm" c="dimmed">
        Shown only now: coffeechat keeps just a fingerprint of it. Give it to your assistant or
        script as <code>Authorization: Bearer &lt;token&gt;</code>; keep it private, like a
        password.
      </Text>
    </Stack>
  )
}

function TokenRow({ token, onRevoke }: { token: AccessToken; onRevoke: () => void }) {
  return (
    <Group
      justify="space-between"
      gap="sm"
      py="xs"
      style={{ borderTop: '1px solid var(--cc-soft-border)' }}
    >
      <Stack gap={2} style={{ flex: '1 1 220px', minWidth: 0 }}>
        <Group gap={6}>
          <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
            {token.name}
          </Text>
          <Badge size="xs" variant="light" color={token.scope === 'read' ? 'gray' : 'orange'}>
            {token.scope === 'read' ? 'read only' : 'read and write'}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          <Text span ff="monospace" size="xs">
            {token.prefix}…
          </Text>{' '}
          · made {when(token.createdAt)} ·{' '}
          {token.lastUsedAt ? `last used ${when(token.lastUsedAt)}` : 'never used'} ·{' '}
          <Text
            span
            size="xs"
            c={token.expired ? 'red' : undefined}
            fw={token.expired ? 600 : undefined}
          >
            {expiryText(token)}
          </Text>
        </Text>
      </Stack>
      <Button
        variant="subtle"
        color="red"
        size="compact-sm"
        onClick={onRevoke}
        aria-label={`Revoke the token ${token.name}`}
      >
        Revoke
      </Button>
    </Group>
  )
}

/**
 * The Settings section for personal access tokens: name and scope a new
 * one (shown once), see each with its last use, revoke it.
 */
export function AccessTokensSection() {
  const tokens = useAccessTokens()
  const create = useCreateAccessToken()
  const revoke = useRevokeAccessToken()
  const [name, setName] = useState('')
  const [scope, setScope] = useState<TokenScope>('read')
  const [lifetime, setLifetime] = useState(String(DEFAULT_TOKEN_DAYS))
  const [made, setMade] = useState<AccessTokenCreated | null>(null)
  const [revoking, setRevoking] = useState<AccessToken | null>(null)
  const nameError =
    create.error instanceof ApiError
      ? (create.error.issues.find((i) => i.path === 'name')?.message ?? create.error.message)
      : undefined
  const submit = () =>
    create.mutate(
      { name, scope, expiresInDays: lifetime === 'never' ? null : Number(lifetime) },
      {
        onSuccess: (answer) => {
          setMade(answer)
          setName('')
        },
        // The name field shows every refusal (see nameError): no notification repeats it.
        onError: (error) => {
          if (error instanceof ApiError) error.shownOnFields = true
        },
      },
    )
  return (
    <SettingsSection
      title="Access tokens"
      description={
        <>
          Let an assistant (through coffeechat&apos;s MCP server) or a script work on your records.
          A read-only token can look but not change anything; nothing is ever sent by a token.
        </>
      }
    >
      <Stack gap="md">
        {made ? <NewToken token={made} /> : null}
        <form
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          <Group gap="sm" align="flex-end">
            <TextInput
              label="Name"
              placeholder="Claude on my laptop"
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={nameError}
              style={{ flex: '1 1 220px' }}
              maxLength={100}
            />
            <SegmentedControl
              aria-label="What the token may do"
              value={scope}
              onChange={(value) => setScope(value === 'read-write' ? 'read-write' : 'read')}
              data={[
                { value: 'read', label: 'Read only' },
                { value: 'read-write', label: 'Read and write' },
              ]}
            />
            <NativeSelect
              label="Expires after"
              value={lifetime}
              onChange={(event) => setLifetime(event.currentTarget.value)}
              data={lifetimes}
            />
            <Button type="submit" leftSection={<IconKey size={16} />} loading={create.isPending}>
              Make a token
            </Button>
          </Group>
        </form>
        {tokens.isPending ? (
          <Skeleton h={36} />
        ) : tokens.isError ? (
          <Text size="sm" c="red">
            {tokens.error.message}
          </Text>
        ) : tokens.data.length === 0 ? (
          <Text size="sm">No tokens yet.</Text>
        ) : (
          <Stack gap={0} aria-label="Your tokens">
            {tokens.data.map((token) => (
              <TokenRow key={token.id} token={token} onRevoke={() => setRevoking(token)} />
            ))}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        centered
      >
        <Text size="sm">
          Whatever uses this token is refused from its next request on. This cannot be undone; you
          can make a new token.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setRevoking(null)} data-autofocus>
            Keep it
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() => {
              if (!revoking) return
              revoke.mutate(revoking.id, {
                onSuccess: () => {
                  if (made?.id === revoking.id) setMade(null)
                  setRevoking(null)
                },
              })
            }}
          >
            Revoke
          </Button>
        </Group>
      </Modal>
    </SettingsSection>
  )
}
