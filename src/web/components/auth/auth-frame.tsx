import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useDocumentTitle } from '@mantine/hooks'
import type { ReactNode } from 'react'
import { Navigate } from 'react-router'
import type { SignUpMode } from '../../../core/accounts/schema.ts'
import { LoadError } from '../feedback/load-error.tsx'
import { Brand } from '../layout/brand.tsx'
import { ColorSchemeToggle } from '../layout/color-scheme-toggle.tsx'
import { mainId, SkipLink } from '../layout/skip-link.tsx'
import { useMeta } from './api.ts'

interface AuthFrameProps {
  title: string
  description?: ReactNode
  /** The form, given the instance's sign-up mode. */
  children: (signUpMode: SignUpMode) => ReactNode
  /** Links under the card ("create an account"), given the sign-up mode. */
  footer?: (signUpMode: SignUpMode) => ReactNode
}

/**
 * The frame of the pages one sees before signing in: one calm card in the
 * middle of the page. A local coffeechat has no accounts, so these pages
 * send it to Today.
 */
export function AuthFrame({ title, description, children, footer }: AuthFrameProps) {
  useDocumentTitle(`${title} · coffeechat`)
  const meta = useMeta()
  if (meta.isSuccess && meta.data.mode !== 'hosted') return <Navigate to="/" replace />
  return (
    <Box mih="100dvh" bg="var(--cc-page)" px="md" py={{ base: 'lg', sm: 48 }}>
      <SkipLink />
      <Stack maw={440} mx="auto" gap="lg">
        <Group component="header" justify="space-between" wrap="nowrap">
          <Brand />
          <ColorSchemeToggle />
        </Group>
        <Paper component="main" id={mainId} p={{ base: 'lg', sm: 'xl' }} shadow="xs">
          <Stack gap={6} mb="lg">
            <Title order={1} fz={{ base: 24, sm: 26 }} lh={1.25}>
              {title}
            </Title>
            {description ? <Text c="dimmed">{description}</Text> : null}
          </Stack>
          {meta.isError ? (
            <LoadError error={meta.error} onRetry={() => meta.refetch()} />
          ) : meta.isSuccess ? (
            children(meta.data.signUpMode ?? 'open')
          ) : (
            <Center mih={120} aria-busy="true" aria-label="Loading" />
          )}
        </Paper>
        {footer && meta.isSuccess ? (
          <Stack component="footer" gap={6} align="center">
            {footer(meta.data.signUpMode ?? 'open')}
          </Stack>
        ) : null}
      </Stack>
    </Box>
  )
}
