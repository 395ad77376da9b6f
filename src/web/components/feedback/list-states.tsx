import { Text } from '@mantine/core'
import {
  IconBuildingSkyscraper,
  IconCompass,
  IconCopy,
  IconMessages,
  IconUsers,
} from '@tabler/icons-react'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { paths } from '../records/paths.ts'
import { EmptyList } from './empty-list.tsx'
import { LoadError } from './load-error.tsx'
import { PageSkeleton } from './page-skeleton.tsx'

/** What each list says while it has nothing yet: what belongs here and how to add the first one. */
const firstUse = {
  careers: {
    icon: IconCompass,
    title: 'Add the career you are considering',
    description:
      'Start with one you are curious about, such as “Data scientist”. You can narrow it into focus areas later.',
    action: { label: 'Add a career', to: `${paths.careers}/new` },
  },
  organizations: {
    icon: IconBuildingSkyscraper,
    title: 'No organizations yet',
    description:
      'Add the places where people do the work you are curious about, then rank them with LAMP.',
    action: { label: 'Add an organization', to: `${paths.organizations}/new` },
  },
  people: {
    icon: IconUsers,
    title: 'No people yet',
    description: 'Add someone who does work you are curious about, or import your contacts.',
    action: { label: 'Add a person', to: `${paths.people}/new` },
  },
  conversations: {
    icon: IconMessages,
    title: 'No conversations yet',
    description:
      'Note down who you want to ask. A conversation starts as “identified” and moves on as you reach out.',
    action: { label: 'Plan a conversation', to: `${paths.conversations}/new` },
  },
  duplicates: {
    icon: IconCopy,
    title: 'No likely duplicates',
    description: 'When two people look like one, they show here with the reason.',
    action: { label: 'All people', to: paths.people },
  },
} as const

interface ListStatesProps<Data extends { items: readonly unknown[] }> {
  query: UseQueryResult<Data>
  /** Which list it is: what it says while empty, as `firstUse` has it. */
  list: keyof typeof firstUse
  /** How many placeholder rows to show while the list loads. */
  rows: number
  /** Under a filter, what an empty list says instead ("Nobody matches."); nothing without one. */
  noMatch?: string | null
  children: (data: Data) => ReactNode
}

/**
 * A list page's four states in one place: loading, failed (with a retry),
 * empty (a first-use hint, or "nothing matches" under a filter), and the
 * list itself.
 */
export function ListStates<Data extends { items: readonly unknown[] }>({
  query,
  list,
  rows,
  noMatch,
  children,
}: ListStatesProps<Data>) {
  if (query.isPending) return <PageSkeleton rows={rows} />
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />
  if (query.data.items.length > 0) return children(query.data)
  return noMatch ? <Text c="dimmed">{noMatch}</Text> : <EmptyList {...firstUse[list]} />
}
