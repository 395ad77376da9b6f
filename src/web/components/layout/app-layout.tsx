import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { IconFileImport } from '@tabler/icons-react'
import { Suspense } from 'react'
import { Link, Outlet, ScrollRestoration, useLocation, useMatch } from 'react-router'
import { useSettings } from '../../api/settings.ts'
import { useSession } from '../auth/session.tsx'
import { PageSkeleton } from '../feedback/page-skeleton.tsx'
import { useDateStyle } from '../records/date-style.ts'
import { paths } from '../records/paths.ts'
import { SearchButton } from '../search/search-button.tsx'
import { Brand } from './brand.tsx'
import { ColorSchemeToggle } from './color-scheme-toggle.tsx'
import { AccountMenu, SearchSpotlight } from './later-parts.tsx'
import { isCurrent, navItems } from './nav-items.ts'
import { mainId, SkipLink } from './skip-link.tsx'

/**
 * The frame of every page: header with search, navigation (a drawer on
 * phones) and the page itself. Meeting mode has the whole screen: no header
 * or navigation behind it for the keyboard to wander into.
 */
export function AppLayout() {
  // Every date on every page in the explorer's zone and clock.
  useDateStyle()
  const meetingMode = useMatch('/conversations/:id/meeting') !== null
  return (
    <>
      {/* A new page starts at its top; Back returns to where the explorer was. */}
      <ScrollRestoration />
      {meetingMode ? (
        <>
          <main id={mainId} tabIndex={-1}>
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </main>
          <SearchSpotlight />
        </>
      ) : (
        <AppFrame />
      )}
    </>
  )
}

function AppFrame() {
  const [opened, { toggle, close }] = useDisclosure(false)
  const { pathname } = useLocation()
  const hosted = useSession().mode === 'hosted'
  // Pages write dates in your zone and clock, so they wait for your settings (fetched
  // beside the page's own data) instead of drawing the browser's and being drawn again:
  // drawing again would throw away what you had started (a chosen file, a typed line).
  // If settings cannot be read, pages draw with the browser's.
  const settings = useSettings()
  const settled = Boolean(settings.data) || settings.isError
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 236, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={opened}
            onClick={toggle}
            hiddenFrom="sm"
            size="sm"
            aria-label={opened ? 'Close navigation' : 'Open navigation'}
          />
          <Brand onNavigate={close} />
          <Group ml="auto" gap="xs" wrap="nowrap">
            <SearchButton />
            <ColorSchemeToggle />
            <AccountMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <AppShell.Section grow component={ScrollArea}>
          {navItems.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={20} stroke={1.6} />}
              active={isCurrent(item.to, pathname)}
              aria-current={isCurrent(item.to, pathname) ? 'page' : undefined}
              onClick={close}
              variant="light"
              styles={{
                root: { borderRadius: 'var(--mantine-radius-md)' },
                label: { fontSize: 15 },
              }}
              mb={2}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <NavLink
            component={Link}
            to={paths.import}
            label="Import contacts"
            leftSection={<IconFileImport size={20} stroke={1.6} />}
            active={isCurrent(paths.import, pathname)}
            onClick={close}
            variant="light"
            styles={{ root: { borderRadius: 'var(--mantine-radius-md)' } }}
          />
          <Text size="xs" c="dimmed" px="sm" pt="xs">
            {hosted
              ? 'Your records are private to your account.'
              : 'Your data stays on this machine.'}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main className="cc-main" id={mainId} tabIndex={-1}>
        {settled ? (
          <Suspense fallback={<PageSkeleton />}>
            <Outlet />
          </Suspense>
        ) : (
          <PageSkeleton />
        )}
      </AppShell.Main>
      <SearchSpotlight />
    </AppShell>
  )
}
