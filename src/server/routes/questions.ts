import {
  Question,
  QuestionCreate,
  QuestionListQuery,
  QuestionPatch,
} from '../../core/questions/schema.ts'
import * as questions from '../../core/questions/service.ts'
import { resource } from './crud.ts'

/**
 * The question bank under `/questions`: list (seeded on first use, filtered
 * by topic, TIARA letter, specificity, career, origin, words), create,
 * read, change (rate, retire with `retired: true`, move to a career),
 * delete. Every question carries the etiquette guard's `problems`.
 */
export const questionRoutes = resource({
  tag: 'Questions',
  noun: 'question',
  record: Question,
  create: QuestionCreate,
  patch: QuestionPatch,
  listQuery: QuestionListQuery,
  service: {
    list: questions.listQuestions,
    get: questions.getQuestion,
    create: questions.createQuestion,
    update: questions.updateQuestion,
    remove: questions.deleteQuestion,
  },
})
