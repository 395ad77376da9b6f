import { type QueryClient, useMutation, useQuery } from '@tanstack/react-query'
import { client, request } from './request.ts'

/** Likely duplicates: every pair, or the pairs one person is part of. */
export function useDuplicates(personId?: string) {
  return useQuery({
    queryKey: ['people', 'duplicates', personId ?? null],
    queryFn: () => request(client.people.duplicates.$get({ query: { limit: '100', personId } })),
  })
}

export function useDismissDuplicate() {
  return useMutation({
    mutationFn: (pair: { personId: string; otherId: string }) =>
      request(client.people.duplicates.dismiss.$post({ json: pair })),
  })
}

/** What merging `otherId` into `keptId` would do (a dry run); asked only while `enabled`. */
export function useMergePreview(keptId: string, otherId: string | null, enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'merge-preview', keptId, otherId],
    queryFn: () =>
      request(
        client.people[':id'].merge.$post({
          param: { id: keptId },
          json: { otherId: otherId ?? '', dryRun: true },
        }),
      ),
    enabled: enabled && Boolean(otherId),
    staleTime: 0,
    gcTime: 0,
  })
}

export function useMergePeople() {
  return useMutation({
    mutationFn: ({ keptId, otherId }: { keptId: string; otherId: string }) =>
      request(
        client.people[':id'].merge.$post({
          param: { id: keptId },
          json: { otherId, dryRun: false },
        }),
      ),
  })
}

/** The merges done, newest first; the first can be undone. */
export function useMerges() {
  return useQuery({
    queryKey: ['people', 'merges'],
    queryFn: () => request(client.people.merges.$get()),
  })
}

export function useUndoMerge() {
  return useMutation({
    mutationFn: (mergeId: string) =>
      request(client.people.merges[':id'].undo.$post({ param: { id: mergeId } })),
  })
}

/**
 * Undoes a merge from outside React's tree (a notification's button), then
 * refreshes what is on screen.
 */
export async function undoMergeNow(queryClient: QueryClient, mergeId: string) {
  const undone = await request(client.people.merges[':id'].undo.$post({ param: { id: mergeId } }))
  await queryClient.invalidateQueries()
  return undone
}
