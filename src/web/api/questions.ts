import { useMutation, useQuery } from '@tanstack/react-query'
import type {
  QuestionCreate,
  QuestionListQuery,
  QuestionPatch,
} from '../../core/questions/schema.ts'
import { recordRequests } from './record-hooks.ts'
import { client } from './request.ts'

export type QuestionFilter = Pick<
  QuestionListQuery,
  'topic' | 'tiara' | 'specificity' | 'careerId' | 'general' | 'retired' | 'q'
>

const questions = recordRequests<QuestionCreate, QuestionPatch>()(
  client.questions,
  'questions',
  (filter: QuestionFilter) => ({
    limit: '1000',
    topic: filter.topic,
    tiara: filter.tiara,
    specificity: filter.specificity,
    careerId: filter.careerId,
    general: filter.general,
    retired: filter.retired,
    q: filter.q || undefined,
  }),
)

/** The question bank (seeded by the server on first use), filtered. */
export const useQuestions = (filter: QuestionFilter = {}) => useQuery(questions.list(filter))
export const useCreateQuestion = () => useMutation(questions.create)
export const useUpdateQuestion = () => useMutation(questions.update)
export const useDeleteQuestion = () => useMutation(questions.remove)
