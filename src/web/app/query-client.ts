import { notifications } from '@mantine/notifications'
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/request.ts'
import { announceSignInNeeded, needsSignIn } from '../components/auth/sign-in-needed.ts'

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  return 'something went wrong'
}

function notifyError(title: string, error: unknown): void {
  notifications.show({
    id: `${title}:${messageOf(error)}`,
    color: 'red',
    title,
    message: messageOf(error),
    autoClose: 8000,
  })
}

/**
 * One query client for the app. A failed read or write shows the server's
 * sentence as a notification (a missing record is shown by its page
 * instead), and every successful write refreshes what is on screen, since
 * counts and names appear across records.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10_000,
        // Asked even when the browser says offline: the service worker may answer from the device.
        networkMode: 'offlineFirst',
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status > 0 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ApiError && error.status === 404) return
        // Hosted mode without a session: the sign-in page, not a notification.
        if (needsSignIn(error)) return announceSignInNeeded()
        notifyError('Could not load this', error)
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        // The sign-in pages say what went wrong beside their form.
        if (mutation.meta?.inlineErrors === true) return
        if (needsSignIn(error)) return announceSignInNeeded()
        // A form that shows the issues on its fields says so in its own onError, which runs
        // after this one: the notification waits a turn, and is left out when the fields said it.
        setTimeout(() => {
          if (!(error instanceof ApiError && error.shownOnFields)) notifyError('Not saved', error)
        }, 0)
      },
      onSuccess: () => queryClient.invalidateQueries(),
    }),
  })
  return queryClient
}
