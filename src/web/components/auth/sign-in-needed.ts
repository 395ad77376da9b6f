import type { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../../api/request.ts'

type Listener = () => void
const listeners = new Set<Listener>()

/** Whether a failed request means the session is gone (hosted mode answers 401 without one). */
export function needsSignIn(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401
}

/**
 * Tells whoever listens (the hosted-mode gate around the app) that the
 * server wants a sign-in. Nobody listens in local mode or on the sign-in
 * pages themselves, where a 401 is a wrong password, not a lost session.
 *
 * @example if (needsSignIn(error)) announceSignInNeeded()
 */
export function announceSignInNeeded(): void {
  if (leaving) return
  for (const listener of listeners) listener()
}

let leaving = false

/** Whether the page is on its way out (see `leaveApp`). */
export function isLeaving(): boolean {
  return leaving
}

/**
 * Leaves the app with a full page load, so that nothing of the account
 * stays in this tab's memory (a career centre's computers are shared).
 * Until the page is gone, a refresh still in flight may come back 401;
 * it must not send the page elsewhere on its way out.
 *
 * @example leaveApp(queryClient, '/signin?done=signed-out')
 */
export function leaveApp(queryClient: QueryClient, to: string): void {
  leaving = true
  void queryClient.cancelQueries()
  queryClient.clear()
  window.location.replace(to)
}

/** Listens for lost sessions; returns the way to stop listening. */
export function onSignInNeeded(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

const authPages = ['/signin', '/signup', '/forgot-password', '/reset-password']

/**
 * Where to go after signing in: `next` when it is a page of this app
 * (never another site: `//evil.example` or `https://…` are refused), else Today.
 *
 * @example safeNext('/people?tag=alumni') // '/people?tag=alumni'
 * @example safeNext('//evil.example') // '/'
 */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  const path = next.split(/[?#]/)[0] ?? ''
  return authPages.includes(path) ? '/' : next
}

/**
 * The sign-in page's address, remembering where the explorer was going.
 *
 * @example signInPath({ pathname: '/people', search: '?q=ada' }) // '/signin?next=%2Fpeople%3Fq%3Dada'
 */
export function signInPath(location: { pathname: string; search: string; hash?: string }): string {
  const next = safeNext(`${location.pathname}${location.search}${location.hash ?? ''}`)
  return next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`
}
