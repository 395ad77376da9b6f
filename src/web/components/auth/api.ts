import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { SignUpMode } from '../../../core/accounts/schema.ts'
import { client, request } from '../../api/request.ts'
import { forgetDeviceCopies } from '../../offline/worker-client.ts'
import { leaveApp } from './sign-in-needed.ts'

/**
 * The auth pages show their own errors beside the form, so their requests
 * neither raise the app's notification nor count as a lost session.
 */
export const inlineErrors = { inlineErrors: true } as const

export const metaKey = ['meta'] as const
export const meKey = ['auth', 'me'] as const

/** Mode, version and sign-up mode of this coffeechat; asked once, before anything else. */
export function useMeta() {
  return useQuery(metaQuery())
}

/** The query behind `useMeta`, for asking it before the app draws (`app/prefetch.ts`). */
export function metaQuery() {
  return queryOptions({
    queryKey: metaKey,
    queryFn: () => request(client.meta.$get()),
    staleTime: Number.POSITIVE_INFINITY,
  })
}

/** The signed-in account (hosted mode); a 401 means nobody is signed in. */
export function useMe(options: { enabled?: boolean } = {}) {
  return useQuery({
    ...options,
    queryKey: meKey,
    queryFn: () => request(client.auth.me.$get()),
    staleTime: 60_000,
  })
}

export function useSignIn() {
  return useMutation({
    meta: inlineErrors,
    mutationFn: (credentials: { email: string; password: string }) =>
      request(client.auth.login.$post({ json: credentials })),
  })
}

export function useSignUp() {
  return useMutation({
    meta: inlineErrors,
    mutationFn: (body: { email: string; password: string; invitation?: string | undefined }) =>
      request(client.auth.signup.$post({ json: body })),
  })
}

export function useRequestReset() {
  return useMutation({
    meta: inlineErrors,
    mutationFn: (email: string) =>
      request(client.auth['password-reset'].request.$post({ json: { email } })),
  })
}

export function useResetPassword() {
  return useMutation({
    meta: inlineErrors,
    mutationFn: (body: { token: string; newPassword: string }) =>
      request(client.auth['password-reset'].$post({ json: body })),
  })
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      request(client.auth.password.$post({ json: body })),
  })
}

/** Deletes the account, then leaves for the sign-in page (every request is refused from here). */
export function useDeleteAccount() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (password: string) => {
      const done = await request(client.auth.account.$delete({ json: { password } }))
      await forgetDeviceCopies()
      // Here, not in onSuccess: the page must go before anything refreshes into a 401.
      leaveApp(queryClient, '/signin?done=account-deleted')
      return done
    },
  })
}

/** Every account with its counts (administrator only). */
export function useAccounts() {
  return useQuery({
    queryKey: ['admin', 'accounts'],
    queryFn: () => request(client.admin.accounts.$get()),
  })
}

export function useInvite() {
  return useMutation({
    mutationFn: (email: string) => request(client.admin.invitations.$post({ json: { email } })),
  })
}

export function useSetDisabled() {
  return useMutation({
    mutationFn: ({ id, disabled }: { id: string; disabled: boolean }) =>
      request(
        client.admin.accounts[':id'][':action'].$post({
          param: { id, action: disabled ? 'disable' : 'enable' },
        }),
      ),
  })
}

export function useSetSignUpMode() {
  return useMutation({
    mutationFn: (signUpMode: SignUpMode) =>
      request(client.admin['sign-up-mode'].$put({ json: { signUpMode } })),
  })
}

/** Ends the session on the server; the caller then leaves the app (see `leaveApp`). */
export async function signOut(): Promise<void> {
  await request(client.auth.logout.$post())
}
