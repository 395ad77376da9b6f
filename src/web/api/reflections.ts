import { useMutation, useQuery } from '@tanstack/react-query'
import type { ReflectionPatch } from '../../core/reflections/schema.ts'
import { conversationPart } from './record-hooks.ts'
import { client, request } from './request.ts'

export const reflectionKey = (conversationId: string) => ['reflections', conversationId] as const

/** The reflection on a conversation (`exists: false` before the first save). */
export function useReflection(conversationId: string, options: { enabled?: boolean } = {}) {
  return useQuery(
    conversationPart(
      'reflections',
      client.conversations[':id'].reflection.$get,
      conversationId,
      options,
    ),
  )
}

/** Saves part of a reflection; used by the autosave, outside React Query's mutations. */
export function sendReflectionPatch(conversationId: string, patch: ReflectionPatch) {
  return request(
    client.conversations[':id'].reflection.$patch({ param: { id: conversationId }, json: patch }),
  )
}

/** Adds one of the next people to meet as a person referred by the one met. */
export function useCreateNextPerson(conversationId: string) {
  return useMutation({
    mutationFn: (index: number) =>
      request(
        client.conversations[':id'].reflection['next-people'].$post({
          param: { id: conversationId },
          json: { index },
        }),
      ),
  })
}

/** Reflections still to write, soonest due first. */
export function useReflectionsDue() {
  return useQuery({
    queryKey: ['reflections', 'due'],
    queryFn: () => request(client.reflections.due.$get()),
  })
}

/** What the meeting captured, beside the reflection: answers, pay said, people referred. */
export function useMeetingHeard(conversationId: string) {
  return useQuery({
    queryKey: ['reflections', conversationId, 'heard'],
    queryFn: () =>
      request(client.conversations[':id'].reflection.heard.$get({ param: { id: conversationId } })),
  })
}
