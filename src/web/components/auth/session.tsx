import { Center, Container } from '@mantine/core'
import { type QueryClient, useQueryClient } from '@tanstack/react-query'
import { createContext, type ReactNode, use, useEffect, useRef } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import type { Me } from '../../../core/accounts/schema.ts'
import { LoadError } from '../feedback/load-error.tsx'
import { metaKey, useMe, useMeta } from './api.ts'
import { isLeaving, needsSignIn, onSignInNeeded, signInPath } from './sign-in-needed.ts'

/** Who the app acts for: the one explorer of a local coffeechat, or a signed-in account. */
export type Session = { mode: 'local' } | { mode: 'hosted'; me: Me }

const SessionContext = createContext<Session>({ mode: 'local' })

/** The session of the page: `{ mode: 'local' }` outside hosted mode. */
export function useSession(): Session {
  return use(SessionContext)
}

/** Drops every cached record, keeping only what the instance itself said (its mode). */
export function forgetAccountData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== metaKey[0] })
}

function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Container size="sm" py="xl">
      <LoadError error={error} onRetry={onRetry} />
    </Container>
  )
}

/**
 * Around the whole app: asks the server which mode it runs in. Local mode
 * renders the app as it always did; hosted mode needs a signed-in account
 * and sends anyone without one (or whose session ends) to the sign-in page,
 * remembering where they were going.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const meta = useMeta()
  // A blank moment rather than a spinner that flashes: the answer is one small local request.
  if (meta.isPending) return <Center h="100dvh" aria-busy="true" aria-label="Loading" />
  if (meta.isError) return <FullPageError error={meta.error} onRetry={() => meta.refetch()} />
  if (meta.data.mode !== 'hosted') return children
  return <HostedSession>{children}</HostedSession>
}

function HostedSession({ children }: { children: ReactNode }) {
  const me = useMe()
  const location = useLocation()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const where = useRef(location)
  where.current = location
  useEffect(
    () =>
      onSignInNeeded(() => {
        // Leave first, then forget: no page re-renders with emptied data on its way out.
        void Promise.resolve(navigate(signInPath(where.current), { replace: true })).then(() =>
          forgetAccountData(queryClient),
        )
      }),
    [navigate, queryClient],
  )
  // Signing out or deleting the account: the page is about to load the sign-in page itself.
  if (isLeaving()) return null
  if (me.isPending) return <Center h="100dvh" aria-busy="true" aria-label="Loading" />
  if (me.isError) {
    if (needsSignIn(me.error)) return <Navigate to={signInPath(location)} replace />
    return <FullPageError error={me.error} onRetry={() => me.refetch()} />
  }
  return <SessionContext value={{ mode: 'hosted', me: me.data }}>{children}</SessionContext>
}

/** A page that exists only in hosted mode (Account, Administration); local mode goes to Today. */
export function HostedOnly({ children }: { children: (me: Me) => ReactNode }) {
  const session = useSession()
  if (session.mode !== 'hosted') return <Navigate to="/" replace />
  return children(session.me)
}
