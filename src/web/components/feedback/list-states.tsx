import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { LoadError } from './load-error.tsx'
import { PageSkeleton } from './page-skeleton.tsx'

interface ListStatesProps<Data extends { items: readonly unknown[] }> {
  query: UseQueryResult<Data>
  /** How many placeholder rows to show while the list loads. */
  rows: number
  /** What an empty list shows: a first-use hint, or "nothing matches" under a filter. */
  empty: ReactNode
  children: (data: Data) => ReactNode
}

/**
 * A list page's four states in one place: loading, failed (with a retry),
 * empty, and the list itself.
 */
export function ListStates<Data extends { items: readonly unknown[] }>({
  query,
  rows,
  empty,
  children,
}: ListStatesProps<Data>) {
  if (query.isPending) return <PageSkeleton rows={rows} />
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />
  if (query.data.items.length === 0) return empty
  return children(query.data)
}
