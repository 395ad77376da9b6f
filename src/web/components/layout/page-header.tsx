import { Anchor, Box, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core'
import { type ReactNode, useEffect, useRef } from 'react'
import { Link } from 'react-router'

export interface Crumb {
  label: string
  to: string
}

interface PageHeaderProps {
  title: ReactNode
  description?: ReactNode
  /** Buttons on the right (below the title on phones). */
  actions?: ReactNode
  crumbs?: Crumb[]
  /** Badges or other small facts next to the title. */
  extra?: ReactNode
  /** The browser tab's title, when it should differ from the heading's words. */
  documentTitle?: string
}

/** The top of a page: where you are, what it is and what you can do here. */
export function PageHeader({
  title,
  description,
  actions,
  crumbs,
  extra,
  documentTitle,
}: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  // The tab says what the heading says, even when the heading holds links or badges.
  useEffect(() => {
    const words = documentTitle ?? heading.current?.textContent?.trim()
    document.title = words ? `${words} · coffeechat` : 'coffeechat'
  })
  return (
    <Stack gap={6} mb="lg">
      {crumbs && crumbs.length > 0 ? (
        <Breadcrumbs separatorMargin={6} fz="sm">
          {crumbs.map((crumb) => (
            <Anchor key={crumb.to} component={Link} to={crumb.to} size="sm" c="dimmed">
              {crumb.label}
            </Anchor>
          ))}
        </Breadcrumbs>
      ) : null}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Box style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Group gap="sm" align="center">
            <Title
              ref={heading}
              order={1}
              fz={{ base: 24, sm: 28 }}
              lh={1.25}
              style={{ overflowWrap: 'anywhere' }}
            >
              {title}
            </Title>
            {extra}
          </Group>
          {description ? (
            <Text c="dimmed" mt={4} maw={720}>
              {description}
            </Text>
          ) : null}
        </Box>
        {actions ? (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        ) : null}
      </Group>
    </Stack>
  )
}
