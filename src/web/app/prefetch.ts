import type { QueryClient } from '@tanstack/react-query'
import { careersQuery } from '../api/careers.ts'
import { mailFindingsQuery, PROPOSED_FINDINGS } from '../api/mail.ts'
import { todayQuery } from '../api/outreach-settings.ts'
import { peopleQuery } from '../api/people.ts'
import { settingsQuery } from '../api/settings.ts'
import { meKey, metaQuery } from '../components/auth/api.ts'

/**
 * Today's loader: asks for what Today shows (the same queries as
 * `routes/today.tsx`) as the app starts, while the browser is still busy
 * drawing the frame, rather than once the page has drawn — on a slow phone
 * that is most of a second. It returns at once and never holds the page up.
 * Not when the server is known to be hosted and nobody is known to be
 * signed in: those answers would only be refusals. (On the very first load
 * the mode is not known yet; a hosted server without a session then
 * refuses them, and its sign-in page follows as it always did.)
 *
 * @example { index: true, Component: TodayPage, loader: () => prefetchToday(queryClient) }
 */
export function prefetchToday(queryClient: QueryClient): null {
  const meta = queryClient.getQueryData(metaQuery().queryKey)
  if (meta?.mode === 'hosted' && !queryClient.getQueryData(meKey)) return null
  // The frame's settings and the page's mail findings too: asked by the
  // components once they draw, they came one after the other, each a round
  // trip later (on a slow phone the findings arrived 1.2 s after Today's data).
  void queryClient.prefetchQuery(settingsQuery())
  void queryClient.prefetchQuery(careersQuery())
  void queryClient.prefetchQuery(peopleQuery({ limit: 1 }))
  void queryClient.prefetchQuery(todayQuery())
  void queryClient.prefetchQuery(mailFindingsQuery(PROPOSED_FINDINGS))
  return null
}
