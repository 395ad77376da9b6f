import { Anchor, Badge, Button, Group, Text, ThemeIcon } from '@mantine/core'
import {
  type Icon,
  IconCalendarCheck,
  IconCalendarEvent,
  IconCompass,
  IconHeartHandshake,
  IconHelpCircle,
  IconHourglass,
  IconMailForward,
  IconMailOff,
  IconMessageCircle,
  IconNotebook,
  IconTrendingUp,
  IconUserPlus,
  IconUsersPlus,
} from '@tabler/icons-react'
import { Link } from 'react-router'
import type { AgendaItem, AgendaKind } from '../../../core/agenda/schema.ts'
import { safeHref } from '../links/safe-href.ts'

const look: Record<AgendaKind, { icon: Icon; color: string }> = {
  meeting: { icon: IconCalendarEvent, color: 'violet' },
  'meeting-unconfirmed': { icon: IconHelpCircle, color: 'orange' },
  'thank-you': { icon: IconHeartHandshake, color: 'pink' },
  reflection: { icon: IconNotebook, color: 'teal' },
  confirmation: { icon: IconCalendarCheck, color: 'violet' },
  'follow-up': { icon: IconMailForward, color: 'blue' },
  'second-contact': { icon: IconUsersPlus, color: 'blue' },
  'reply-awaited': { icon: IconHourglass, color: 'gray' },
  'no-response': { icon: IconMailOff, color: 'gray' },
  'progress-update': { icon: IconTrendingUp, color: 'green' },
  'check-in': { icon: IconMessageCircle, color: 'green' },
  coverage: { icon: IconCompass, color: 'clay' },
  referral: { icon: IconUserPlus, color: 'clay' },
}

/** A link inside the app, or a file from the API (the .ics) as a download. */
function Go({ href: given, children }: { href: string; children: string }) {
  const href = safeHref(given)
  if (!href) return <Text size="xs">{children}</Text>
  if (href.startsWith('/api/')) {
    return (
      <Anchor href={href} download size="xs">
        {children}
      </Anchor>
    )
  }
  return (
    <Anchor component={Link} to={href} size="xs">
      {children}
    </Anchor>
  )
}

/** One thing due: what, by when, why, and the one action that clears it. */
export function AgendaLine({ item }: { item: AgendaItem }) {
  const { icon: KindIcon, color } = look[item.kind]
  return (
    <Group
      wrap="nowrap"
      gap="sm"
      align="flex-start"
      data-testid="agenda-item"
      data-kind={item.kind}
    >
      <ThemeIcon variant="light" color={color} radius="xl" size={32} aria-hidden>
        <KindIcon size={17} stroke={1.7} />
      </ThemeIcon>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Group justify="space-between" gap={6} align="flex-start">
          <Text fw={600} size="sm">
            {item.title}
          </Text>
          {item.dueText ? (
            <Badge
              variant="light"
              color={item.overdue ? 'red' : item.kind === 'meeting' ? 'violet' : 'orange'}
              size="md"
              style={{ textTransform: 'none' }}
            >
              {item.dueText}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" mt={2}>
          {item.detail}
        </Text>
        <Group gap="xs" mt={6} wrap="wrap">
          <Button
            component={Link}
            to={item.action.href}
            size="compact-sm"
            variant="light"
            color={color}
          >
            {item.action.label}
          </Button>
          {item.links
            .filter((link) => link.href !== item.action.href)
            .map((link) => (
              <Go key={link.href} href={link.href}>
                {link.label}
              </Go>
            ))}
        </Group>
      </div>
    </Group>
  )
}
