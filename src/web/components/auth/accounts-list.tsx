import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from '@mantine/core'
import { useState } from 'react'
import type { AccountSummary } from '../../../core/accounts/schema.ts'
import { formatDateTime } from '../records/dates.ts'
import { useSetDisabled } from './api.ts'

const countLabels = [
  ['careers', 'Careers'],
  ['organizations', 'Organizations'],
  ['people', 'People'],
  ['conversations', 'Conversations'],
] as const

function when(instant: string | null): string {
  if (!instant) return 'never'
  return formatDateTime(instant)
}

function Who({ account, self }: { account: AccountSummary; self: boolean }) {
  return (
    <Group gap={6} wrap="wrap">
      <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
        {account.email}
      </Text>
      {self ? <Badge color="gray">you</Badge> : null}
      {account.role === 'admin' ? <Badge>Administrator</Badge> : null}
      {account.disabled ? <Badge color="red">Disabled</Badge> : null}
    </Group>
  )
}

/**
 * Every account with what the administrator may see: when it joined and
 * last signed in, and how many records it has. Never a name, a note or a
 * conversation: those stay with their account.
 */
export function AccountsList({ accounts, selfId }: { accounts: AccountSummary[]; selfId: string }) {
  const setDisabled = useSetDisabled()
  const [disabling, setDisabling] = useState<AccountSummary | null>(null)
  const action = (account: AccountSummary) =>
    account.id === selfId ? null : account.disabled ? (
      <Button
        size="xs"
        variant="light"
        loading={setDisabled.isPending && setDisabled.variables.id === account.id}
        onClick={() => setDisabled.mutate({ id: account.id, disabled: false })}
        aria-label={`Re-enable ${account.email}`}
      >
        Re-enable
      </Button>
    ) : (
      <Button
        size="xs"
        variant="default"
        onClick={() => setDisabling(account)}
        aria-label={`Disable ${account.email}`}
      >
        Disable
      </Button>
    )
  return (
    <>
      <Table.ScrollContainer minWidth={820} visibleFrom="sm">
        <Table verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Account</Table.Th>
              <Table.Th>Last sign-in</Table.Th>
              {countLabels.map(([key, label]) => (
                <Table.Th key={key} ta="right">
                  {label}
                </Table.Th>
              ))}
              <Table.Th>
                <VisuallyHidden>Action</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {accounts.map((account) => (
              <Table.Tr key={account.id}>
                <Table.Td>
                  <Who account={account} self={account.id === selfId} />
                  <Text size="xs" c="dimmed">
                    joined {when(account.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{when(account.lastSignInAt)}</Text>
                </Table.Td>
                {countLabels.map(([key]) => (
                  <Table.Td key={key} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {account.counts[key]}
                  </Table.Td>
                ))}
                <Table.Td ta="right">{action(account)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap="sm" hiddenFrom="sm">
        {accounts.map((account) => (
          <Paper key={account.id} p="md" radius="md">
            <Who account={account} self={account.id === selfId} />
            <Text size="xs" c="dimmed" mt={4}>
              joined {when(account.createdAt)} · last sign-in {when(account.lastSignInAt)}
            </Text>
            <Text size="sm" mt={6}>
              {countLabels
                .map(([key, label]) => `${account.counts[key]} ${label.toLowerCase()}`)
                .join(' · ')}
            </Text>
            {account.id === selfId ? null : <Group mt="sm">{action(account)}</Group>}
          </Paper>
        ))}
      </Stack>
      <Modal
        opened={disabling !== null}
        onClose={() => setDisabling(null)}
        title={`Disable ${disabling?.email ?? 'this account'}?`}
        centered
      >
        <Text size="sm">
          They are signed out everywhere and cannot sign in until you re-enable the account. Their
          records stay as they are.
        </Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setDisabling(null)} data-autofocus>
            Keep it enabled
          </Button>
          <Button
            color="red"
            onClick={() => {
              if (disabling) setDisabled.mutate({ id: disabling.id, disabled: true })
              setDisabling(null)
            }}
          >
            Disable
          </Button>
        </Group>
      </Modal>
    </>
  )
}
