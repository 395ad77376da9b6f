import type { QueryObserverSuccessResult, UseQueryResult } from '@tanstack/react-query'
import { isNotFound } from '../../api/request.ts'
import { draftPaths } from '../outreach/kinds.ts'
import { paths } from '../records/paths.ts'
import { LoadError } from './load-error.tsx'
import { NotFound } from './not-found.tsx'
import { PageSkeleton } from './page-skeleton.tsx'

/** What each kind of record's page says when the record is not there, and where it points. */
const missing = {
  career: { title: 'No such career', back: { label: 'All careers', to: paths.careers } },
  organization: {
    title: 'No such organization',
    back: { label: 'All organizations', to: paths.organizations },
  },
  person: { title: 'No such person', back: { label: 'All people', to: paths.people } },
  conversation: {
    title: 'No such conversation',
    back: { label: 'All conversations', to: paths.conversations },
  },
  message: { title: 'No such message', back: { label: 'All messages', to: draftPaths.list } },
} as const

/** "No such …", with the way to the list of its kind, for a page whose record is not there. */
export function RecordNotFound({ kind }: { kind: keyof typeof missing }) {
  return <NotFound {...missing[kind]} />
}

/** True once the record is there; the page then reads `query.data` as loaded. */
export function isLoaded<Data>(
  query: UseQueryResult<Data>,
): query is QueryObserverSuccessResult<Data> {
  return query.isSuccess
}

/**
 * What a record's page shows until the record is there: placeholders while
 * it loads, "No such …" when it does not exist, the error with a retry when
 * it could not be read.
 *
 * @example if (!isLoaded(person)) return <RecordWait query={person} kind="person" />
 */
export function RecordWait({
  query,
  kind,
  rows = 3,
}: {
  query: UseQueryResult<unknown>
  kind: keyof typeof missing
  rows?: number
}) {
  if (query.isPending) return <PageSkeleton rows={rows} />
  if (isNotFound(query.error)) return <RecordNotFound kind={kind} />
  return <LoadError error={query.error} onRetry={() => query.refetch()} />
}
