import { useMutation, useQuery } from '@tanstack/react-query'
import type {
  QuestionCreate,
  QuestionListQuery,
  QuestionPatch,
} from '../../core/questions/schema.ts'
import { client, request } from './request.ts'

export type QuestionFilter = Pick<
  QuestionListQuery,
  'topic' | 'tiara' | 'specificity' | 'careerId' | 'general' | 'retired' | 'q'
>

/** The question bank (seeded by the server on first use), filtered. */
export function useQuestions(filter: QuestionFilter = {}) {
  return useQuery({
    queryKey: ['questions', 'list', filter],
    queryFn: () =>
      request(
        client.questions.$get({
          query: {
            limit: '1000',
            topic: filter.topic,
            tiara: filter.tiara,
            specificity: filter.specificity,
            careerId: filter.careerId,
            general: filter.general,
            retired: filter.retired,
            q: filter.q || undefined,
          },
        }),
      ),
  })
}

export function useCreateQuestion() {
  return useMutation({
    mutationFn: (question: QuestionCreate) => request(client.questions.$post({ json: question })),
  })
}

export function useUpdateQuestion() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: QuestionPatch }) =>
      request(client.questions[':id'].$patch({ param: { id }, json: patch })),
  })
}

export function useDeleteQuestion() {
  return useMutation({
    mutationFn: (id: string) => request(client.questions[':id'].$delete({ param: { id } })),
  })
}
