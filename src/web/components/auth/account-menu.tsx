import { Box, Button, Menu, Text } from '@mantine/core'
import { IconChevronDown, IconLogout, IconShieldLock, IconUserCircle } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import { forgetDeviceCopies } from '../../offline/worker-client.ts'
import { signOut } from './api.ts'
import { useSession } from './session.tsx'
import { leaveApp } from './sign-in-needed.ts'

/**
 * In hosted mode, the header's account menu: who is signed in, their
 * Account page, Administration for the administrator, and signing out.
 * Local mode has no accounts and shows nothing.
 */
export function AccountMenu() {
  const session = useSession()
  const queryClient = useQueryClient()
  const [leaving, setLeaving] = useState(false)
  if (session.mode !== 'hosted') return null
  const { me } = session
  const leave = async () => {
    setLeaving(true)
    try {
      await signOut()
    } catch {
      // Signed out already, or the server is away: the cookie goes either way once the session ends.
    }
    await forgetDeviceCopies()
    leaveApp(queryClient, '/signin?done=signed-out')
  }
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          px={{ base: 8, sm: 'md' }}
          leftSection={<IconUserCircle size={18} stroke={1.6} />}
          rightSection={<IconChevronDown size={14} />}
          aria-label={`Account menu, ${me.email}`}
          loading={leaving}
          maw={{ base: 80, sm: 280 }}
          styles={{ label: { overflow: 'hidden', minWidth: 0 } }}
        >
          <Box
            component="span"
            visibleFrom="sm"
            fw={500}
            style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
          >
            {me.email}
          </Box>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          Signed in as
          <Text size="sm" c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>
            {me.email}
          </Text>
        </Menu.Label>
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} />}>
          Account
        </Menu.Item>
        {me.role === 'admin' ? (
          <Menu.Item component={Link} to="/admin" leftSection={<IconShieldLock size={16} />}>
            Administration
          </Menu.Item>
        ) : null}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void leave()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
